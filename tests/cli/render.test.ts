import { describe, expect, it } from 'vitest';
import { answerToJson } from '../../src/adapters/cli/render-json.js';
import { renderText } from '../../src/adapters/cli/render-text.js';
import { answer, hit } from '../adapters/slack/answers.js';

describe('CLI answers and attribution confidence', () => {
  it('says "attribution uncertain" beside the speaker of an uncertain quote, and only there', () => {
    const text = renderText(answer({ hits: [hit({ id: 'a', confidence: 0.42, attributionUncertain: true }), hit({ id: 'b', text: 'A second quote about the ferries', confidence: 0.97, attributionUncertain: false })] }));
    const speakerLines = text.split('\n').filter((l) => l.trim().startsWith('—'));
    expect(speakerLines).toHaveLength(2);
    expect(speakerLines[0]).toContain('Maria Kirby');
    expect(speakerLines[0]).toContain('attribution uncertain, confidence 0.42');
    expect(speakerLines[1]).not.toContain('uncertain');
  });

  it('keeps confidence and the uncertainty flag per answer in ask --json', () => {
    const json = answerToJson(answer({ hits: [hit({ confidence: 0.42, attributionUncertain: true })] })) as { answers: Record<string, unknown>[] };
    expect(json.answers[0]).toMatchObject({ confidence: 0.42, attribution_uncertain: true, speaker: 'Maria Kirby' });
  });
});

import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/cli/render-text.js';
import { renderDiscordAnswer } from '../../src/adapters/discord/render.js';
import { renderSlackAnswer } from '../../src/adapters/slack/render.js';
import type { Answer } from '../../src/core/answers/model.js';
import { answer, hit } from './slack/answers.js';

/**
 * Article text is untrusted: escape sequences (ESC, CSI as one C1 byte), BEL, carriage returns and direction
 * overrides must not reach a terminal or a chat client, whichever renderer prints the answer.
 */
const EVIL = '\u001b[2J\u001b]0;owned\u0007\u009b31m\r\u202eevil\u2066\u0085';
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const hostile: Answer = answer({
  question: `what did Kirby say ${EVIL}`,
  hits: [
    hit({
      text: `We will ${EVIL}keep the ferries running`,
      speaker: { id: 's1', name: `Maria ${EVIL}Kirby`, role: `Council${EVIL}lor`, organisation: `City ${EVIL}Council` },
      cue: `said${EVIL}`,
      audience: `the ${EVIL}council`,
      setting: `at a ${EVIL}meeting`,
      saidOn: { text: `on ${EVIL}Tuesday`, date: '2023-11-07' },
      article: { articleId: 'a1', title: `Ferries ${EVIL}to run`, outlet: `Metro${EVIL}`, published: '2023-11-08', path: `data/${EVIL}x.txt` },
      context: `Councillor Maria Kirby said ${EVIL} the ferries would keep running.`,
    }),
  ],
  alternatives: [{ id: 's2', name: `John ${EVIL}Kirby`, quotes: 3, reason: `also ${EVIL}` }],
  note: `a note ${EVIL}`,
});

/** Fields a platform never shows: button state and ids (they carry the question back, not to a screen). */
const MACHINE_FIELDS = new Set(['value', 'action_id', 'block_id', 'custom_id']);

/** Every string a person may see in a payload. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => (MACHINE_FIELDS.has(k) ? [] : strings(x)));
  return [];
}

describe('control characters from articles', () => {
  it('the terminal renderer strips them and keeps the words and the layout', () => {
    const text = renderText(hostile);
    expect(text).not.toMatch(FORBIDDEN);
    expect(text).toContain('We will [2J]0;owned31mevilkeep the ferries running');
    expect(text.split('\n').length).toBeGreaterThan(3);
  });

  it('the Slack and Discord renderers strip them from every field', () => {
    for (const payload of [renderSlackAnswer(hostile, { pageSize: 3 }), renderDiscordAnswer(hostile)]) {
      const all = strings(payload);
      expect(all.join('\n')).toContain('keep the ferries running');
      for (const s of all) expect(s).not.toMatch(FORBIDDEN);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { TOPIC_RULES, nearTheBest } from '../../../src/core/answers/intents/quote.js';
import type { Ranked } from '../../../src/core/answers/rank.js';
import type { RankRow } from '../../../src/core/store/port.js';

/**
 * A topic-only answer must rank near the best words said on the topic (`TOPIC_RULES.minShareOfBest`): when the
 * quotes far above it fail the coverage floor (the reporter's sentence carries their topic, not their words), a
 * quote ranked far below that happens to hold the words is more often somebody else than the answer (issue 14).
 * Invented candidates: a small firm's boss whose topic is in the sentence around her words, and an agency chief.
 */
function candidate(id: string, score: number, kind: 'direct' | 'indirect', confidence: number): Ranked<RankRow> {
  const quote = { id, speakerId: id, kind, confidence, terms: '', contextTerms: '', nearTerms: '', sortDate: '2024-01-01' } as unknown as RankRow;
  return { quote, score, coverage: 0.6, coord: 1, ownCoverage: 0.6, matched: [] };
}

describe('a topic-only answer ranked far below the best words on the topic', () => {
  const fenwick = candidate('orla-fenwick', 87, 'direct', 0.97);
  const summary = candidate('orla-fenwick-summary', 86, 'indirect', 0.78);
  const quayle = candidate('dermot-quayle', 24, 'direct', 0.94);
  const ranked = [fenwick, summary, quayle];

  it('is no answer when the best attributed direct quote failed a floor', () => {
    expect(TOPIC_RULES.minShareOfBest).toBeGreaterThan(24 / 87);
    expect(nearTheBest([quayle], ranked, TOPIC_RULES.minShareOfBest)).toEqual([]);
  });

  it('is still the answer when it is the best, or near it', () => {
    expect(nearTheBest([fenwick, quayle], ranked, TOPIC_RULES.minShareOfBest)).toEqual([fenwick]);
    const close = candidate('dermot-quayle', 60, 'direct', 0.94);
    expect(nearTheBest([close], [fenwick, close], TOPIC_RULES.minShareOfBest)).toEqual([close]);
  });

  it('measures against attributed direct quotes only: a summary or an unnamed line ranked first sets no bar', () => {
    const unnamed = candidate('nobody', 200, 'direct', 0.1);
    expect(nearTheBest([quayle], [summary, unnamed, quayle], TOPIC_RULES.minShareOfBest)).toEqual([quayle]);
  });

  it('was the answer without the rule', () => {
    expect(nearTheBest([quayle], ranked, 0)).toEqual([quayle]);
  });
});

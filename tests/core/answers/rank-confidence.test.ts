import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../../src/core/answers/rank.js';
import type { QueryGroup } from '../../../src/core/search/bm25.js';
import { Vocabulary } from '../../../src/core/search/vocabulary.js';
import type { RankRow } from '../../../src/core/store/port.js';

/** A quote's rank row as the store gives it; the terms are index terms (stemmed, stop words out). */
function row(id: string, confidence: number, terms: string, speakerId = 'chancellor-a'): RankRow {
  return { id, collection: 'default', kind: 'direct', speakerId, confidence, fingerprint: id, terms, contextTerms: '', nearTerms: '' };
}

const vocab = new Vocabulary({ quotes: 1000, avgLength: 8, df: new Map([['budget', 20], ['fuel', 15], ['duti', 25], ['giveaway', 5], ['freez', 10], ['march', 40]]) });
const budget: QueryGroup[] = [{ word: 'budget', alternatives: [['budget']] }];

describe('confidence-aware ranking: a sure attribution before a guess', () => {
  it('puts the quote surely said by the speaker before an equally relevant one whose attribution is a guess', () => {
    const guess = row('guess', 0.27, 'suggest budget giveaway march');
    const sure = row('sure', 0.96, 'freez fuel duti pre budget speech');
    const ranked = rankCandidates([guess, sure], budget, vocab, () => 1);
    expect(ranked.map((r) => r.quote.id)).toEqual(['sure', 'guess']);
  });

  it('keeps relevance first: a quote answering the whole topic beats a surer one answering part of it', () => {
    const groups: QueryGroup[] = [
      { word: 'fuel', alternatives: [['fuel']] },
      { word: 'duty', alternatives: [['duti']] },
      { word: 'freeze', alternatives: [['freez']] },
    ];
    const whole = row('whole', 0.55, 'freez fuel duti');
    const part = row('part', 0.99, 'fuel price rise');
    const ranked = rankCandidates([part, whole], groups, vocab, () => 1);
    expect(ranked[0]?.quote.id).toBe('whole');
  });

  it('orders a topicless question ("latest from X") by sureness too, and never scores a quote at zero', () => {
    const ranked = rankCandidates([row('low', 0, 'budget'), row('high', 1, 'budget')], [], vocab, () => 1);
    expect(ranked.map((r) => r.quote.id)).toEqual(['high', 'low']);
    expect(ranked[1]?.score).toBeGreaterThan(0);
  });

  it('treats equal confidence as before: the more relevant quote first', () => {
    const a = row('a', 0.8, 'budget budget fuel');
    const b = row('b', 0.8, 'march speech');
    const ranked = rankCandidates([b, a], [...budget, { word: 'fuel', alternatives: [['fuel']] }], vocab, () => 1);
    expect(ranked[0]?.quote.id).toBe('a');
  });
});

import { describe, expect, it } from 'vitest';
import { RANK_WEIGHTS, rankCandidates } from '../../../src/core/answers/rank.js';
import type { QueryGroup } from '../../../src/core/search/bm25.js';
import { Vocabulary } from '../../../src/core/search/vocabulary.js';
import type { RankRow } from '../../../src/core/store/port.js';

/**
 * Among a named person's quotes, one holding the topic in its own words comes before a neighbour whose only tie to
 * the topic is the reporter's sentence before it (its lead-in): "what did the mayor say about the tunnel toll rise".
 * Rows as the store gives them (index terms), for an invented article:
 *   The tunnel toll rise. / "The tunnel is open," the mayor said.
 *   "The toll is unfair: drivers pay more," the mayor said of the tunnel toll rise.
 */
function row(id: string, terms: string, contextTerms: string, leadTerms: string): RankRow {
  return { id, collection: 'default', kind: 'direct', speakerId: 'ilse-varga', confidence: 0.95, fingerprint: id, terms, contextTerms, nearTerms: `${leadTerms} ${contextTerms}`, leadTerms };
}

const vocab = new Vocabulary({ quotes: 1000, avgLength: 8, df: new Map([['tunnel', 12], ['toll', 9], ['rise', 50]]) });
const tollRise: QueryGroup[] = [
  { word: 'tunnel', alternatives: [['tunnel']] },
  { word: 'toll', alternatives: [['toll']] },
  { word: 'rise', alternatives: [['rise']] },
];
const ownWords = row('own-words', 'toll unfair driver pay more', 'toll unfair driver pay more tunnel toll rise mayor said', '');
const leadIn = row('lead-in', 'tunnel open', 'tunnel open mayor said', 'tunnel toll rise');

describe('a named speaker\'s pool weighs the lead-in less (RANK_WEIGHTS.namedLeadWeight)', () => {
  it('puts the quote that holds the topic in its own words first when the pool is the named speaker\'s', () => {
    const ranked = rankCandidates([leadIn, ownWords], tollRise, vocab, () => 1, undefined, { speakersNamed: true });
    expect(ranked.map((r) => r.quote.id)).toEqual(['own-words', 'lead-in']);
  });

  it('leaves a pool found by the topic alone as it was: the lead-in weighs in full there', () => {
    const ranked = rankCandidates([ownWords, leadIn], tollRise, vocab, () => 1);
    expect(ranked.map((r) => r.quote.id)).toEqual(['lead-in', 'own-words']);
  });

  it('keeps "when asked" questions on their own lead-in weight, above both', () => {
    expect(RANK_WEIGHTS.namedLeadWeight).toBeLessThan(RANK_WEIGHTS.leadWeight);
    const ranked = rankCandidates([ownWords, leadIn], tollRise, vocab, () => 1, undefined, { speakersNamed: true, askedWhen: true });
    expect(ranked[0]?.quote.id).toBe('lead-in');
  });
});

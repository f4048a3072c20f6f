import { describe, expect, it } from 'vitest';
import { rankCandidates, type RankMemo } from '../../../src/core/answers/rank.js';
import type { QueryGroup } from '../../../src/core/search/bm25.js';
import { Vocabulary } from '../../../src/core/search/vocabulary.js';
import type { RankRow } from '../../../src/core/store/port.js';

/**
 * A topic-only answer may rank its pool twice (a summary's speaker's quotes read and ranked beside it): the rows
 * ranked the first time are not scored again, and the second ranking is the one a fresh ranking gives.
 */
describe('a second ranking of a grown pool', () => {
  const vocab = new Vocabulary({ quotes: 1000, avgLength: 8, df: new Map([['ferri', 20], ['timet', 6], ['winter', 40], ['harbor', 30], ['fare', 12]]) });
  const groups: QueryGroup[] = ['ferri', 'timet', 'winter'].map((t) => ({ word: t, alternatives: [[t]] }));
  const row = (id: string, kind: 'direct' | 'indirect', terms: string, nearTerms: string, speakerId = 'elin-dahlberg', sortDate = '2024-05-01'): RankRow => ({ id, collection: 'default', kind, speakerId, sortDate, confidence: 0.9, fingerprint: id, terms, contextTerms: terms, nearTerms });
  const summary = row('summary', 'indirect', 'ferri timet winter chang', 'harbor master ferri timet winter chang fare');
  const pool = [summary, row('other', 'direct', 'ferri fare rise', 'harbor ferri fare rise', 'tomas-lindqvist'), row('winter', 'direct', 'winter storm harbor', 'winter storm harbor ferri', 'tomas-lindqvist', '2024-04-01')];
  const more = [row('said', 'direct', 'we keep the boats run', 'ferri timet winter chang fare we keep the boats run')];
  const weight = (id: string | null) => (id ? 1 : 0);

  it('scores only the rows it has not seen, and ranks as a fresh ranking does (summary lift included)', () => {
    const memo: RankMemo<RankRow> = new Map();
    const first = rankCandidates(pool, groups, vocab, weight, memo);
    expect(memo.size).toBe(first.length);
    const scored = [...memo.values()];
    const again = rankCandidates([...pool, ...more], groups, vocab, weight, memo);
    const fresh = rankCandidates([...pool, ...more], groups, vocab, weight);
    expect(again).toEqual(fresh);
    // The lifted direct quote was not in the first pool; the memo keeps every row as ranked before any lift.
    expect(fresh.find((r) => r.quote.id === 'said')?.introducedBy?.quote.id).toBe('summary');
    expect(memo.size).toBe(first.length + 1);
    expect([...memo.values()].slice(0, scored.length)).toEqual(scored);
    expect([...memo.values()].every((r) => r.introducedBy === undefined)).toBe(true);
  });

  it('never lets a caller change what the memo holds', () => {
    const memo: RankMemo<RankRow> = new Map();
    const first = rankCandidates(pool, groups, vocab, weight, memo);
    for (const r of first) {
      r.score = -1;
      r.matched.push('x');
    }
    expect(rankCandidates(pool, groups, vocab, weight, memo)).toEqual(rankCandidates(pool, groups, vocab, weight));
  });
});

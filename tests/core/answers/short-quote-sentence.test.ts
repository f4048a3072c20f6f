import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RANK_WEIGHTS, rankCandidates } from '../../../src/core/answers/rank.js';
import type { QueryGroup } from '../../../src/core/search/bm25.js';
import { Vocabulary } from '../../../src/core/search/vocabulary.js';
import type { RankRow } from '../../../src/core/store/port.js';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A short quote has little room to name its topic; the sentence that holds it names it (issue 14, topic-only
 * questions; `RANK_WEIGHTS.shortQuoteTerms`). Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'harbour.txt': `Harbour board splits over the marina

The harbour board met on Tuesday to discuss the town's waterfront.

Board chair Imelda Okonkwo said the plan to dredge the marina was "a gamble we must take now".

"The fishing fleet has shrunk every year since the cannery closed, and the quay needs new lights," said harbourmaster Piet Van Rensburg.
`,
  'bakery.txt': `Bakery wins regional prize

A family bakery in Castlebridge has won the regional prize for its sourdough.

"We bake every loaf by hand before dawn, and customers queue down the street on Saturdays," said owner Marguerite Dunleavy.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a short quote whose own sentence names the topic', () => {
  it('answers a topic-only question whose words are in the short quote sentence, not in the quote', async () => {
    const a = await core.ask('quote on dredging the marina and the cannery');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Imelda Okonkwo');
    expect(a.hits[0]?.text).toContain('a gamble we must take now');
  });

  it('still refuses a topic the article never raises', async () => {
    const a = await core.ask('quote on the marina parking charges');
    expect(a.hits.every((h) => h.speaker?.name !== 'Imelda Okonkwo' || !/parking/i.test(h.text))).toBe(true);
  });
});

describe('coverage of a quote by its own sentence', () => {
  const vocab = new Vocabulary({ quotes: 1000, avgLength: 8, df: new Map([['dredg', 5], ['marina', 5], ['gambl', 30], ['must', 200], ['take', 200], ['now', 300], ['fleet', 20], ['shrunk', 10], ['year', 300], ['canneri', 1]]) });
  const groups: QueryGroup[] = ['dredg', 'marina'].map((t) => ({ word: t, alternatives: [[t]] }));
  const row = (id: string, terms: string, contextTerms: string): RankRow => ({ id, collection: 'default', kind: 'direct', speakerId: id, sortDate: '2024-05-01', confidence: 0.9, fingerprint: id, terms, contextTerms, nearTerms: contextTerms });
  const short = row('short', 'gambl must take now', 'board chair said plan dredg marina gambl must take now');
  const long = row('long', 'fleet shrunk everi year sinc canneri close quay need new light', 'fleet shrunk everi year sinc canneri close quay need new light plan dredg marina');
  const weight = (id: string | null) => (id ? 1 : 0);
  const coverageOf = (id: string) => rankCandidates([short, long], groups, vocab, weight).find((r) => r.quote.id === id)?.coverage;

  it('counts the sentence fully for a quote of a few terms, and at half with the rule off', () => {
    expect(coverageOf('short')).toBeCloseTo(1, 5);
    const keep = RANK_WEIGHTS.shortQuoteTerms;
    RANK_WEIGHTS.shortQuoteTerms = 0;
    try {
      expect(coverageOf('short')).toBeCloseTo(0.5, 5);
    } finally {
      RANK_WEIGHTS.shortQuoteTerms = keep;
    }
  });

  it('keeps the half for a quote long enough to name its own topic', () => {
    expect(coverageOf('long')).toBeCloseTo(0.5, 5);
  });
});

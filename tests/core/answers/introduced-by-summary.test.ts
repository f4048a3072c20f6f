import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RANK_WEIGHTS, rankCandidates } from '../../../src/core/answers/rank.js';
import type { OnRecord } from '../../../src/core/index.js';
import type { QueryGroup } from '../../../src/core/search/bm25.js';
import { Vocabulary } from '../../../src/core/search/vocabulary.js';
import type { RankRow } from '../../../src/core/store/port.js';
import { coreOf } from './texts.js';

/**
 * A reporter's summary states the topic; the words said follow it and need not repeat it. Articles written for
 * these tests.
 */
const ARTICLES: Record<string, string> = {
  'harbour.txt': `Mayor weighs the cost of the ferry closures

Mayor Jo Penhale praised the ferry company when its routes did well, calling it a "good neighbour" to the town. And the mayor said it would be hard to measure how much the ferry closures had cost the harbour economy.

"Nobody could put a figure on what the closures cost. You could fill a whole library with the answer," said Penhale, who would not say more.
`,
  'rowing.txt': `Rower steps back

Rower Idris Malloy said he would not race for the club captaincy again.

Malloy told the local paper he now found club politics "tiresome" and slow. He said he would keep coaching juniors.
`,
  'lifeboat.txt': `Council sets out harbour spending

Councillor Ruth Halloran said the lifeboat station would receive a larger budget next year.

"More tourists came through the harbour this summer than ever before," she added.
`,
  'licence.txt': `Board loses licence vote

Captain Mara Quist said the harbour board saw the tribunal hearing as its last chance to keep the ferry licence. The board lost the vote by five to four.

"We told everyone the licence was ours to win," Quist said. "Now I think we will need some outside help."
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('the words said after a summary answer what the summary answers', () => {
  it('answers "what did X say" with the quote that follows the summary, not the one the sentence before gave', async () => {
    const a = await core.ask('what did Penhale say about how much the ferry closures cost the harbour economy');
    expect(a.hits[0]?.speaker?.name).toBe('Jo Penhale');
    expect(a.hits[0]?.text).toContain('whole library');
  });

  it('answers a topic-only question with the direct words its speaker\'s summary introduces', async () => {
    const a = await core.ask('quote on the harbour board keeping its ferry licence after the tribunal hearing');
    expect(a.hits[0]?.speaker?.name).toBe('Mara Quist');
    expect(a.hits[0]?.kind).toBe('direct');
    expect(a.hits[0]?.text).toContain('outside help');
  });

  it('does not give a word quoted inside another of the speaker\'s summaries for the summary before it', async () => {
    const a = await core.ask('quote on whether Malloy will race for the club captaincy again');
    expect(a.hits.some((h) => h.text === 'tiresome')).toBe(false);
  });

  it('never makes an answer of a quote on something else after the summary', async () => {
    const a = await core.ask('what did Halloran say about the lifeboat station budget');
    expect(a.hits.some((h) => h.text.includes('tourists'))).toBe(false);
  });

  it('still answers nothing when no summary holds the topic', async () => {
    const a = await core.ask('quote on the harbour board selling its tugboats');
    expect(a.hits).toHaveLength(0);
  });
});

describe('question words together in one sentence', () => {
  // "Kirby welcomed the humanitarian ceasefire, calling it 'a good sign'" against a summary that holds one
  // question word itself and the other only in its lead-in.
  const vocab = new Vocabulary({ quotes: 1000, avgLength: 8, df: new Map([['humanitarian', 10], ['ceasefir', 8], ['aid', 40], ['sign', 60]]) });
  const groups: QueryGroup[] = ['humanitarian', 'ceasefir'].map((t) => ({ word: t, alternatives: [[t]] }));
  const row = (id: string, kind: 'direct' | 'indirect', terms: string, contextTerms: string, leadTerms: string, confidence: number): RankRow => ({ id, collection: 'default', kind, speakerId: 'kirby', sortDate: '2024-05-01', confidence, fingerprint: id, terms, contextTerms, nearTerms: `${leadTerms} ${contextTerms}`, leadTerms });

  it('puts the quote whose own sentence holds every question word before one that holds them apart', () => {
    const apart = row('apart', 'indirect', 'centr conting humanitarian aid reach citi', 'spokesman said centr conting humanitarian aid reach citi', 'truce ceasefir talk', 0.93);
    const together = row('together', 'direct', 'good sign need deeper broader last longer', 'welcom humanitarian ceasefir call good sign need deeper broader last longer', '', 0.5);
    expect(RANK_WEIGHTS.togetherBonus).toBeGreaterThan(0);
    expect(rankCandidates([apart, together], groups, vocab, () => 1).map((r) => r.quote.id)).toEqual(['together', 'apart']);
    // Without it the surer summary wins the near tie.
    const keep = RANK_WEIGHTS.togetherBonus;
    RANK_WEIGHTS.togetherBonus = 0;
    try {
      expect(rankCandidates([apart, together], groups, vocab, () => 1).map((r) => r.quote.id)).toEqual(['apart', 'together']);
    } finally {
      RANK_WEIGHTS.togetherBonus = keep;
    }
  });
});

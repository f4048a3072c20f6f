import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RANK_WEIGHTS, rankCandidates } from '../../../src/core/answers/rank.js';
import type { OnRecord } from '../../../src/core/index.js';
import type { QueryGroup } from '../../../src/core/search/bm25.js';
import { Vocabulary } from '../../../src/core/search/vocabulary.js';
import type { RankRow } from '../../../src/core/store/port.js';
import { coreOf } from './texts.js';

/**
 * News writing sums a speaker up in reported speech, then quotes them. The summary repeats the question's words;
 * a reporter asking "what did X say about Y" wants the words X said. Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'harbour.txt': `Harbour master questions the dredging contract

Harbour master Elin Dahlberg said she was surprised that the council had not consulted her about the dredging contract before signing it.

"If the council had doubts about the depth of the channel, I would have expected a phone call," Dahlberg said.

She added that the ferry timetable would not change this winter.
`,
  'bakery.txt': `Bakers warn over flour prices

Baker Tomas Lindqvist said flour prices had doubled since the spring.

Lindqvist said the bakery would keep its opening hours. "We have no plan to close on Sundays," he said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a reported-speech summary lifts the direct quote it introduces', () => {
  it('answers "what did X say about Y" with the direct words after the summary that holds the question\'s words', async () => {
    const a = await core.ask('what did Dahlberg say about the council not consulting her on the dredging contract');
    expect(a.hits[0]?.speaker?.name).toBe('Elin Dahlberg');
    expect(a.hits[0]?.kind).toBe('direct');
    expect(a.hits[0]?.text).toContain('expected a phone call');
    // The summary is still an answer, just after the words said.
    expect(a.hits.some((h) => h.kind === 'indirect' && h.text.includes('consulted her'))).toBe(true);
  });

  it('does not lift a direct quote that misses the topic: the summary stays the answer', async () => {
    const a = await core.ask('what did Lindqvist say about flour prices');
    expect(a.hits[0]?.text).toContain('flour prices had doubled');
    expect(a.hits.every((h) => !h.text.includes('Sundays'))).toBe(true);
  });
});

describe('the lift in the ranker', () => {
  const vocab = new Vocabulary({ quotes: 1000, avgLength: 8, df: new Map([['council', 20], ['consult', 15], ['dredg', 3], ['contract', 25], ['channel', 30]]) });
  const groups: QueryGroup[] = ['council', 'consult', 'dredg'].map((t) => ({ word: t, alternatives: [[t]] }));
  const summaryTerms = 'surpris council consult dredg contract';
  const row = (id: string, kind: 'direct' | 'indirect', terms: string, nearTerms: string, speakerId = 'dahlberg'): RankRow => ({ id, collection: 'default', kind, speakerId, sortDate: '2024-05-01', confidence: 0.95, fingerprint: id, terms, contextTerms: terms, nearTerms });

  it('puts the same speaker\'s direct quote whose neighbourhood holds the summary just ahead of it', () => {
    const summary = row('summary', 'indirect', summaryTerms, `harbour master ${summaryTerms} doubt depth channel`);
    const said = row('said', 'direct', 'doubt depth channel expect phone call', `harbour master ${summaryTerms} doubt depth channel`);
    const ranked = rankCandidates([summary, said], groups, vocab, () => 1);
    expect(RANK_WEIGHTS.summaryLift).toBeGreaterThan(1);
    expect(ranked.map((r) => r.quote.id)).toEqual(['said', 'summary']);
    // Only the order changes: the direct quote's coverage is still its own.
    expect(ranked[0]?.coverage).toBeLessThan(ranked[1]?.coverage ?? 0);
  });

  it('lifts the direct quote the summary introduces (in its lead-in), not a better-scored one a paragraph on', () => {
    // "Dahlberg said she was surprised the council had not consulted her ... 'If the council had doubts ...,'
    // Dahlberg said. [next paragraph] 'The dredging was done in the dark,' she said": both direct quotes have the
    // summary in their neighbourhood, only the first has it as its lead-in.
    const summary = row('summary', 'indirect', summaryTerms, `harbour master ${summaryTerms} doubt depth channel`);
    const next = { ...row('next', 'direct', 'doubt depth channel expect phone call', `harbour master ${summaryTerms} doubt depth channel`), leadTerms: summaryTerms };
    const later = { ...row('later', 'direct', 'dredg done dark', `${summaryTerms} doubt depth channel dredg done dark`), leadTerms: 'ferri timet winter' };
    const ranked = rankCandidates([summary, next, later], groups, vocab, () => 1);
    expect(ranked.map((r) => r.quote.id)).toEqual(['next', 'summary', 'later']);
  });

  it('never lifts another speaker\'s quote, nor a direct quote from elsewhere', () => {
    const summary = row('summary', 'indirect', summaryTerms, summaryTerms);
    const other = row('other', 'direct', 'dredg channel', summaryTerms, 'somebody-else');
    const far = row('far', 'direct', 'dredg channel', 'ferri timet winter');
    const ranked = rankCandidates([summary, other, far], groups, vocab, () => 1);
    expect(ranked[0]?.quote.id).toBe('summary');
  });
});

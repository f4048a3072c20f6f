import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { compareWords } from '../../../src/core/answers/diff.js';
import { coreOf } from './texts.js';

/**
 * Session 28 (h-qa64): a line recalled with contractions ("there's", "we're") where the speaker said the words in
 * full ("There is", "we are"), or the other way round, is the same words. Compared word for word it kept too few words
 * in order, and another speaker's three-word fragment of the idiom ("long road ahead") was the closest real quote.
 */
const ARTICLES: Record<string, string> = {
  'deal.txt': `Miners' families welcome payout deal

Campaigners welcomed news of the agreement. "There is still a long way to go, but we are getting there," said Pell Varro, who leads the Velmora victims' group.

The firm's chairwoman, Ines Roda, said the deal was "affordable and workable".
`,
  'rally.txt': `Volunteers head south for the primary

Tom Adler, who drove from Velmora to help the campaign, says there is a "long road ahead" for his candidate.
`,
  'funds.txt': `Campaign money dries up

"Campaigns are having trouble raising money. Donor groups have the money. They don't have a choice," said Ada Brill, a consultant in Velmora.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a contraction is its two words when a line is checked', () => {
  it('"there\'s ... we\'re" recalled for "There is ... we are": the speaker who said it, not a fragment of the idiom', async () => {
    const a = await core.ask("who said there's still a long road ahead but we're getting there");
    expect(a.hits[0]?.speaker?.name).toBe('Pell Varro');
    expect(a.verification?.exact).toBe(false);
    expect(a.verification?.coverage).toBeCloseTo(0.8);
  });

  it('the comparison counts a contraction as one word, matched only whole', () => {
    const v = compareWords("there's still a long road ahead but we're getting there", 'There is still a long way to go, but we are getting there.');
    expect(v.coverage).toBeCloseTo(0.8);
    expect(v.diff).toContainEqual({ op: 'added', text: "there's" });
    expect(v.diff).toContainEqual({ op: 'removed', text: 'There is' });
    // "not" of "don't" is no match for a plain "not".
    expect(compareWords('the money is not there', "They have the money. They don't have a choice").coverage).toBeCloseTo(0.4);
    // The same words contracted on one side only are never verbatim nor a clean excerpt.
    const w = compareWords('we did not discuss that', "We didn't discuss that,");
    expect(w.coverage).toBe(1);
    expect(w.exact).toBe(false);
    expect(w.excerpt).toBe(false);
    expect(compareWords("we didn't discuss that", "We didn't discuss that,").exact).toBe(true);
  });

  it('a line nobody said stays unanswered: "the money is not there" is no "They don\'t have a choice"', async () => {
    const a = await core.ask("who said 'the money is not there'");
    expect(a.hits.some((h) => h.speaker?.name === 'Ada Brill')).toBe(false);
  });
});

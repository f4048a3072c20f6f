import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { LOOSE_PAIR, STANDOUT } from '../../../src/core/answers/intents/who-said.js';
import { coreOf } from './texts.js';

/**
 * "Who said" a line recalled with half its words in order, some traded for the speaker's own: the quote is the
 * closest real one when the pasted rare words it holds and the share of its own words that were pasted add up to
 * `LOOSE_PAIR.both` (neither alone is enough for the older loose rule). Articles written for these tests; the
 * people are invented.
 */
const SOAP = `Committee on the soap row

"Members have no wish at all to rewrite the storyline of Harbour Lane," said committee chair Ona Brell.
`;
const OTHERS: Record<string, string> = {
  'budget.txt': `Budget talks

"The committee will meet again on Tuesday to look at the budget," said clerk Pell Amory.
`,
  'theatre.txt': `Theatre season

"We want audiences to see the storyline unfold over two nights," said director Ivo Marsh.
`,
  'council.txt': `Council vote

"Councillors want a say in the plans before the summer," said councillor Dee Farrant.
`,
};
const LINE = "who said MPs don't want to rewrite Harbour Lane";

const cores: OnRecord[] = [];
const open = async (articles: Record<string, string>) => { const c = await coreOf(articles); cores.push(c); return c; };
const keepPair = { ...LOOSE_PAIR };
const keepStandout = { ...STANDOUT };
afterEach(() => { Object.assign(LOOSE_PAIR, keepPair); Object.assign(STANDOUT, keepStandout); });
afterAll(async () => { for (const c of cores) await c.close(); });

describe('a recalled line holding half its words in order and most of the rare ones', () => {
  it('is answered with the closest real quote, marked not verbatim, by the pair rule', async () => {
    const core = await open({ 'soap.txt': SOAP, ...OTHERS });
    STANDOUT.min = Number.POSITIVE_INFINITY;
    // The rule ships off (withdrawn on the unseen halves B); its fitted candidate value turns it on here.
    LOOSE_PAIR.both = 0.8;
    const a = await core.ask(LINE);
    expect(a.hits[0]?.speaker?.name).toBe('Ona Brell');
    expect(a.verification?.exact).toBe(false);
    // Without the pair rule (as shipped; and the standout fallback) the same line is refused: it is this rule that answers.
    LOOSE_PAIR.both = keepPair.both;
    expect(keepPair.both).toBe(Number.POSITIVE_INFINITY);
    expect((await core.ask(LINE)).hits).toEqual([]);
  });

  it('does not answer a line nobody said that shares only a few common words with a quote', async () => {
    const core = await open({ 'soap.txt': SOAP, ...OTHERS });
    expect((await core.ask("who said members want to rewrite the council's budget plans")).hits).toEqual([]);
  });
});

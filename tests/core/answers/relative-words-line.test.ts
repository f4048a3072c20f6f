import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { VERIFY_RULES } from '../../../src/core/answers/intents/who-said.js';
import { pasteCoverage } from '../../../src/core/answers/diff.js';
import { coreOf } from './texts.js';

/**
 * "Who said" a half-remembered line that trades the speaker's words for their synonyms (session 31, h-qa73): "hard"
 * for "difficult", "exact" for "accurate", "start" for "begin". A pasted word the quote lacks, whose WordNet synonym or
 * derived form it holds, counts `VERIFY_RULES.relativeCredit` of its weight in the shares of content held and stands
 * in order where the quote says the relative. Articles written for these tests; the people are invented.
 */
const FLOODS = `Flood counts still unclear

"It is an immensely difficult job to get accurate figures, and all the councils are struggling with it," said emergencies minister Wilhelmina Trask.
`;
const OTHERS: Record<string, string> = {
  'roads.txt': `Road repairs

"The councils will get the money for the roads by the spring," said transport official Odo Brannick.
`,
  'census.txt': `Census delayed

"We will publish the figures for every region next month," said statistician Pell Varga.
`,
  'jobs.txt': `Jobs fair

"It is a hard time to find a job in the valley," said organiser Lusa Krein.
`,
  'rail.txt': `Rail works

"The job of getting the trains back on time is a long one," said rail boss Emre Talan.
`,
  'farm.txt': `Farm prices

"Farmers are struggling to get a fair price for milk," said union leader Gwen Arrow.
`,
};
const LINE = 'who said it is a hard job to get exact figures';

const cores: OnRecord[] = [];
const keep = { ...VERIFY_RULES };
afterEach(() => Object.assign(VERIFY_RULES, keep));
afterAll(async () => { for (const c of cores) await c.close(); });

describe('a half-remembered line in synonyms of the words said', () => {
  it('finds the quote, marked not verbatim; without the relatives\' credit it is not on record', async () => {
    const core = await coreOf({ 'floods.txt': FLOODS, ...OTHERS });
    cores.push(core);
    const a = await core.ask(LINE);
    expect(a.hits[0]?.speaker?.name).toBe('Wilhelmina Trask');
    expect(a.hits[0]?.text).toContain('accurate figures');
    expect(a.verification?.exact).toBe(false);
    VERIFY_RULES.relativeCredit = 0;
    expect((await core.ask(LINE)).hits).toEqual([]);
  });

  it('leaves a line none of whose words or relatives is on record unanswered', async () => {
    const core = await coreOf({ 'floods.txt': FLOODS, ...OTHERS });
    cores.push(core);
    expect((await core.ask('who said the harbour ferries will sail twice a day from June')).hits).toEqual([]);
  });
});

describe('the in-order share with relatives', () => {
  it('counts a pasted word in order where the quote says its relative, and only then', () => {
    const quote = 'It is an immensely difficult job to get accurate figures';
    const pasted = 'it is hard to get exact figures';
    const plain = pasteCoverage(pasted, quote);
    const relatives = new Map([['difficult', 'hard'], ['accur', 'exact']]);
    expect(pasteCoverage(pasted, quote, relatives)).toBeGreaterThan(plain);
    expect(pasteCoverage(pasted, quote, relatives)).toBe(1);
    expect(pasteCoverage(pasted, quote, new Map())).toBe(plain);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { compareWords, matchedSpan, pasteCoverage } from '../../../src/core/answers/diff.js';
import { coreOf } from './texts.js';

/**
 * "Who said" a half-remembered line (session 37, h-qa92): two ways an in-order comparison misread a line somebody said.
 * (1) A coordinated pair recalled the other way round ("distrust and resentment" for "resentment and distrust") kept
 * only one of its halves in order. (2) The matched span (the part of the quote a line stands for) started at the first
 * pasted word found in order, small words included: a "the" or "a" matched early in a long quote stretched it over
 * words the line never said, and the span test refused the line. Its end is still the last word matched
 * (who-said-span.test.ts: a short line whose words lie far apart). Articles written for these tests;
 * the people are invented.
 */
const FEUD = `The feud at the treasury

"There is mutual resentment and distrust between the two of them," said the former adviser Orla Venn.
`;
const OTHERS: Record<string, string> = {
  'budget.txt': `Budget talks

"The two ministers will meet again on Friday to agree the budget," said spokesman Tam Rudd.
`,
  'schools.txt': `Schools

"Teachers feel resentment about the new inspections," said union leader Bea Marl.
`,
  'ports.txt': `Port fees

"Trust between the port and the shipping lines has never been lower," said harbour master Ilan Doe.
`,
};

const cores: OnRecord[] = [];
afterAll(async () => { for (const c of cores) await c.close(); });

describe('a coordinated pair recalled the other way round', () => {
  it('is read in the quote\'s order by the in-order share, and only where the quote never says it the pasted way', () => {
    const quote = 'There is mutual resentment and distrust between the two of them';
    expect(pasteCoverage('they have mutual distrust and resentment', quote)).toBeCloseTo(4 / 6);
    expect(pasteCoverage('they have mutual distrust and resentment', `${quote}, distrust and resentment`)).toBeCloseTo(4 / 6);
    // Without the swap only one half of the pair stands in order: "mutual ... and resentment".
    expect(pasteCoverage('they have mutual distrust or resentment', quote)).toBeCloseTo(2 / 6);
  });

  it('is still shown as a difference: the verification compares the words as pasted', () => {
    const v = compareWords('mutual distrust and resentment', 'mutual resentment and distrust');
    expect(v.exact).toBe(false);
    expect(v.diff.some((d) => d.op !== 'same')).toBe(true);
  });

  it('answers "who said" with the real quote, marked not verbatim; a line nobody said stays unanswered', async () => {
    const core = await coreOf({ 'feud.txt': FEUD, ...OTHERS });
    cores.push(core);
    const a = await core.ask('who said the two ministers share mutual distrust and resentment');
    expect(a.hits[0]?.speaker?.name).toBe('Orla Venn');
    expect(a.verification?.exact).toBe(false);
    expect((await core.ask('who said the harbour will close for good next winter')).hits).toEqual([]);
  });
});

describe('the matched span of a half-remembered line', () => {
  it('starts at the first content word matched in order, not at a small word matched far before; ends at the last word matched', () => {
    const quote = 'The mayor spoke for an hour about the parks, the schools and the buses, and then said harbour tolls are far too high';
    expect(matchedSpan('the harbour tolls are too high', quote)).toBe('harbour tolls are far too high');
    expect(matchedSpan('harbour tolls for the', 'Harbour tolls went up and the ferries for the islands ran late')).toBe('Harbour tolls went up and the ferries for the');
    expect(matchedSpan('harbour tolls', quote)).toBe('harbour tolls');
    expect(matchedSpan('the and of', quote)).toBe('');
  });
});

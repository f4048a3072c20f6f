import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWords, matchedSpan } from '../../../src/core/answers/diff.js';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

// Lines written for this test: a paste that types a contraction out is the same words in the same order.
describe('a contraction typed out compares as the same words', () => {
  it('"proof is" reproduces "proof’s", "we are" "we’re", "do not" "don’t"', () => {
    const v = compareWords('the proof is in the pudding and we are not done', 'In the end the proof’s in the pudding and we’re not done');
    expect(v.coverage).toBe(1);
    expect(compareWords('we do not expect a quick deal', 'We don’t expect a quick deal').coverage).toBe(1);
  });

  it('shows the contracted word as written, glued to its word', () => {
    const v = compareWords('the proof is in the pudding', 'In the end the proof’s in the pudding');
    expect(v.diff.map((d) => d.text).join(' | ')).toContain('proof’s in the pudding');
    expect(matchedSpan('the proof is in the pudding', 'In the end the proof’s in the pudding')).toMatch(/the proof’s in the pudding$/);
  });

  it('a possessive still matches a possessive, and a quote compared with itself is exact', () => {
    expect(compareWords("Marta's plan is sound", "Marta's plan is sound").exact).toBe(true);
    expect(compareWords('the mayor’s budget', "the mayor's budget").coverage).toBe(1);
  });
});

const ARTICLES: Record<string, string> = {
  'orchard.txt': `Orchard scheme judged by its harvest

Tamsin Hale, who runs the cooperative, said the new grafting scheme would be judged on results.

"At the end of the season the proof’s in the apples, and we’re confident they will speak for themselves," Ms Hale said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('"who said" a line with its contractions typed out', () => {
  it('finds the quote that contracts them', async () => {
    const a = await core.ask('who said "the proof is in the apples and we are confident they will speak for themselves"');
    expect(a.hits[0]?.speaker?.name).toBe('Tamsin Hale');
  });
});

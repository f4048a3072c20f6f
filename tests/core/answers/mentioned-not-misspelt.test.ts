import { afterAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A one-word name that resolves to a speaker only as a misspelling, while the articles name somebody so: when
 * nothing the misspelt speaker said answers, the answer says the typed person is mentioned, not "did you mean" the
 * speaker one letter away. Articles written for this test; the people are invented.
 */
const MATCH = `Cup draw pairs United with Milan

Striker Wayne Rooney was left out of the squad again. "We will take Milan seriously, whatever anyone says," said coach Sam Hale, who named the side on Friday.
`;
const BUDGET = `Council sets budget

"The budget protects libraries and parks for another year," said council leader Dana Rowney.
`;

let core: OnRecord;
afterAll(async () => { await core?.close(); });

describe('a mentioned name is not read as a misspelling of a speaker', () => {
  it('says the typed person is mentioned, not "did you mean" the speaker one letter away', async () => {
    core = await coreOf({ 'match.txt': MATCH, 'budget.txt': BUDGET });
    const a = await core.ask('what did Rooney say about drawing Milan');
    expect(a.hits).toEqual([]);
    expect(a.note).toMatch(/No quote from Rooney is on record here; the name is mentioned in 1 article/);
    expect(a.note).not.toMatch(/Did you mean/);
  });

  it('still asks "did you mean" for a misspelling nobody is named as', async () => {
    const a = await core.ask('what did Rowny say about drawing Milan');
    expect(a.hits).toEqual([]);
    expect(a.note).toMatch(/Did you mean Dana Rowney\?/);
  });

});

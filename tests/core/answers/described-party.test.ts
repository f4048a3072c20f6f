import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A description looked for around the quotes may miss one of its words from four words on, but never a party
 * (`answers/described.ts`): the county GOP's chairwoman holds every other word of "the chairwoman of the Dunmore
 * County Democrats". Article invented for this test.
 */
const ARTICLES: Record<string, string> = {
  'levy.txt': `County splits over ferry levy

"The new ferry levy will hurt every family in the county," said Ellen Marsh, chairwoman of the Dunmore County GOP.

Supporters of the levy said the ferry needed new engines.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
}, 60_000);
afterAll(() => core.close());

describe('a description\'s party must be borne out', () => {
  it('the other party\'s county chairwoman does not answer', async () => {
    const a = await core.ask('what did the chairwoman of the Dunmore County Democrats say about the ferry levy');
    expect(a.hits).toHaveLength(0);
  });

  it('her own party\'s description still finds her', async () => {
    const a = await core.ask('what did the chairwoman of the Dunmore County GOP say about the ferry levy');
    expect(a.hits[0]?.speaker?.name).toBe('Ellen Marsh');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Keywords that open with a given name and a misspelt surname that is somebody else's surname spelt right
 * ("kenny mccaskill" for Kenny MacAskill, with a Claire McCaskill on record): the two words are one misspelt full
 * name, not the given name alone read as a misspelling (session 18, h-qa36). Invented articles.
 */
const ARTICLES: Record<string, string> = {
  'harbour.txt': `Harbour fees to rise

Harbour board chair Tessa MacArdle defended the new mooring charges on Monday.

"The harbour fees have not risen in ten years and the walls are crumbling," Tessa MacArdle said.
`,
  'farm.txt': `Farmers meet over milk price

Dairy farmer Ray McArdle spoke at the meeting in Kelso.

"The milk price barely covers the feed," Ray McArdle said.
`,
  'tessa.txt': `Singer tours the coast

Singer Tessa Vane opened her tour in Oban.

"The coast has always been my home," Tessa Vane said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a given name and a misspelt surname typed as keywords', () => {
  it('"tessa mcardle harbour fees" is Tessa MacArdle', async () => {
    const a = await core.ask('tessa mcardle harbour fees');
    expect(a.hits[0]?.speaker?.name).toBe('Tessa MacArdle');
  });

  it('"ray mcardle milk price" is still Ray McArdle', async () => {
    const a = await core.ask('ray mcardle milk price');
    expect(a.hits[0]?.speaker?.name).toBe('Ray McArdle');
  });
});

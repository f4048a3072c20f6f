import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A speaker typed as somebody's relative by name ("Fletcher's daughter Jill", "Obama's wife Michelle"): the name
 * after the word of kinship is the speaker, or nobody; never a misspelling repaired to somebody else. Articles
 * written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'obituary.txt': `Veteran broadcaster Ivor Pell dies

Ivor Pell, the broadcaster known for his comic verse, has died aged 90.

Mara, daughter of Ivor Pell, said her father would be sorely missed. "He was adored by his listeners," she said.
`,
  'campaign.txt': `Senator's wife takes to the stage

Hannah Crane, wife of Senator Paul Crane, spoke at the convention on Tuesday.

"We are choosing what kind of country our children grow up in," Hannah Crane said.
`,
  'farewell.txt': `Comic Dov Hartle dies

Comedian Dov Hartle has died aged 88 at his home in Kelmouth.

Hartle's daughter Ilse said her father would be missed. "He made the whole country laugh," she said.
`,
  'markets.txt': `Shares rally

"This is a stock that was getting clobbered until this spring," said strategist Matt Malley.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a speaker typed as somebody\'s relative by name', () => {
  it('a given name alone is the relative\'s given name with the family name', async () => {
    const a = await core.ask("what did Crane's wife Hannah say about children");
    expect(a.hits[0]?.speaker?.name).toBe('Hannah Crane');
  });

  it('a relative nobody on record is called is nobody, not another person of that given name', async () => {
    const a = await core.ask("what did Crane's daughter Mara say");
    expect(a.hits).toEqual([]);
    // The Mara on record is Pell's daughter: her role names him.
    const b = await core.ask("what did Pell's daughter Mara say about him");
    expect(b.hits[0]?.speaker?.name).toBe('Mara');
    expect(b.hits[0]?.text).toContain('adored by his listeners');
  });

  it('a given name filed alone with a bare relation is the relative where the person is named around the quote', async () => {
    const a = await core.ask("what did Hartle's daughter Ilse say about him");
    expect(a.hits[0]?.speaker?.name).toBe('Ilse');
    expect(a.hits.map((h) => h.text).join(' ')).toContain('whole country laugh');
    // Another person's daughter of that given name is nobody on record.
    const b = await core.ask("what did Crane's daughter Ilse say about him");
    expect(b.hits).toEqual([]);
  });
});

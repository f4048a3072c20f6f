import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A role phrase that names the person whose office it is ("Halvorsen's campaign manager", "Halvorsen's spokesman")
 * (session 16, h-qa29). Articles, people and places invented for these tests.
 */
const ARTICLES: Record<string, string> = {
  'race.txt': `Halvorsen trails in the Kelso race

Senator Ivo Halvorsen spoke in Tarn on Monday.

"The dam will be built on time," Ivo Halvorsen said.

"Halvorsen has never once visited the valley," said Mara Voss, campaign manager for the rival campaign of Edda Lind.
`,
  // A record filed under the surname alone, the extractor finding no full name in the article.
  'rally.txt': `Rally in Tarn

"The dam is coming, whatever Lind says," Halvorsen told the rally.
`,
  'lind.txt': `Lind opens office

Edda Lind opened a campaign office in Kelso.

"We will win the valley," Lind said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('the person a role phrase names as its owner', () => {
  it("is stated by the answering holder's role: a campaign manager talking about Halvorsen is not his", async () => {
    const a = await core.ask("what did Halvorsen's campaign manager say about the valley");
    // Voss manages another's campaign and talks about Halvorsen; nobody on record is his campaign manager.
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Mara Voss');
    expect(a.status).not.toBe('found');
  });

  it("a person's spokesman is not the person: no words of Halvorsen's own", async () => {
    const a = await core.ask("what did Halvorsen's spokesman say about the dam");
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Ivo Halvorsen');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Halvorsen');
  });
});

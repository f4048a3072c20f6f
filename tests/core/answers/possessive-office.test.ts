import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * "X's <office> on Y" names a speaker by description, as "the <office> on Y" does (session 18, h-qa34;
 * `namesAnOffice` in `questions/understand.ts`): read as no speaker, its words went to the topic, and the person
 * whose office it is was taken from among them, so the prisoner answered for his lawyer (a wrong speaker at 1).
 * Invented article.
 */
const ARTICLES: Record<string, string> = {
  'cells.txt': `Prisoner wins slopping out case

A prisoner has won his case over slopping out at Harlow jail.

Tom Rellick told the court: "Slopping out every morning was degrading and the other prisoners felt it too."

His lawyer, Ann Cove, said: "Other prisoners still slopping out will certainly be heartened by this ruling."

The jail's governor said: "Rellick was treated like every other inmate, whatever his lawyer says."
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
}, 60_000);
afterAll(() => core.close());

describe('a possessive description in "X on Y"', () => {
  it("the person whose office it is does not answer for the office's holder", async () => {
    const a = await core.ask("rellick's lawyer on other prisoners still slopping out");
    // Before: Tom Rellick's own words, "rellick" read as the speaker and "lawyer" as a topic word.
    expect(a.hits[0]?.speaker?.name).not.toBe('Tom Rellick');
    // Now the description: "His lawyer, Ann Cove, said", with Rellick named in the paragraphs around.
    expect(a.hits[0]?.speaker?.name).toBe('Ann Cove');
  });
});

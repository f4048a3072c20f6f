import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A person's office described around a body's quote (session 19, h-qa38): "what did the acting secretary of the Navy
 * say ..." answered with a newspaper's words, whose sentence named the acting secretary as the letters' addressee.
 * A body speaks through a spokesman or an official, never as a secretary. Invented article.
 */
const ARTICLES: Record<string, string> = {
  'letters.txt': `Navy letters row

The Daily Ledger said it had obtained 40 letters that Admiral Harlan sent from his personal post box.

The letters were exchanges between Harlan and Tom Brisk, who is now the acting secretary of the Navy.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe("a person's office is never a body's quote", () => {
  it('"the acting secretary of the Navy" on the post box is no answer: only a newspaper\'s quote is around the office', async () => {
    const a = await core.ask("what did the acting secretary of the Navy say about Harlan's personal post box");
    expect(a.hits).toEqual([]);
  });
});

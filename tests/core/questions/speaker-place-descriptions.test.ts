import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from '../answers/texts.js';

/**
 * Phrases in the speaker's place of "X on Y" that describe a speaker without "the" (session 42, h-qa106): a bare
 * office that resolves nobody ("regulator safety official on ..."), and a possessive whose possessor names nobody on
 * record ("lena's biographer on ..."). Read as topic words, the scan for a speaker took a name from among them or
 * from the topic (a "Cox" for "Cox-2 pills", a misspelling of the possessor): another speaker's words. And a
 * possessive by the apostrophe alone ("Giffords' husband") is a description like "Nogar's son". Articles written for
 * these tests.
 */
const ARTICLES: Record<string, string> = {
  'pills.txt': `Pharmacists back the pills

"The Cox-2 pills are needed by thousands of patients with arthritis," said Gavin Cox, a pharmacist in Leeds.
`,
  'prince.txt': `A marriage in decline

"Lena and her disillusionment with the prince grew every single year, any biographer can see it," said Tom Lenna, a neighbour of the couple.
`,
  'threat.txt': `Minister on extremism

"The threat comes from an extreme form of the ideology, not from a faith," said Home Office minister Helen Marsh.

Ms Marsh, the Harbourside MP, has written to every council in the region.
`,
  'turnout.txt': `Turnout will decide it

Rosa Haynes' husband, Mark Kelso, spoke to volunteers in the square on Saturday.

"The turnout in the valley towns will decide this election," Kelso said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a bare office in the speaker place that resolves nobody', () => {
  it('is no topic word to scan for a speaker: a name in the topic is not taken for the speaker', async () => {
    const a = await core.ask('regulator drug safety official on whether Cox-2 pills are needed at all');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Gavin Cox');
    expect(a.understood.speaker?.query ?? '').not.toMatch(/^cox$/i);
  });

  it('is read as "the ...", so the article that describes its holder so answers', async () => {
    const a = await core.ask('Harbourside MP on where the threat comes from');
    expect(a.hits[0]?.speaker?.name).toBe('Helen Marsh');
  });
});

describe('a possessive whose possessor names nobody on record', () => {
  it("never takes a misspelling of the possessor for the speaker (base: Tom Lenna, for \"lena\")", async () => {
    const a = await core.ask("lena's biographer on disillusionment with the prince");
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Tom Lenna');
  });

});

describe('a possessive by the apostrophe alone', () => {
  // A guard: here the role on record ("Rosa Haynes' husband") answers before any description is read.
  it('still names the holder of the possessive office', async () => {
    const a = await core.ask("what did Rosa Haynes' husband say about the turnout");
    expect(a.hits[0]?.speaker?.name).toBe('Mark Kelso');
  });
});

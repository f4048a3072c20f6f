import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * "who said" a line whose words stand in order in a quote only as a stock phrase ("... by the end of the year"):
 * seven pasted words in ten in order, none of the rare ones, is another statement. Articles written for this test.
 */
const ARTICLES: Record<string, string> = {
  'software.txt': `Software maker readies its mapping tool

Halvard Systems said on Tuesday that it would widen its range of products.

Maren Tolsby, Halvard's finance director, said a trial version of its mapping software should be ready for download by the end of the year.

"We have spent two years on this and the early users like what they see," Ms Tolsby said.
`,
  'airline.txt': `Minister rules out state takeover of carrier

The transport minister, Edvard Lunde, told reporters the government had no plan to buy the struggling carrier.

"Skyrena will be sold to private investors by the end of the year, not nationalised," Mr Lunde said.
`,
  'harbour.txt': `Harbour plan wins council backing

Councillor Ingrid Dahl said the new quay would bring jobs to the town.

"The harbour has always been the heart of this town and it will be again," Ms Dahl said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('"who said" a line: a close in-order match must share the line\'s content, not only its small words', () => {
  it('a made-up line that shares only "will be ... by the end of the year" with a quote is not on record', async () => {
    const a = await core.ask('who said "Corvane will be nationalised by the end of the year"');
    expect(a.hits.some((h) => h.speaker?.name === 'Maren Tolsby')).toBe(false);
  });

  it('a line recalled with most of its content in order is still the closest real quote', async () => {
    const a = await core.ask('who said "the harbour has always been the heart of the town"');
    expect(a.hits[0]?.speaker?.name).toBe('Ingrid Dahl');
  });

  it('a line pasted verbatim is found', async () => {
    const a = await core.ask('who said "Skyrena will be sold to private investors by the end of the year"');
    expect(a.hits[0]?.speaker?.name).toBe('Edvard Lunde');
  });
});

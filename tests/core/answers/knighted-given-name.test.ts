import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * "Sir Paul" where more people on record are called Paul than a bare given name may name (session 32, h-qa78): every
 * Paul is a candidate, and only a quote whose paragraph writes "Sir Paul" answers. Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'gala.txt': `Singer to close the harbour gala

Sir Paul Venner will sing at the close of the Westmouth harbour gala in June.

Sir Paul said: "There is nothing like singing by the harbour on a summer night."
`,
  'council.txt': `Council budget agreed

"The harbour repairs cannot wait another year," said councillor Paul Ostrow.
`,
  'mill.txt': `Mill reopens

"We will hire forty people by the spring," said manager Paul Dresk.
`,
  'rugby.txt': `Captain fit for final

"My knee is fine and I will play on Saturday," said captain Paul Tanfield.
`,
  'shop.txt': `Bakery wins award

"Our bread is baked by hand every night," said owner Paul Quillan.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a knight asked for by title and given name', () => {
  it('is the speaker whose paragraph writes the title and given name', async () => {
    const a = await core.ask('what did Sir Paul say about singing by the harbour');
    expect(a.hits[0]?.speaker?.name).toBe('Paul Venner');
    expect(a.understood.speaker?.resolved.map((s) => s.name)).toEqual(['Paul Venner']);
  });

  it('is never another speaker of that given name who spoke of the topic', async () => {
    const a = await core.ask('what did Sir Paul say about the harbour repairs');
    expect(a.hits.every((h) => h.speaker?.name !== 'Paul Ostrow')).toBe(true);
    const b = await core.ask('what did Sir Paul say about hiring people');
    expect(b.hits).toEqual([]);
  });
});

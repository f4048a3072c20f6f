import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A role asked by another name of the office than the article's ("the Quillo boss" for "Quillo president and chief
 * executive Dana Roe"), and the loose reading of a description that must not readmit another body's office holder.
 * Articles invented for these tests.
 */
const ARTICLES: Record<string, string> = {
  'quillo.txt': `Quillo profits beat forecasts

Online auction firm Quillo made more money than expected last year.

"Quillo had a strong year, but the shares were priced for more," analyst Pia Holm said.

"I am more confident than ever that our investments in the marketplace will pay off," Quillo president and chief executive Dana Roe said.
`,
  'villa.txt': `Marsh Rovers win at home

Marsh Rovers boss Ivo Kent said the team had earned the win.

"The lads ran for every ball and deserved the points against a strong side," Kent said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('an office asked by another of its names', () => {
  it('"the Quillo boss" is the chief executive the article names beside "Quillo"', async () => {
    const a = await core.ask('what did the Quillo boss say about investments in the marketplace');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Dana Roe');
  });

  it('a holder of the very office another body\'s ("Marsh Rovers boss") is never read loosely as "the Marsh Harriers boss"', async () => {
    const a = await core.ask('what did the Marsh Harriers boss say about earning the points');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Ivo Kent');
  });
});

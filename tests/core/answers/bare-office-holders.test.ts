import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A bare office several people hold alike (session 19, h-qa38, `equallyExactHolders`): the first holders read are
 * those quoted most, and one of them answered "the president on the farm deficit" with words holding only "farm",
 * while the other president, quoted once, had spoken of the farm deficit. Invented articles: President Vantrel quoted
 * eight times, President Kessold once.
 */
const VANTREL = [
  'Our farm policy has served the valley well for a generation.',
  'The new bridge over the Orsk river will open in the spring.',
  'Teachers in every province will be paid on time this year.',
  'The army will stay in its barracks during the elections.',
  'Our embassy in the north will reopen next month.',
  'The railway to the coast will carry freight by winter.',
  'The harvest festival is a day for every family in the valley.',
  'The national orchestra will tour the provinces this summer.',
];
const ARTICLES: Record<string, string> = Object.fromEntries([
  ...VANTREL.map((q, i) => [`vantrel-${i}.txt`, `Vantrel speaks\n\nPresident Aldo Vantrel spoke in the capital on Monday.\n\n"${q}" President Aldo Vantrel said.\n`]),
  ['kessold.txt', `Kessold on the deficit\n\nPresident Mira Kessold addressed the assembly of the eastern republic.\n\n"We must close the farm deficit before the harvest," President Mira Kessold said.\n`],
]);

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('the holders of a bare office beyond the most quoted', () => {
  it('"the president on the farm deficit" is the president who spoke of it, not the one quoted most', async () => {
    const a = await core.ask('what did the president say about the farm deficit');
    expect(a.hits[0]?.speaker?.name).toBe('Mira Kessold');
  });

  it('the most quoted president still answers what only he spoke of', async () => {
    const a = await core.ask('what did the president say about the farm policy');
    expect(a.hits[0]?.speaker?.name).toBe('Aldo Vantrel');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { mayBeTypedFor } from '../../../src/core/answers/topic-guided-names.js';
import { coreOf } from './texts.js';

/**
 * A typed name no speaker answers to, and no misspelling repairs: a nickname made of the surname ("Caldie" for Wilfred Caldermont, with a Walter Calderbank on record too),
 * a surname typed wrong past two edits with the given name right ("Nora Bellingford" for Nora Bellweather). The
 * question's topic chooses among the close names, and the answer asks "did you mean". Articles written for these
 * tests; the people are invented.
 */
const ARTICLES: Record<string, string> = {
  'league.txt': `Manager calls for cameras

"I think the league could start with cameras for offside calls and see how the referees cope," said manager Wilfred Caldermont.
`,
  'cup.txt': `Cup draw announced

"We will take the trip to the coast seriously, it is never easy there," said coach Walter Calderbank.
`,
  'harbour.txt': `Harbour plan approved

"The new pier will bring ferries back to the town within two summers," said councillor Nora Bellweather.
`,
  'bakery.txt': `Bakery reopens

"Bread prices will stay where they are for the rest of the year," said owner Norman Belling.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a name no speaker answers to, chosen by the topic', () => {
  it('a nickname opening like two surnames: the speaker whose quote holds the topic, asked as "did you mean"', async () => {
    const a = await core.ask('what did Caldie say about cameras for offside calls');
    expect(a.hits[0]?.speaker?.name).toBe('Wilfred Caldermont');
    expect((await core.ask('what did Caldie say about the trip to the coast')).hits[0]?.speaker?.name).toBe('Walter Calderbank');
    expect(a.note).toMatch(/Did you mean Wilfred Caldermont\?/);
  });

  it('the same given name and a surname opening alike', async () => {
    const a = await core.ask('what did Nora Bellingford say about ferries and the pier');
    expect(a.hits[0]?.speaker?.name).toBe('Nora Bellweather');
  });

  it('no close name said the topic: no quote found, never a close name\'s other words', async () => {
    const a = await core.ask('what did Caldie say about bread prices');
    expect(a.hits).toEqual([]);
    expect((await core.ask('what did Nora Bellingford say about offside calls')).hits).toEqual([]);
  });

  it('a given name alone or another given name is no reading of the typed name', () => {
    expect(mayBeTypedFor(['nora'], ['nora', 'bellweather'])).toBe(false);
    expect(mayBeTypedFor(['norma', 'bellingford'], ['nora', 'bellweather'])).toBe(false);
    expect(mayBeTypedFor(['stephen', 'noggar'], ['stephen'])).toBe(true);
    expect(mayBeTypedFor(['wilfie'], ['walter', 'calderbank'])).toBe(false);
    expect(mayBeTypedFor(['calderbank'], ['walter', 'calderbank'])).toBe(false);
  });
});

describe('initials typed in capitals', () => {
  it('spell a name on record: read as that name when its quotes hold the topic', async () => {
    const c = await coreOf({
      'growth.txt': `Forecasters upbeat

"Growth will pick up next year as exports recover," said the Centre for Harbour Trade Research.
`,
    });
    const a = await c.ask('what did CHTR say about growth and exports');
    expect(a.hits[0]?.speaker?.name).toBe('Centre for Harbour Trade Research');
    expect(a.note).toMatch(/Read “CHTR” as Centre for Harbour Trade Research/);
    expect((await c.ask('what did CHTR say about football')).hits).toEqual([]);
    expect((await c.ask('what did chtr say about growth and exports')).hits).toEqual([]);
    await c.close();
  });
});

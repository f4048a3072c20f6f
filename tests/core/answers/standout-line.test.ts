import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { STANDOUT, VERIFY_RULES } from '../../../src/core/answers/intents/who-said.js';
import { coreOf } from './texts.js';

/**
 * "Who said" a half-remembered line that none of the closest-quote rules matches: the quote that stands out from
 * every other speaker's (in-order share plus the rare words held both ways) is the closest real quote, marked not
 * verbatim; a line two speakers' quotes hold about equally is "not on record". Articles written for these tests;
 * the people are invented.
 */
const PHOTO = `Giant photo of the harbour

"Honestly, the whole thing started as a lunchtime bet between two engineers, and nobody expected the picture to travel around the world the way it did," said engineer Mara Quell.
`;
const OTHERS: Record<string, string> = {
  'ferry.txt': `Ferry timetable changes

"The lunchtime crossing will be cut from the winter timetable," said operator spokesman Dan Ostrow.
`,
  'lab.txt': `Lab opens doors

"Visitors can see the engineers at work every Saturday," said curator Ines Vollmar.
`,
  'works.txt': `Harbour works

"The whole picture will change once the new cranes arrive and the old sheds come down," said harbour manager Rolf Ekman.
`,
  'market.txt': `Market hours

"The market will open for the lunchtime trade and close at six," said trader Olu Benning.
`,
};
const TWIN = `Second photo

"Honestly, the whole thing started as a lunchtime bet between two engineers, and nobody expected the picture to travel around the world the way it has," said photographer Tove Lind.
`;
const NEAR_OTHER = `Harbour works

"The whole picture will change once the new cranes arrive," said harbour manager Rolf Ekman.
`;
const LINE = 'who said the whole picture thing began as a lunchtime wager';

const cores: OnRecord[] = [];
const open = async (articles: Record<string, string>) => { const c = await coreOf(articles); cores.push(c); return c; };
const keep = { ...STANDOUT };
const keepVerify = { ...VERIFY_RULES };
afterEach(() => {
  Object.assign(STANDOUT, keep);
  Object.assign(VERIFY_RULES, keepVerify);
});
afterAll(async () => { for (const c of cores) await c.close(); });

describe('a half-remembered line whose closest quote stands out', () => {
  it('is answered with that quote, not verbatim, where the other rules found nothing', async () => {
    const core = await open({ 'photo.txt': PHOTO, ...OTHERS });
    const a = await core.ask(LINE);
    expect(a.hits[0]?.speaker?.name).toBe('Mara Quell');
    expect(a.verification?.exact).toBe(false);
    // Without the standout rule the same line is refused: it is this rule that answers.
    STANDOUT.min = Number.POSITIVE_INFINITY;
    expect((await core.ask(LINE)).hits).toEqual([]);
  });

  it('is not on record when another speaker\'s quote is less than 0.3 behind (a line nobody said, refitted on the halves A)', async () => {
    // Rolf Ekman's shorter "the whole picture will change" trails Mara Quell's quote by between 0.2 and 0.3 on the
    // standout sum (his longer words in OTHERS, by more than 0.3). The sums are of the words as said: since session 31
    // "wager" counts half of "bet", its WordNet synonym (`VERIFY_RULES.relativeCredit`), and Mara Quell leads by more.
    VERIFY_RULES.relativeCredit = 0;
    const core = await open({ 'photo.txt': PHOTO, ...OTHERS, 'works.txt': NEAR_OTHER });
    expect((await core.ask(LINE)).hits).toEqual([]);
    STANDOUT.margin = 0.2;
    expect((await core.ask(LINE)).hits[0]?.speaker?.name).toBe('Mara Quell');
  });

  it('is not on record when another speaker\'s quote holds it about as well', async () => {
    const core = await open({ 'photo.txt': PHOTO, 'twin.txt': TWIN, ...OTHERS });
    expect((await core.ask(LINE)).hits).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { asksWhenAsked } from '../../../src/core/questions/understand.js';
import { coreOf } from './texts.js';

/**
 * "What did X say when asked Y" (session 19, h-qa37): the reporter writes the question put to the speaker in the
 * sentence before the answer (its lead-in), and the answer rarely repeats it, while the speaker's other quotes
 * repeat the question's words in their own paragraphs. For such a question the lead-in weighs more. Articles
 * written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'ferry.txt': `Ferry fares frozen for the winter

The harbour board will freeze ferry fares until March, its chair Imelda Quarrington announced on Monday, weeks before the spring elections.

"The fare freeze keeps the ferry within reach of every family, and a fare freeze this winter is one the board can afford," Quarrington said.

The board must also choose a new operator by the end of the year, and several councillors on the island have asked for the contract to go out to tender. Pressed on whether the freeze had the elections in mind, Quarrington would not be drawn.

"We looked at the accounts, not at the calendar," she said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('the words said when the speaker was asked something', () => {
  it('reads "when asked" and "when she was asked" as such a question, and a plain question as not', () => {
    expect(asksWhenAsked('what did Quarrington say when asked if the fare freeze was about the elections')).toBe(true);
    expect(asksWhenAsked('what did Ozzy say when he was asked if he would tackle a burglar again')).toBe(true);
    expect(asksWhenAsked('what did Quarrington say about the fare freeze')).toBe(false);
    expect(asksWhenAsked('Quarrington on being asked to stand down')).toBe(false);
  });

  it('ranks first the quote whose lead-in holds the question put to the speaker', async () => {
    const a = await core.ask('what did Quarrington say when asked if the fare freeze was about the elections');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Imelda Quarrington');
    expect(a.hits[0]?.text).toContain('not at the calendar');
  });

  it('leaves the ranking of a question about the topic alone', async () => {
    const a = await core.ask('what did Quarrington say about the fare freeze');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.text).toContain('within reach of every family');
    expect(a.hits.map((h) => h.text).join(' ')).toContain('not at the calendar');
  });
});

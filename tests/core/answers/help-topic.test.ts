import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/*
 * Issue 14 item 5: help examples use the most quoted speaker's most distinctive topic, what they speak of more than
 * the archive does ("what did Kirby say about nusra", not "about establishment"). Here Varga, the most quoted, says
 * "council" in every quote, but so does everybody; "dredging" is hers alone, and it is the example's topic.
 */
const HARBOUR = `Harbour dredging row goes on

Harbour master Ines Varga said the channel was silting up.

"The council has ignored the dredging schedule for two years," Varga said.

"Without dredging the council will lose the ferry berth by spring," Varga said.

"I told the council in writing, and the council did nothing," Varga added.

"The council budget still has room for the work," Varga said.
`;
const MARKET = `Market hall plans divide the town

Councillor Tomas Brandt said the market hall plan would go to a vote.

"The council cannot keep the market hall open on the present rent," Brandt said.

"The council will vote on the market hall in June," Brandt said.

"Every member of the council has read the market report," Brandt said.
`;
const PARKS = `Parks budget under pressure

Mayor Olle Sund defended the parks budget.

"The council is keeping every park open this summer," Sund said.

"The council has found savings elsewhere," Sund said.

"Nobody on the council wants to close a playground," Sund said.
`;

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf({ 'harbour.txt': HARBOUR, 'market.txt': MARKET, 'parks.txt': PARKS });
});
afterAll(() => core.close());

describe('help examples: the most quoted speaker and their most distinctive topic', () => {
  it('the topic is the word the speaker uses more than the archive does, not the word everybody uses', async () => {
    const help = await core.help();
    expect(help.examples[0]).toBe('what did Varga say about dredging');
    expect(help.examples.every((e) => !/\bcouncil\b/.test(e.replace(/"[^"]*"/g, '')))).toBe(true);
  });

  it('the typed entry point honours the abort signal', async () => {
    const c = new AbortController();
    c.abort();
    await expect(core.help({ signal: c.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

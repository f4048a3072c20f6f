import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Which of a speaker's quotes answers, and when a half-remembered line is close enough to a real quote: over
 * articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'bank.txt': `Bank keeps rates on hold

The Bank of England's deputy governor Clara Ostrowski said the committee would look at many indicators before moving rates.

"In economic assessment, there is safety in numbers," Ostrowski said.

She added that wages were rising faster than expected. "Pay growth has surprised us this spring," she said.
`,
  'oil.txt': `Watchdog rejects oil firm's complaint

The editor of the Evening Ledger, Marcus Bell, rejected a complaint from the oil firm Petrolux about a report on its pipelines.

"I have concluded that your allegations are unsupported by evidence," Bell wrote to Petrolux.

Petrolux said it would consider its options.
`,
  'gadget.txt': `New desktop unveiled

Orchard Computers unveiled the Pippin, its smallest desktop computer yet, priced for first-time buyers.

"But it shows that Orchard is keen to capitalise on the success of its music player. The Pippin will appeal to users looking for an attractive, no-fuss computer," said analyst Ruth Okafor.

"Shops expect long queues," said retailer Sam Dunne.
`,
  'rugby.txt': `Coach happy with his captain

Harriers coach Dan Feld said captain Joe Marsh had shown real leadership by tackling through the pain of a broken thumb in the final minutes.

"Joe kept tackling through the pain, and that is why he is the heart of this side, the first name on the team sheet every week," Feld said.

Feld said the injury would keep Marsh out for a month.
`,
  'markets.txt': `Markets steady as investors weigh the economy

Traders said support for the pound held up as investors weighed the economy.

"You're never going to see the best of the economy in one quarter," said broker Lena Fox. "Your best guide is the trend, and we support that view."

"Selling now would be the worst computer-driven panic ever," said fund manager Raj Patel.
`,
  'ferries.txt': `Ferry subsidy plan unveiled

Transport Secretary Mira Holt set out a plan to keep island ferries running through the winter.

"The winter crossings will be paid for by the ports, not the islanders," Holt said.
`,
  'rugby2.txt': `Harriers look ahead

Coach Dan Feld said the squad would rest this week before the cup tie.

"We train on Thursday and then we travel," Feld said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('"who said" a half-remembered line: the closest real quote, marked not verbatim, or "not on record"', () => {
  it('a line that keeps few words in order but the rare ones finds the real quote, not verbatim, with the differences', async () => {
    const a = await core.ask("who said when you're assessing the economy there's safety in numbers");
    expect(a.hits[0]?.speaker?.name).toBe('Clara Ostrowski');
    expect(a.verification?.exact).toBe(false);
    expect(a.verification?.diff.some((d) => d.op !== 'same')).toBe(true);
  });

  it('a line drawing the quote\'s contrast the other way round is "not on record", however many words it shares', async () => {
    const right = await core.ask("who said 'the winter crossings should be paid for by the ports and not the islanders'");
    expect(right.hits[0]?.speaker?.name).toBe('Mira Holt');
    const reversed = await core.ask("who said 'the winter crossings should be paid for by the islanders and not the ports'");
    expect(reversed.status).toBe('not_found');
    expect(reversed.hits).toEqual([]);
  });

  it('"who told X <line>" with other words for the same claim finds the letter', async () => {
    const a = await core.ask('who told Petrolux its allegations were not supported by any evidence');
    expect(a.hits[0]?.speaker?.name).toBe('Marcus Bell');
    expect(a.verification?.exact).toBe(false);
  });

  it('a line nobody said that shares a few names with a long quote is "not on record", not that quote', async () => {
    const a = await core.ask("who said 'the Pippin will be Orchard's best-selling computer ever'");
    expect(a.status).toBe('not_found');
    expect(a.hits).toEqual([]);
  });
});

describe('what did X say about Y: the exact words before the reporter\'s summary of them', () => {
  it('the direct quote ranks above a reported-speech line that repeats the question\'s words', async () => {
    const a = await core.ask('what did Feld say about Marsh tackling through the pain');
    expect(a.hits[0]?.kind).toBe('direct');
    expect(a.hits[0]?.speaker?.name).toBe('Dan Feld');
    expect(a.hits[0]?.text).toContain('heart of this side');
  });
});

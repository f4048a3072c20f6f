import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A description no role on record holds ("the former Oregon governor") is looked for around the quotes on the
 * topic (`answers/described.ts`). Beyond the quote's own sentence its words must stand together as one phrase; an
 * abbreviated office ("Gov.") bears the office out; and the quotes looked at are found by the description's words
 * with the topic's, not by the topic alone. Articles invented for these tests.
 */
const ARTICLES: Record<string, string> = {
  'campaign-mail.txt': `Campaign mail attacks rival on tolls

The Hale campaign sent a fundraising letter on Monday after its victory in Oregon.

"Only we will scrap the bridge tolls," the letter read.

Four years ago, a similar letter hurt former Nevada governor Jon Pike, who lost the primary.
`,
  'pier.txt': `Old ferry pier to close

"We will close the old ferry pier next spring, and the boats will use the new quay," said Mayor Dan Ross, standing beside Lisa Ward, the harbour police chief.

Fishermen said the new quay was too small.
`,
  'orchard.txt': `Orchard growers ask for help

Growers met in the valley on Friday to discuss the frost.

"The frost took half the apples in the valley this spring," said former Gov. Ben Hart of Maine, a Democrat who now grows apples himself.

Neighbours agreed that the season had been hard.
`,
  'loans.txt': `Growers want cheaper loans

"The rates on our loans must come down before the harvest," said Farm Secretary Ann Colby, a former Vermont governor and a grower herself.

Neighbours agreed that the season had been hard.
`,
  'valley-bank.txt': `Valley lenders meet

Tom Pike runs a small bank in the valley.

Lenders and growers met in the town hall on Tuesday.

Talk turned to money. "Our rates on farm loans will not fall this year," he said, after the former Vermont governor had left the room.
`,
};

// Many quotes that say "rates" more often and more briefly than Colby's: a look-up by the topic alone keeps these.
for (let i = 0; i < 70; i++) {
  ARTICLES[`rates-${i}.txt`] = `Lender ${i} reviews rates

"Rates, rates and rates again," said banker Lee Number${i}.

"Rates are rates," said broker Kim Other${i}.

"Our rates stay," said clerk Jo Third${i}.
`;
}

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
}, 60_000);
afterAll(() => core.close());

describe('a description is one phrase about one person', () => {
  it('words of the description scattered over the paragraphs describe nobody', async () => {
    // "Oregon" is in the letter's sentence, "former ... governor" in the next paragraph, about another man.
    const a = await core.ask('what did the former Oregon governor say about the bridge tolls');
    expect(a.status).toBe('not_found');
    expect(a.hits).toHaveLength(0);
  });

  it('a description beside another person\'s name in the sentence is not the named speaker\'s', async () => {
    // The mayor is quoted and named; "the harbour police chief" is the woman standing beside him, never quoted.
    const a = await core.ask('what did the harbour police chief say about the ferry pier');
    expect(a.status).toBe('not_found');
    expect(a.hits).toHaveLength(0);
    // The same sentence still answers for the mayor himself.
    const b = await core.ask('what did Dan Ross say about the ferry pier');
    expect(b.hits[0]?.text).toContain('close the old ferry pier');
  });

  it('an abbreviated office ("former Gov. Ben Hart of Maine") bears out "the former Maine governor"', async () => {
    const a = await core.ask('what did the former Maine governor say about the frost');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Ben Hart');
    expect(a.hits[0]?.text).toContain('half the apples');
  });

  it('a speaker described beside their name is found among many quotes that say the topic more', async () => {
    // "a former Vermont governor" follows the name in the quote's own sentence; 210 other quotes say "rates" more.
    const a = await core.ask('what did the former Vermont governor say about rates');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Ann Colby');
    expect(a.hits[0]?.text).toContain('must come down before the harvest');
    // A quote found only by the description's words must be described beside its speaker's name: the banker's
    // sentence mentions the governor, and names nobody.
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Tom Pike');
    const pike = await core.ask('what did Tom Pike say about rates');
    expect(pike.hits[0]?.text).toContain('will not fall this year');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Issue 14's honesty holes (session 12, h-qa16): a person only named inside another speaker's quote, a former holder
 * of the office asked for, and a misspelt name that finds nothing. Articles, people and places invented for these tests.
 */
const ARTICLES: Record<string, string> = {
  // Arbeloa is named only inside the bank's quote, so "arbeloa" is a word quotes use.
  'tribunal.txt': `Bank wins most of tribunal case

An employment tribunal dismissed most of the claims brought against Harrowgate Bank by a former manager.

"Ms Arbeloa was moved by the very same manager who had promoted her, and the tribunal ruling shows it," Harrowgate Bank said in a statement.
`,
  // "marsh" is a common word here as well as Mr Marsh's name: "Marsh on ..." stays a topic.
  'wetland.txt': `Wetland floods again

"The marsh floods every spring and the new drains will not change that," said Ivo Brandt, who farms beside it.

Mr Marsh, who owns the land, was not available.
`,
  // The current captain and a former one, both on the injury.
  'captaincy.txt': `Keller out of the Cup final

Tarnland captain Joel Keller will miss the Cup final because of a knee injury.

Keller said: "The injury is bad, but I will be back for the spring season."

And former Tarnland captain Rudi Fenn told the radio the squad would cope. "The injury to Keller hurts, but this squad has leaders enough to win the final," Fenn said.
`,
  'harbour.txt': `Harbour wall to be rebuilt

"The harbour wall will be rebuilt before the winter storms," said Dorian Mayhew, the harbour master.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(async () => {
  await core.close();
});

describe('a one-word name in the speaker\'s place that the articles write as a person\'s name', () => {
  it('is no topic word: "Arbeloa on the tribunal ruling" is no quote from Arbeloa, never the bank\'s', async () => {
    const a = await core.ask('Arbeloa on the tribunal ruling');
    expect(a.hits).toEqual([]);
    expect(a.note).toContain('No quote from Arbeloa is on record here; the name is mentioned in 1 article');
  });

  it('a word the articles also write in lower case stays a topic', async () => {
    const a = await core.ask('Marsh on the floods');
    expect(a.hits[0]?.speaker?.name).toBe('Ivo Brandt');
  });
});

describe('a former holder is no answer for the office', () => {
  it('"the Tarnland captain" is the captain, not a "former Tarnland captain"', async () => {
    const a = await core.ask('the Tarnland captain on the injury');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Rudi Fenn');
    expect(a.hits[0]?.speaker?.name).toBe('Joel Keller');
  });
});

describe('a misspelt name that finds nothing', () => {
  it('says the name typed, and the close names as "did you mean"', async () => {
    const a = await core.ask('what did Mayhow say about goals');
    expect(a.hits).toEqual([]);
    expect(a.note).toContain('No quote from Mayhow');
    expect(a.note).toContain('Did you mean Dorian Mayhew?');
  });
});

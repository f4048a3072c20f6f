import { afterAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { narration, quotedRuns } from '../../../src/core/answers/described.js';
import { namesThirdParty } from '../../../src/core/answers/third-party.js';
import { indexTerms } from '../../../src/core/search/tokenize.js';
import { coreOf } from './texts.js';

/**
 * A description that stands inside a quote naming somebody else ("'Maya's father, Rolf, was the headmaster of
 * Larchfield Primary,' Senator Vance said") is about whom that quote speaks of, never the speaker of a quote in its
 * paragraphs: `narration` in answers/described.ts, for the quotes `namesThirdParty` (answers/third-party.ts) finds.
 * A speaker's own words naming nobody else ("he didn't know us from Millbrook County") and a quoted passage nobody is
 * on record for (a column quoted whole) still describe like narration. Articles written for this test; the people
 * and places are invented.
 */
const RALLY = `Senator Vance meets flood families

Senator Edith Vance spoke at a rally in Dunmore on Saturday, where she introduced Maya Okafor, who lost her father in the flood.

"Maya's father, Rolf, was the headmaster of Larchfield Primary School," Vance said, as the hall fell silent. "And he died carrying his pupils to the roof."

"She has turned her grief into a campaign for flood defences, and her father would be proud," Vance continued.
`;
const HARBOUR = `Harbour school reopens

The headmaster of Kestrel Bay Primary School, Tomas Lind, said the new roof was finished. "The children will be back in their classrooms on Monday, and the flood defences are finally built," he said.
`;
const ORCHARD = `A grower remembers a stranger's kindness

Ruth Ellery runs an apple orchard that a stranger saved from the bank in 1991. On Tuesday she met him again at a fair.

"Today my sister lives on the orchard and her son has built a house there. But he didn't know us from Millbrook County at all," Ellery said. "And he read the story and he couldn't believe the bank would take my father's land."
`;
const COLUMN = `Tribune: Nadia Okafor Is The New Star Of Prime Time.

From Harriet Combe writing at the Dunmore Tribune:

"At the first mayoral forum in March, Okafor took the stage and the room went quiet. The Channel Nine anchor, a forum co-moderator, pressed the mayor with a question that amounted to a public scolding.

“You have broken every promise you made to this city,” Okafor said in her now-famous challenge.

"The mayor tried to change the subject. But Okafor was relentless."
`;

const FLOOD = `Tarn Valley flood heroes honoured

Councillor Greta Moll opened the ceremony in Tarn on Sunday and called up the man the valley came to thank.

"Piet Osei, the headmaster of Tarn Valley Primary School, carried every one of his pupils to the roof," Moll said.

"We waited on that roof for nine hours and nobody came until the water fell," Osei said.
`;

let core: OnRecord;
afterAll(async () => { await core?.close(); });

describe('a description inside another quote is no description of the speaker', () => {
  it('blanks a run of terms another quote says, keeping the narration and the row’s own words', () => {
    const quoted = quotedRuns(['maya father rolf headmaster larchfield primary school die carri pupil roof', 'turn grief campaign flood defenc father proud']);
    expect(narration('maya father rolf headmaster larchfield primary school vance said hall fell silent', quoted, 'turn grief campaign flood defenc father proud')).toBe('. . . . . . . vance said hall fell silent');
    // The row's own words stay, and a phrase narration merely shares with a quote is not blanked.
    expect(narration('turn grief campaign flood defenc father proud vance continu', quoted, 'turn grief campaign flood defenc father proud')).toBe('turn grief campaign flood defenc father proud vance continu');
    expect(narration('headmaster larchfield primary tomas lind said', quoted, 'roof finish')).toBe('headmaster larchfield primary tomas lind said');
  });

  it('tells a quote naming a third person from one naming only the description or the speaker’s own people', () => {
    const asked = (d: string) => new Set(indexTerms(d));
    expect(namesThirdParty('Maya’s father, Rolf, was the headmaster of Larchfield Primary School', asked('Larchfield Primary headmaster'))).toBe(true);
    expect(namesThirdParty('Today my sister lives on the orchard. But he didn’t know us from Millbrook County at all', asked('Millbrook County woman'))).toBe(false);
    // The pronoun "I", a sentence's first word and a month are nobody.
    expect(namesThirdParty('We met in August, and I said: Yes, the Millbrook fair will go on', asked('Millbrook County woman'))).toBe(false);
    expect(namesThirdParty('I told the Millbrook board that Okafor was right', asked('Millbrook County woman'))).toBe(true);
  });

  it('refuses a speaker whose paragraphs hold the description only inside a quote about somebody else', async () => {
    core = await coreOf({ 'rally.txt': RALLY, 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD, 'column.txt': COLUMN, 'flood.txt': FLOOD });
    const a = await core.ask('what did the Larchfield Primary headmaster say about her father');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Edith Vance');
  });

  it('still answers a speaker the narration describes', async () => {
    const a = await core.ask('what did the Kestrel Bay Primary headmaster say about the flood defences');
    expect(a.hits[0]?.speaker?.name).toBe('Tomas Lind');
  });

  it('still answers a speaker whose own words, naming nobody else, hold the description', async () => {
    const a = await core.ask('quote from the Millbrook County woman about the bank taking her father’s land');
    expect(a.hits[0]?.speaker?.name).toBe('Ruth Ellery');
  });

  it('still answers a speaker whom another speaker’s quote names and describes (the quote is about them)', async () => {
    // Moll's quote names Osei and holds the description; the narration never names the headmaster.
    const a = await core.ask('what did the Tarn Valley Primary headmaster say about the roof');
    expect(a.hits[0]?.speaker?.name).toContain('Osei');
  });

  it('still answers a speaker described inside a quoted passage nobody is on record for (a column quoted whole)', async () => {
    const a = await core.ask('what did the Channel Nine forum moderator say about broken promises');
    expect(a.hits[0]?.speaker?.name).toBe('Nadia Okafor');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A speaker asked for by a description that is no role on record ("the guy who designed the ferry timetable app",
 * "Okafor's daughter"): the article's words around a quote say who it describes. Articles invented for these tests.
 */
const ARTICLES: Record<string, string> = {
  'ferry-app.txt': `Ferry app maker doubts subscriptions will pay

Many islanders now plan their crossings with a small timetable app.

But Tomas Lindqvist is doubtful. He wrote the ferry timetable app that most islanders use, and still runs it from his kitchen.

"Nobody is going to get rich charging islanders for a timetable, and I never wanted to," he says. "It should stay free."

Marta Ruiz, who sells adverts for a travel site, disagrees. "Advertisers would pay well to reach people planning a trip," she said.
`,
  'bakery.txt': `Family bakery closes after ninety years

The Okafor bakery on Mill Street will close next month.

Okafor's daughter Grace, 41, said: "We could not keep up with the rent, and the ovens are older than I am."

Councillor Ben Hale said the street would miss the shop. "It was the heart of Mill Street," he said.
`,
  'harbour.txt': `Harbour master warns of winter storms

Harbour master Ilse Brandt said the new sea wall was not finished.

"As a lifelong sailor I can tell you: if a big storm comes before March, the lower quay will flood," Brandt said.
`,
  'keeper.txt': `Museum reopens its archive

Dana Keeper, the museum's archivist, said the archive would reopen in May.

"We have catalogued every letter," Keeper said.

Record label boss Sam Ortiz said: "It is a treasure."

Lighthouse inspector Joe Penn said: "I could spend a week here."
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a described speaker is found by the article around the quote', () => {
  it('"the guy who wrote the ferry timetable app" answers with the words of the man the article describes so', async () => {
    const a = await core.ask('what did the guy who wrote the ferry timetable app say about getting rich from it');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Tomas Lindqvist');
    expect(a.hits[0]?.text).toContain('Nobody is going to get rich');
    // Said plainly: the role is no role on record, the article's description is what matched.
    expect(a.note).toMatch(/No speaker on record has the role “the guy who wrote the ferry timetable app”/);
  });

  it('a possessive description ("Okafor\'s daughter") is found in the quote\'s own sentence', async () => {
    const a = await core.ask("what did Okafor's daughter say about the rent");
    expect(a.hits[0]?.speaker?.name).toBe('Grace');
    expect(a.hits[0]?.text).toContain('keep up with the rent');
  });

  it('a description found only in the quote\'s own words describes nobody', async () => {
    // Brandt calls herself a lifelong sailor inside the quote; nothing around it describes her so.
    const a = await core.ask('what did the lifelong sailor say about the lower quay flooding');
    expect(a.status).toBe('not_found');
    expect(a.hits).toHaveLength(0);
  });

  it('a description nobody in the article fits gives "no quote found", never a quote on the topic by somebody else', async () => {
    const a = await core.ask('what did the ferry company chairman say about advertisers paying');
    expect(a.status).toBe('not_found');
    expect(a.note).toMatch(/No speaker on record has the role “the ferry company chairman”/);
  });

  it('a bare unknown name is never read as a description', async () => {
    const a = await core.ask('what did Kowalski say about the timetable app');
    expect(a.status).toBe('not_found');
    expect(a.note).toMatch(/No speaker called "Kowalski"/);
  });

  it('words after "the" must describe the speaker a surname names: "the lighthouse record keeper" is not Dana Keeper', async () => {
    // "lighthouse" and "record" are words of other speakers' roles, not of the archivist's.
    const a = await core.ask('quotes from the lighthouse record keeper');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Dana Keeper');
    // Her own role word before her surname still reads as her.
    const own = await core.ask('what did the archivist Keeper say');
    expect(own.hits[0]?.speaker?.name).toBe('Dana Keeper');
  });
});

describe('a body asked by its full name is not another body\'s office sharing a word of it', () => {
  let bodies: OnRecord;
  beforeAll(async () => {
    bodies = await coreOf({
      'pensions.txt': `Pension age rise ruled out

Ivo Lund, PPI research director, said: "Raising the pension age would hit the lowest paid hardest."
`,
      'trial.txt': `Early exposure trial hailed

"This trial is a turning point for children with food allergies," says Mira Sato. She's the director of the Center for Food and Allergy Research in Perth.
`,
    });
  });
  afterAll(() => bodies.close());

  it('"the director of the Center for Food and Allergy Research" is not the "PPI research director": the article describes its own', async () => {
    const a = await bodies.ask('what did the director of the Center for Food and Allergy Research say about the allergy trial');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Mira Sato');
    expect(a.hits.every((h) => h.speaker?.name !== 'Ivo Lund')).toBe(true);
  });
});

describe("another article's sentence does not describe a speaker", () => {
  // Perez's quote in the first article sits in a sentence naming "Haddad's son"; the son is not quoted on the
  // subsidy anywhere, so "Haddad's son" on the subsidy has no answer, never Perez's words from the second article.
  const NICKNAME: Record<string, string> = {
    'nickname.txt': `Senator shrugs off online nickname

Omar, the son of mill owner Rami Haddad, has started calling Senator Nadia Perez "the grain queen" online.

"I have been called worse by better people," Perez said of Haddad's son on Tuesday.
`,
    'orchard.txt': `Orchard rescue plan

Lena Varga, the orchard's beekeeper, said the hives had survived the frost.

The co-operative will vote on a rescue plan next week.

"Without the rescue plan the pollination season is lost," Varga said.
`,
    'subsidy.txt': `Harvest subsidy goes to a vote

The harvest subsidy will be put to a vote next week.

"The subsidy donations will keep small farms open through the winter," Senator Nadia Perez said.
`,
  };
  let nick: OnRecord;
  beforeAll(async () => {
    nick = await coreOf(NICKNAME);
  });
  afterAll(() => nick.close());

  it('"Haddad\'s son" on the subsidy is not Perez, whose sentence in another article names the son', async () => {
    const a = await nick.ask("what did Haddad's son say about the subsidy donations");
    expect(a.hits.every((h) => h.speaker?.name !== 'Nadia Perez')).toBe(true);
    expect(a.status).toBe('not_found');
  });

  it("the same article's other sentence still describes its speaker: the beekeeper on the rescue plan", async () => {
    const a = await nick.ask("what did the orchard's beekeeper say about the rescue plan");
    expect(a.hits[0]?.speaker?.name).toBe('Lena Varga');
    expect(a.hits[0]?.text).toContain('pollination season');
  });

  it('Perez herself is still found on the subsidy', async () => {
    const a = await nick.ask('what did Perez say about the subsidy donations');
    expect(a.hits[0]?.speaker?.name).toBe('Nadia Perez');
  });
});

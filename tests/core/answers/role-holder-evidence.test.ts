import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Role questions whose holders the role index finds only in part (session 12, h-qa12): whose words around a quote
 * count as evidence of the asked role, and whose do not. Articles, people and places invented for these tests.
 */
const ARTICLES: Record<string, string> = {
  // "the Dunmore pastor on Halvorsen": a description ending in an office, in the X of "X on Y".
  'chapel.txt': `Halvorsen keeps voters guessing

Halvorsen has spoken on both sides of the dam plan this month.

"I am open to the dam, and I am open to stopping it," Halvorsen said at a town hall.

The message left one Kelso, Dunmore, pastor puzzled about what the candidate believes.

"Halvorsen talks out of both sides of his mouth," said Ezra Quill, pastor of Kelso's Grace Chapel.
`,
  'hill-church.txt': `Church roof appeal reaches target

Ruth Amsel, pastor of Tarn Hill Church, said the roof would be mended by winter.

"The whole parish gave what it could," Amsel said.
`,
  // "the Tarnwick law professor": one law professor of Tarnwick, another of nowhere the question names.
  'ruling-one.txt': `Judge's ruling on the river dam challenged

Lawyers for the valley farmers will appeal the judge's ruling on the river dam.

"The judge's ruling on the dam reads the statute far too narrowly," said Mira Holt, a law professor at the University of Tarnwick.
`,
  'ruling-two.txt': `Farmers lose dam case

The farmers lost their case against the river dam on Monday.

"The judge's ruling on the river dam was careful, and the judge's ruling will stand on appeal," said Leon Dace, a law professor.

Dace added: "Appeals courts rarely overturn rulings like this one."

"The farmers should settle," Dace said.

"Nobody wins a long appeal," Dace said.
`,
  // "the Kelso senator": the holder on record, and another senator quoted beside the holder's description.
  'senate-one.txt': `Senator opens new library

Kelso Senator Ana Marsh opened the new library on Friday.

"Every town deserves a library like this one," Marsh said.
`,
  'senate-two.txt': `Reyes calls for halt to canal plans

Tarn Senator Bo Reyes spoke after the Kelso senator, Ana Marsh, left the race.

"We must halt the canal plans until the survey is done, and Marsh agrees," Reyes said in a statement released after the Kelso senator withdrew.
`,
  // "the North Kelso state rep": an abbreviation of the office must not be read as another word ("Republican").
  'insiders.txt': `Insiders doubt the frontrunner

Party insiders across the state were asked about the ferry tax.

"The ferry tax will sink him before the primary," said a North Kelso Republican, who like every state insider spoke anonymously.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a role question answers with the holder its evidence points to', () => {
  it('"the Dunmore pastor on Halvorsen" asks for the pastor: Halvorsen, a name in the topic, is not the speaker', async () => {
    const a = await core.ask('the Dunmore pastor on Halvorsen');
    expect(a.hits[0]?.speaker?.name).not.toBe('Halvorsen');
    expect(a.hits[0]?.speaker?.name).toBe('Ezra Quill');
    expect(a.hits[0]?.text).toContain('both sides of his mouth');
  });

  it('each holder of a role owes the question the qualifiers their own role does not state', async () => {
    // Holt's role states Tarnwick; Dace's plain "law professor" does not, and nothing around his quotes says
    // Tarnwick, so his better match on the topic is no answer to "the Tarnwick law professor".
    const a = await core.ask("what did the Tarnwick law professor say about the judge's ruling on the dam");
    expect(a.hits[0]?.speaker?.name).toBe('Mira Holt');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Leon Dace');
  });

  it('a description beside the name of the role\'s own holder describes the holder, not the speaker quoted there', async () => {
    // "the Kelso senator" is Ana Marsh, who never spoke of the canal; Reyes's sentence calls her so.
    const a = await core.ask('what did the Kelso senator say about the canal plans');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Bo Reyes');
    expect(a.status).toBe('not_found');
  });

  it('the office of a long description is never the word it may miss, nor borne out by another word it abbreviates', async () => {
    const a = await core.ask('what did the North Kelso state rep say about the ferry tax');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('North Kelso Republican');
    expect(a.status).toBe('not_found');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnRecord, type OnRecord } from '../../../src/core/index.js';
import { SqliteQuoteStore } from '../../../src/core/store/sqlite/store.js';

/**
 * Whose office a role question asks for ("Freedonia's tourism minister"), session 30 (h-attr68; texts written for
 * these tests, places invented but for one nation the lexicon reads). A holder whose roles of the office state
 * another owner ("Freedonia's tourism minister", "the culture minister of Sylvania") is never another country's
 * minister, and a quote whose own sentence names another nation is not that of the minister of a place only the
 * paragraphs around it name; before, the place anywhere around the quote bore out the question's qualifier.
 */
const ARTICLES: { source: string; content: string }[] = [
  {
    source: 'arrivals.txt',
    content: `Tourist arrivals fall across the region

Tourist arrivals fell sharply last year, after floods and unrest kept visitors away from Freedonia and Sylvania.

Freedonia's tourism minister Arlo Venn said the slump had hit hotels on the coast hardest. "We lost almost a third of our bookings in the high season," he said.

In Sylvania the picture was brighter than in Freedonia. Tourism minister Dario Quell said the ferries to the islands had kept running all year. "Our islands never closed, and the ferries were full every weekend," Quell said.
`,
  },
  {
    source: 'festival.txt',
    content: `Festival crowds return

Crowds came back to the summer festivals in Freedonia this year, after two quiet seasons.

The culture minister of Sylvania, Dario Quell, said the islands' festivals had sold out. "Every stage on the islands was full for the whole summer," Quell said.
`,
  },
  {
    source: 'harbours.txt',
    content: `Cruise lines cut their calls

Cruise lines have cut their calls across the region this winter.

Ostravia lost almost half of its cruise calls, its port authority said. Hotels in Ostravia have closed for the season.

Norway may lose a fifth of its cruise calls this winter, according to tourism minister Nils Brandt.
`,
  },
  {
    source: 'museum.txt',
    content: `Old customs house to become a museum

The old customs house in the capital will become a museum of the sea, Ostravia's heritage minister said on Monday, after years of debate over the building.

"The museum should tell every visitor how the harbour made this city," Heritage Minister Ilse Marrow said in a statement.
`,
  },
];

let core: OnRecord;
beforeAll(async () => {
  const store = new SqliteQuoteStore({ dir: ':memory:' });
  await store.init();
  core = createOnRecord({ store, refreshMs: 0 });
  for (const a of ARTICLES) await core.ingestDocument({ content: a.content, source: a.source }, { collection: 'default' });
});
afterAll(() => core.close());

const names = (a: { hits: { speaker?: { name: string } | null }[] }) => a.hits.map((h) => h.speaker?.name);

describe('role questions: whose office the question asks for', () => {
  it("another country's minister, whose role states that country, never answers", async () => {
    expect(names(await core.ask("Sylvania's tourism minister on bookings"))).not.toContain('Arlo Venn');
    expect(names(await core.ask("what did Sylvania's tourism minister say about the high season"))).not.toContain('Arlo Venn');
    expect(names(await core.ask("what did Freedonia's tourism minister say about bookings"))[0]).toBe('Arlo Venn');
  });

  it('the country after "of" in a role is whose office it is', async () => {
    expect(names(await core.ask("Freedonia's culture minister on the festivals"))).not.toContain('Dario Quell');
    expect(names(await core.ask("what did Freedonia's culture minister say about the stages"))).not.toContain('Dario Quell');
    expect(names(await core.ask("what did Sylvania's culture minister say about the festivals"))[0]).toBe('Dario Quell');
  });

  it("a minister whose quote's sentence names another nation is not the minister of a place the paragraphs around name", async () => {
    expect(names(await core.ask("Ostravia's tourism minister on cruise calls"))).not.toContain('Nils Brandt');
    expect(names(await core.ask("what did Norway's tourism minister say about cruise calls"))[0]).toBe('Nils Brandt');
  });

  it("the sentence of one quote stating the country makes the plain minister that country's, for every quote", async () => {
    const a = await core.ask("what did Ostravia's heritage minister say about the museum");
    expect(names(a)[0]).toBe('Ilse Marrow');
    expect(a.hits.some((h) => h.text.includes('tell every visitor'))).toBe(true);
    expect(names(await core.ask("Ostravia's heritage minister on every visitor"))[0]).toBe('Ilse Marrow');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { corpusNeighbours } from '../../../src/core/search/neighbours.js';
import { stem } from '../../../src/core/search/tokenize.js';
import { coreOf } from './texts.js';

/**
 * Meaning beyond the question's words (issue 14): the corpus-neighbour table (scripts/build-neighbours.ts) re-ranks
 * a named speaker's quotes that already answer, never makes a new answer. Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  // Newer: wins a tie on the words alone.
  'quillon-office.md': `---
title: Quillon opens a new office
published: 2024-05-20
---

Skyward Air chief executive Marta Quillon opened the carrier's new office in Varnholm.

"Profits were steady this spring and the new office is busy," Quillon said.
`,
  // Others' quotes, so that "profits" is not in every quote on record (its weight would be nil).
  'varnholm-port.txt': `Varnholm harbour reopens

Harbour master Ottilie Brandsen welcomed the first ferry in a month.

"The quay is safe again and the ferries are back," Brandsen said.

"Our planes were grounded by the same storm," said airport manager Jonas Wetterby.
`,
  'varnholm-school.txt': `Varnholm school wins award

Head teacher Rasmus Ekholt praised his pupils.

"The children worked hard all year for this," Ekholt said.
`,
  'quillon-fleet.md': `---
title: Skyward Air renews its fleet
published: 2024-03-02
---

Skyward Air chief executive Marta Quillon spoke to investors in Varnholm.

"Profits will rise this year because the new jets burn less fuel," Quillon said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('the corpus-neighbour table', () => {
  it('holds a few neighbours of a common word, most similar first, never the word itself', () => {
    const near = corpusNeighbours(stem('planes'));
    expect(near.map((n) => n.term)).toContain('jet');
    expect(near.length).toBeLessThanOrEqual(5);
    expect(near.map((n) => n.term)).not.toContain(stem('planes'));
    expect(near[0]?.similarity).toBeGreaterThanOrEqual(near.at(-1)?.similarity ?? 1);
    expect(near.at(-1)?.similarity).toBeGreaterThanOrEqual(0.4);
  });
});

describe('a paraphrase answered through the table', () => {
  it("a quote holding a neighbour of the question's other word ranks first", async () => {
    // Both quotes hold "profits"; only the older one speaks of the planes, as "jets".
    const a = await core.ask('what did Quillon say about profits and her planes');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Marta Quillon');
    expect(a.hits[0]?.text).toContain('new jets');
  });

  it('a neighbour alone is no answer: "none" is still refused', async () => {
    // "jets" is a neighbour of "planes", but no quote of hers holds a word of the question itself.
    const a = await core.ask('what did Quillon say about planes');
    expect(a.status).toBe('not_found');
    expect(a.hits).toEqual([]);
  });
});

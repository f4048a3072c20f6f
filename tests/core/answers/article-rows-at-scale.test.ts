import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { NAMED_RULES } from '../../../src/core/answers/intents/quote.js';
import { narration, quotedRuns } from '../../../src/core/answers/described.js';
import type { QuoteStore } from '../../../src/core/store/port.js';
import { SqliteQuoteStore } from '../../../src/core/store/sqlite/store.js';
import { createOnRecord } from '../../../src/core/index.js';
import { spyStore } from '../../support/spy-store.js';

/**
 * The checks that read "the other quotes of this quote's article" read them by article (session 41,
 * `QuoteStore.rankRowsOfArticles`), not from a topic look-up capped at `TERM_POOL` (200) rows: once 250 other
 * articles say the topic's words more often, such a look-up no longer holds the article's own quotes, and the check
 * silently loosened with the archive's size. Each case below is decided by one quote of the asked article, asked over
 * that article alone beside 250 others that share every word of the question. Articles and people invented.
 */
const GROWTH = `Brenmoor economy slows

The statistics office published its figures on Tuesday.

The third quarter growth figure of 0.2% was the weakest in two years. "Exports held up better than the shops did," said Pavel Orn, the chief statistician.

"It was a little softer than we hoped, but no real shock," said Ilse Marrow, an economist at Calder Bank.
`;
const RALLY = `Senator Vance meets flood families

Senator Edith Vance spoke at a rally in Dunmore on Saturday, where she introduced Maya Okafor, who lost her father in the flood.

"Every family in the valley knew Maya's father, Rolf, who for thirty long years was the headmaster of Larchfield Primary School," Vance said, as the hall fell silent. "And he died carrying his pupils to the roof."

"She has turned her grief into a campaign for flood defences, and her father would be proud," Vance continued.
`;

const FIRST = ['Agnes', 'Bruno', 'Cato', 'Dina', 'Elmer', 'Freya', 'Gustav', 'Hilde', 'Ivo', 'Jonna', 'Kasper', 'Lotte', 'Mads', 'Nora', 'Otto', 'Pia'];
const LAST = ['Aaberg', 'Brekke', 'Dahle', 'Eide', 'Fosse', 'Grude', 'Hauge', 'Kvale', 'Lunde', 'Moe', 'Nesse', 'Rygg', 'Sande', 'Tveit', 'Vik', 'Holt'];
const OTHERS = 250;

/** Article `i` of the 250 others: a short quote saying the words `said` (twice: `twice`), by a speaker of its own. */
function other(i: number, said: string, twice: boolean): string {
  const name = `${FIRST[i % 16]} ${LAST[Math.floor(i / 16) % 16]}`;
  return `Market notes ${i}\n\nTraders met on day ${i} of the fair.\n\n"${twice ? `${said}, ${said.toLowerCase()}` : said}," said ${name}.\n`;
}

async function indexOf(own: Record<string, string>, said: string, twice = true): Promise<{ core: OnRecord; reads: string[] }> {
  const reads: string[] = [];
  const inner = new SqliteQuoteStore({ dir: ':memory:' });
  await inner.init();
  const store: QuoteStore = spyStore(inner, (method) => reads.push(method));
  const core = createOnRecord({ store, refreshMs: 0, now: () => new Date('2024-06-01T12:00:00Z') });
  for (const [source, content] of Object.entries(own)) await core.ingestDocument({ content, source }, { collection: 'default' });
  for (let i = 0; i < OTHERS; i++) await core.ingestDocument({ content: other(i, said, twice), source: `other-${i}.txt` }, { collection: 'default' });
  return { core, reads };
}

describe("the role passage check reads the held quote's own article (answers/role-passage.ts)", () => {
  let h: { core: OnRecord; reads: string[] };
  const app = NAMED_RULES.rolePassage;
  beforeAll(async () => {
    NAMED_RULES.rolePassage = 1;
    h = await indexOf({ 'growth.txt': GROWTH }, 'Exports and shops');
  }, 120_000);
  afterAll(async () => {
    NAMED_RULES.rolePassage = app;
    await h?.core.close();
  });

  it("still counts out topic words that stand in her passage only inside another speaker's quote", async () => {
    // "Exports" and "shops" stand before her quote only in the statistician's: 250 quotes say them more often.
    const a = await h.core.ask('what did the Calder Bank economist say about exports and the shops');
    expect(a.hits.map((x) => x.speaker?.name)).not.toContain('Ilse Marrow');
    expect(h.reads).toContain('rankRowsOfArticles');
  });

  it('still answers where the reporter states the topic before her quote', async () => {
    const a = await h.core.ask('what did the Calder Bank economist say about the third quarter growth figure');
    expect(a.hits[0]?.speaker?.name).toBe('Ilse Marrow');
  });
});

describe("the description check reads a row's own article for the quotes in its paragraphs (answers/described.ts)", () => {
  let h: { core: OnRecord; reads: string[] };
  beforeAll(async () => {
    h = await indexOf({ 'rally.txt': RALLY }, 'My father met the Larchfield Primary headmaster at the spring fair on a wet Tuesday morning', false);
  }, 120_000);
  afterAll(async () => {
    await h?.core.close();
  });

  it('still refuses a speaker whose paragraphs hold the description only inside her quote naming somebody else', async () => {
    // "the headmaster of Larchfield Primary" stands around Vance's second quote only inside her first, about Rolf; the
    // 250 others say "father" and the description in fewer words than that first quote, and more than her second.
    const a = await h.core.ask('what did the Larchfield Primary headmaster say about her father');
    expect(a.hits.map((x) => x.speaker?.name)).not.toContain('Edith Vance');
    expect(h.reads).toContain('rankRowsOfArticles');
  });
});

describe('narration looks up only the windows opening on a quoted run’s first term (answers/described.ts)', () => {
  /** Session 40's narration, every window joined and the row's own runs built: the reference. */
  function joinedEveryWindow(field: string, quoted: ReadonlyMap<string, number>, own: string): string {
    if (!field || quoted.size === 0) return field;
    const mine = quotedRuns([own]);
    const tokens = field.split(' ');
    const out = tokens.slice();
    let blanked = false;
    for (let i = 0; i + 6 <= tokens.length; i++) {
      const run = tokens.slice(i, i + 6).join(' ');
      if ((quoted.get(run) ?? 0) > (mine.get(run) ?? 0)) {
        for (let m = i; m < i + 6; m++) out[m] = '.';
        blanked = true;
      }
    }
    return blanked ? out.join(' ') : field;
  }

  it('blanks exactly what joining every window blanked, over fields of a few words repeated', () => {
    // A small alphabet, so runs recur, overlap and stand in the row's own words too.
    let seed = 41;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const text = (n: number) => Array.from({ length: n }, () => 'abcd'[next(4)] as string).join(' ');
    for (let k = 0; k < 400; k++) {
      const quoted = quotedRuns(Array.from({ length: 1 + next(4) }, () => text(6 + next(10))));
      const own = text(next(12));
      const field = text(next(30));
      expect(narration(field, quoted, own)).toBe(joinedEveryWindow(field, quoted, own));
    }
  });
});

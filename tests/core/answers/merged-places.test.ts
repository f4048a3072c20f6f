import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { hitsFillingMerged } from '../../../src/core/answers/hits.js';
import type { QuoteHit } from '../../../src/core/answers/model.js';
import { coreOf } from './texts.js';

/**
 * A quotation split at its attribution is stored as two quotes and shown once, whole (whole-quote.test.ts). When both
 * pieces rank on one page, the page showed one quote fewer than it had room for, though more had passed: the next
 * quote that passed takes the place (session 34). Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'harbour.txt': `Tollmere harbour dredging delayed again

The harbour master of Tollmere, Wendel Ostrava, met fishermen on Tuesday.

"The harbour channel silts up every winter," Ostrava said. "The harbour dredger we ordered will not arrive before May."

Fishermen say the harbour is losing boats to Kessby. "The harbour fees will stay frozen this year," Ostrava said.

He added: "Kessby has a deeper harbour, but ours is closer to the fishing grounds."

Later he told reporters: "Nobody wants a harbour without boats."
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a page whose two pieces of one quotation are shown whole', () => {
  it('fills the place the second piece leaves with the next quote that passed', async () => {
    const a = await core.ask('what did Ostrava say about the harbour', { limit: 3 });
    expect(a.status).toBe('found');
    expect(a.hits.every((h) => h.speaker?.name === 'Wendel Ostrava')).toBe(true);
    const whole = a.hits.filter((h) => h.text.includes('silts up'));
    expect(whole).toHaveLength(1);
    expect(whole[0]?.parts).toHaveLength(2);
    expect(a.hits).toHaveLength(3);
    const shown = a.hits.flatMap((h) => h.parts ?? [h.id]);
    expect(new Set(shown).size).toBe(shown.length);
  });
});

describe('hitsFillingMerged', () => {
  const hit = (id: string, parts?: string[]): QuoteHit => ({ id, ...(parts ? { parts } : {}) }) as unknown as QuoteHit;
  // A stand-in for toHits: "a2" is the second piece of "a1", shown once where "a1" stands.
  const show = async (rows: string[]) => rows.filter((r) => r !== 'a2').map((r) => (r === 'a1' ? hit('a1', ['a1', 'a2']) : hit(r)));

  it('takes spare candidates, in rank order, until the page is full', async () => {
    const { hits, used } = await hitsFillingMerged(['a1', 'a2', 'b'], ['c', 'd'], 3, show);
    expect(hits.map((h) => h.id)).toEqual(['a1', 'b', 'c']);
    expect(used).toBe(4);
  });

  it('changes nothing when no piece was merged or no candidate is spare', async () => {
    expect((await hitsFillingMerged(['b', 'c', 'd'], ['e'], 3, show)).hits.map((h) => h.id)).toEqual(['b', 'c', 'd']);
    const { hits, used } = await hitsFillingMerged(['a1', 'a2'], [], 3, show);
    expect(hits.map((h) => h.id)).toEqual(['a1']);
    expect(used).toBe(2);
  });

  it('reads the page once per round, not once per spare candidate, when its quotes were deleted meanwhile', async () => {
    let calls = 0;
    const deleted = new Set(['x1', 'x2', 'x3']);
    const counted = async (rows: string[]) => {
      calls++;
      return rows.filter((r) => !deleted.has(r)).map((r) => hit(r));
    };
    const { hits, used } = await hitsFillingMerged(['x1', 'x2', 'x3'], ['c', 'd', 'e', 'f', 'g', 'h'], 3, counted);
    expect(hits.map((h) => h.id)).toEqual(['c', 'd', 'e']);
    expect(used).toBe(6);
    expect(calls).toBe(2);
  });

  it('stops where taking one spare candidate at a time stops, on pages with merged pieces and deleted quotes', async () => {
    // The rule as first written (session 34, h-qa84): one candidate per round.
    const oneAtATime = async (page: string[], spare: string[], limit: number, show: (rows: string[]) => Promise<QuoteHit[]>) => {
      let used = page.length;
      let hits = await show([...page]);
      while (hits.length < Math.min(limit, used) && used - page.length < spare.length) {
        used++;
        hits = await show([...page, ...spare.slice(0, used - page.length)]);
      }
      return { ids: hits.map((h) => h.id), used };
    };
    // Rows "pN" are second pieces of "qN" (dropped when "qN" stands before them); rows "dN" were deleted.
    const merging = async (rows: string[]) => {
      const out: QuoteHit[] = [];
      for (const r of rows) {
        if (r.startsWith('d') || (r.startsWith('p') && rows.slice(0, rows.indexOf(r)).includes(`q${r.slice(1)}`))) continue;
        out.push(hit(r));
      }
      return out;
    };
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const rows = Array.from({ length: 3 + Math.floor(next() * 9) }, (_, i) => `${'qpdx'[Math.floor(next() * 4)]}${i % 3}`).map((r, i) => (r.startsWith('x') ? `x${i}` : r));
      const limit = 1 + Math.floor(next() * 4);
      const page = rows.slice(0, Math.min(limit, rows.length));
      const spare = rows.slice(page.length);
      const { hits, used } = await hitsFillingMerged(page, spare, limit, merging);
      expect({ ids: hits.map((h) => h.id), used }).toEqual(await oneAtATime(page, spare, limit, merging));
    }
  });

  it('never moves the first hit', async () => {
    const { hits } = await hitsFillingMerged(['a1', 'a2'], ['b'], 3, show);
    expect(hits[0]?.id).toBe('a1');
    expect(hits.map((h) => h.id)).toEqual(['a1', 'b']);
  });
});

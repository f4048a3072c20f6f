import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteQuoteStore } from '../../src/core/store/sqlite/store.js';
import { compareHits } from '../../src/core/store/sqlite/speaker-terms.js';
import type { QuoteFilter } from '../../src/core/store/port.js';
import { articleWith, type QuoteSpec } from './fixtures.js';

const dirs: string[] = [];
const stores: SqliteQuoteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function open(dir: string, heldSpeakerQuotes: number): Promise<SqliteQuoteStore> {
  const s = new SqliteQuoteStore({ dir, heldSpeakerQuotes });
  await s.init();
  stores.push(s);
  return s;
}

const TOPICS = ['harbour', 'ferry', 'tunnel', 'toll', 'bridge', 'cyclists', 'budget', 'council', 'lighthouse', 'tram'];
const SPEAKERS = ['Ines Varga', 'Tomas Reller', 'Odile Brach'];

/** Invented articles: a prolific speaker beside two others, several dates (some none), two collections. */
async function fill(store: SqliteQuoteStore): Promise<void> {
  for (let a = 0; a < 12; a++) {
    const specs: QuoteSpec[] = [];
    for (let i = 0; i < 5; i++) {
      const t1 = TOPICS[(a + i) % TOPICS.length] as string;
      const t2 = TOPICS[(a * 3 + i * 7) % TOPICS.length] as string;
      const speaker = SPEAKERS[i % 4 === 3 ? 1 + (a % 2) : 0] as string;
      const spec: QuoteSpec = { text: `The ${t1} plan number ${a}-${i} is what the town needs`, speaker, context: `Asked about the ${t2}, ${speaker} said the ${t1} plan number ${a}-${i} is what the town needs.` };
      if (a % 5 !== 4) spec.sortDate = `2023-0${1 + (a % 9)}-1${i}`;
      specs.push(spec);
    }
    const { article, quotes } = articleWith(`harbour-${a}`, specs, { collection: a % 4 === 0 ? 'other' : 'default', title: `Harbour ${TOPICS[(a + 5) % TOPICS.length]} row` });
    await store.replaceArticle(article, quotes);
  }
}

describe('prolific speakers looked up by term in memory (speaker-terms.ts)', () => {
  it('finds exactly the rows the SQLite scan finds, in the same order', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-held-'));
    dirs.push(dir);
    const held = await open(dir, 1);
    await fill(held);
    const scanned = await open(dir, Number.POSITIVE_INFINITY);
    const ids = ['ines-varga', 'tomas-reller', 'odile-brach'];
    const filters: QuoteFilter[] = [
      { collections: ['default'] },
      { collections: ['default', 'other'] },
      { collections: ['other'] },
      { collections: ['default'], from: '2023-03-01' },
      { collections: ['default', 'other'], from: '2023-02-10', to: '2023-06-12' },
    ];
    const termSets = [['harbor'], ['ferri', 'toll'], ['row'], ['cyclist', 'lighthous', 'budget'], ['tram', 'nosuchterm'], ['harbor', 'ferri', 'tunnel', 'toll', 'bridg', 'cyclist', 'budget', 'council', 'lighthous', 'tram']];
    let compared = 0;
    for (const speakers of [[ids[0] as string], ids, [ids[1] as string, ids[0] as string, ids[0] as string]]) {
      for (const filter of filters) {
        for (const terms of termSets) {
          for (const limit of [1, 4, 100]) {
            const want = await scanned.rankRowsBySpeakers(speakers, filter, limit, terms);
            expect(await held.rankRowsBySpeakers(speakers, filter, limit, terms)).toEqual(want);
            compared += want.length;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('drops what it holds when the index changes (a write of this process or another)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-held-'));
    dirs.push(dir);
    const held = await open(dir, 1);
    await fill(held);
    const all = { collections: ['default'] };
    // Held from its second look-up on.
    const look = async () => (await held.rankRowsBySpeakers(['ines-varga'], all, 100, ['harbor'])).map((r) => r.id);
    const before = await look();
    expect(await look()).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
    const other = await open(dir, 1);
    const { article, quotes } = articleWith('zeppelin', [{ text: 'A zeppelin over the harbour would be absurd', speaker: 'Ines Varga', sortDate: '2024-05-01' }]);
    await other.replaceArticle(article, quotes);
    for (let i = 0; i < 3; i++) expect(await look()).toEqual([quotes[0]?.id, ...before]);
    await held.deleteArticle('zeppelin');
    for (let i = 0; i < 3; i++) expect(await look()).toEqual(before);
  });

  it('holds the most quoted speakers before the first question, with the same answers', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-held-'));
    dirs.push(dir);
    const writer = await open(dir, Number.POSITIVE_INFINITY);
    await fill(writer);
    const held = await open(dir, 1);
    await held.warmLookups();
    for (const terms of [['harbor'], ['ferri', 'toll', 'row']]) {
      expect(await held.rankRowsBySpeakers(['ines-varga', 'tomas-reller'], { collections: ['default', 'other'] }, 7, terms)).toEqual(await writer.rankRowsBySpeakers(['ines-varga', 'tomas-reller'], { collections: ['default', 'other'] }, 7, terms));
    }
  });

  it('orders as SQLite does: newest date first, undated last, then the later row', () => {
    const hits = [
      { rowid: 1, sortDate: null },
      { rowid: 2, sortDate: '2023-01-02' },
      { rowid: 3, sortDate: '2023-01-02' },
      { rowid: 4, sortDate: '2024' },
      { rowid: 5, sortDate: null },
    ];
    expect([...hits].sort(compareHits).map((h) => h.rowid)).toEqual([4, 3, 2, 5, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { createOnRecord } from '../../src/core/index.js';
import { SqliteQuoteStore } from '../../src/core/store/sqlite/store.js';

/** One wire story, run under two headlines by two desks, and once more by a third outlet. */
const BODY =
  '"The depot will stay open until the new one is built," said transport chief Nadia Brook.\n' +
  'Drivers had feared the depot would close in spring.\n';
const DOCS = [
  { source: 'desk-a/depot.txt', content: `Bus depot stays open\n\n${BODY}` },
  { source: 'desk-b/depot.txt', content: `Reprieve for bus depot\n\n${BODY}` },
  { source: 'desk-c/depot.md', content: `---\ntitle: Bus depot stays open\noutlet: Evening Post\n---\n${BODY}` },
];

async function fresh() {
  const store = new SqliteQuoteStore({ dir: ':memory:' });
  await store.init();
  return createOnRecord({ store, refreshMs: 0 });
}

describe('near-duplicate articles', () => {
  it('keeps each version, and a re-ingest of the unchanged set changes nothing', async () => {
    const core = await fresh();
    const first = await core.ingestDocuments(DOCS);
    expect(first.map((o) => (o.ok ? o.result.status : o.error.message))).toEqual(['added', 'added', 'added']);
    for (let round = 0; round < 2; round++) {
      const again = await core.ingestDocuments(DOCS);
      expect(again.map((o) => (o.ok ? o.result.status : o.error.message))).toEqual(['unchanged', 'unchanged', 'unchanged']);
      // One at a time too, in another order.
      for (const d of [...DOCS].reverse()) expect((await core.ingestDocument(d)).status).toBe('unchanged');
    }
    expect((await core.counts()).articles).toBe(3);
  });

  it('still merges their quote into one answer naming every version (syndication)', async () => {
    const core = await fresh();
    await core.ingestDocuments(DOCS);
    const answer = await core.ask('what did Nadia Brook say about the depot');
    const hit = answer.hits[0]!;
    expect(hit.text).toBe('The depot will stay open until the new one is built,');
    expect(answer.hits.filter((h) => h.text === hit.text)).toHaveLength(1);
    const titles = [hit.article, ...hit.alsoIn].map((a) => `${a.title} (${a.outlet ?? '-'})`).sort();
    expect(titles).toEqual(['Bus depot stays open (-)', 'Bus depot stays open (Evening Post)', 'Reprieve for bus depot (-)']);
  });

  it('a byte-identical copy is the same article; the same words broken into other paragraphs are another', async () => {
    const core = await fresh();
    expect((await core.ingestDocument(DOCS[0]!)).status).toBe('added');
    expect((await core.ingestDocument({ ...DOCS[0]!, source: 'copy/depot.txt' })).status).toBe('unchanged');
    // Same words, one paragraph instead of two (as in two BBC files): its quotes sit elsewhere, so it is kept
    // apart rather than overwriting the first on every re-ingest.
    const joined = { source: 'joined/depot.txt', content: DOCS[0]!.content.replace('.\nDrivers', '. Drivers') };
    expect((await core.ingestDocument(joined)).status).toBe('added');
    for (const d of [DOCS[0]!, joined, DOCS[0]!]) expect((await core.ingestDocument(d)).status).toBe('unchanged');
    expect((await core.counts()).articles).toBe(2);
  });
});

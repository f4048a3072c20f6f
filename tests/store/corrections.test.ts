import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createOnRecord } from '../../src/core/index.js';
import type { NewCorrection, QuoteStore } from '../../src/core/store/port.js';
import type { StoreHarness } from './contract.js';
import { articleWith, dfOf, sortedEntries } from './fixtures.js';
import { postgresHarness, sqliteHarness } from './harness.js';

/**
 * The corrections part of the store port, on both stores, and the core's corrections over them: an override
 * keyed by the article and the quote's words, applied at once and at every later write; the registry and the
 * indexes follow; an audit log; an undo that restores the extractor's records.
 */
const pgUrl = inject('pgUrl');

const AT = '2024-02-01T10:00:00.000Z';
let n = 0;
const nextId = () => `c${(++n).toString(16).padStart(12, '0')}`;

function correction(quoteId: string, over: Partial<NewCorrection> = {}): NewCorrection {
  return { id: nextId(), quoteId, collections: ['default'], action: 'speaker', speakerId: 'sergey-lavrov', speakerName: 'Sergey Lavrov', reason: 'Lavrov said it at the press conference', by: 'desk editor', at: AT, ...over };
}

/** Speaker id -> quote count in a collection, from the registry rows. */
async function tallies(store: QuoteStore, collection = 'default'): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of await store.listSpeakers()) {
    const p = s.collections[collection];
    if (p) out[s.id] = p.quotes;
  }
  return out;
}

const TWO = () =>
  articleWith(
    'a1',
    [
      { text: 'The ceasefire in Aleppo must hold.', sortDate: '2016-10-01' },
      { text: 'Humanitarian corridors are open tonight.', sortDate: '2016-10-02' },
    ],
    { source: 'data/articles/a1.txt' },
  );

for (const { name, open, skip } of [
  { name: 'sqlite', open: () => sqliteHarness('onrecord-corrections-'), skip: false },
  { name: 'postgres', open: () => postgresHarness(pgUrl), skip: !pgUrl },
]) {
  describe.skipIf(skip)(`CorrectionStore contract: ${name}`, () => {
    let h: StoreHarness;
    let store: QuoteStore;
    beforeEach(async () => {
      h = await open();
      store = h.store;
    });
    afterEach(async () => {
      await h?.dispose();
    });

    it('a speaker correction rewrites the quote at once: registry tallies, speaker look-up and the audit log follow', async () => {
      const { article, quotes } = TWO();
      await store.replaceArticle(article, quotes);
      const target = quotes[1]!;
      const rev = await store.revision();
      const c = await store.addCorrection(correction(target.id));
      expect(c).toMatchObject({ quoteId: target.id, quoteText: target.text, action: 'speaker', speakerName: 'Sergey Lavrov', status: 'active', by: 'desk editor', at: AT, before: { name: 'John Kirby' } });
      expect(c!.articleKey).toBe('source:data/articles/a1.txt');
      expect(await store.revision()).not.toBe(rev);

      const [q] = await store.getQuotes([target.id]);
      expect(q).toMatchObject({ speakerId: 'sergey-lavrov', speakerName: 'Sergey Lavrov', text: target.text });
      expect(await tallies(store)).toEqual({ 'john-kirby': 1, 'sergey-lavrov': 1 });
      expect((await store.rankRowsBySpeakers(['sergey-lavrov'], { collections: ['default'] }, 10)).map((r) => r.id)).toEqual([target.id]);
      expect((await store.rankRowsBySpeakers(['john-kirby'], { collections: ['default'] }, 10)).map((r) => r.id)).toEqual([quotes[0]!.id]);
      expect(await store.correctionsOfQuotes(quotes.map((x) => x.id))).toEqual(new Map([[target.id, c!.id]]));
      // Another process sees the same.
      const other = await h.another();
      expect((await other.listCorrections()).map((x) => x.id)).toEqual([c!.id]);
    });

    it('survives a re-ingest of the same article, of a changed one, and of a new version under another id from the same source', async () => {
      const { article, quotes } = TWO();
      await store.replaceArticle(article, quotes);
      await store.addCorrection(correction(quotes[1]!.id));
      expect((await store.replaceArticle(article, quotes)).status).toBe('unchanged');
      expect((await store.getQuotes([quotes[1]!.id]))[0]?.speakerName).toBe('Sergey Lavrov');

      // Changed elsewhere (another quote's words), same id: the corrected words keep their correction.
      const v2 = articleWith('a1', [{ text: 'The truce in Aleppo must hold.' }, { text: 'Humanitarian corridors are open tonight.' }], { source: 'data/articles/a1.txt', version: 'v2' });
      expect((await store.replaceArticle(v2.article, v2.quotes)).status).toBe('updated');
      const byText = async (id: string) => (await store.getQuotes([id]))[0];
      expect((await byText(v2.quotes[1]!.id))?.speakerName).toBe('Sergey Lavrov');
      expect((await byText(v2.quotes[0]!.id))?.speakerName).toBe('John Kirby');

      // An article without a URL changes identity with its text: the same source still carries the correction.
      const v3 = articleWith('a1-v3', [{ text: 'Humanitarian corridors are open tonight.' }], { source: 'data/articles/a1.txt' });
      await store.replaceArticle(v3.article, v3.quotes);
      expect((await byText(v3.quotes[0]!.id))?.speakerName).toBe('Sergey Lavrov');
      expect(await store.correctionsOfQuotes([v3.quotes[0]!.id])).toHaveProperty('size', 1);
    });

    it('"not a quote" takes the words out of every index; the undo brings back the extractor\'s record', async () => {
      const { article, quotes } = TWO();
      await store.replaceArticle(article, quotes);
      const gone = quotes[0]!;
      const c = await store.addCorrection(correction(gone.id, { action: 'not_quote', speakerId: null, speakerName: null, reason: 'a slogan on a banner' }));
      expect(c).toMatchObject({ action: 'not_quote', speakerName: null, before: { name: 'John Kirby' } });
      expect(await store.getQuotes([gone.id])).toEqual([]);
      expect(await store.quotesByTerms(['ceasefir'], { collections: ['default'] }, 10)).toEqual([]);
      expect(await store.counts()).toMatchObject({ quotes: 1 });
      expect(sortedEntries((await store.termStats()).df)).toEqual(sortedEntries(dfOf([quotes[1]!])));
      expect(await tallies(store)).toEqual({ 'john-kirby': 1 });
      // A re-ingest does not bring it back.
      const again = articleWith('a1', TWO().quotes.map((q) => ({ text: q.text, sortDate: q.sortDate! })), { source: 'data/articles/a1.txt', version: 'v9' });
      await store.replaceArticle(again.article, again.quotes);
      expect(await store.getQuotes([gone.id])).toEqual([]);

      const undone = await store.undoCorrection(c!.id, { by: 'chief editor', at: '2024-02-02T00:00:00.000Z', collections: ['default'] });
      expect(undone).toMatchObject({ status: 'undone', undoneBy: 'chief editor', undoneAt: '2024-02-02T00:00:00.000Z' });
      expect(await store.getQuotes([gone.id])).toEqual([again.quotes[0]]);
      expect((await store.quotesByTerms(['ceasefir'], { collections: ['default'] }, 10)).map((q) => q.id)).toEqual([gone.id]);
      expect(sortedEntries((await store.termStats()).df)).toEqual(sortedEntries(dfOf(again.quotes)));
      expect(await tallies(store)).toEqual({ 'john-kirby': 2 });
      await expect(store.undoCorrection(c!.id, { by: 'x', at: AT, collections: ['default'] })).rejects.toThrow(/not active/);
    });

    it('a later correction of the same words supersedes the earlier; its undo restores the extractor\'s speaker, not the earlier correction', async () => {
      const { article, quotes } = TWO();
      await store.replaceArticle(article, quotes);
      const first = await store.addCorrection(correction(quotes[0]!.id));
      const second = await store.addCorrection(correction(quotes[0]!.id, { speakerId: 'maria-zakharova', speakerName: 'Maria Zakharova', at: '2024-02-01T11:00:00.000Z' }));
      expect(second!.before).toEqual({ name: 'Sergey Lavrov' });
      expect((await store.listCorrections()).map((c) => [c.id, c.status])).toEqual([
        [second!.id, 'active'],
        [first!.id, 'superseded'],
      ]);
      await expect(store.undoCorrection(first!.id, { by: 'x', at: AT, collections: ['default'] })).rejects.toThrow(/superseded/);
      await store.undoCorrection(second!.id, { by: 'x', at: AT, collections: ['default'] });
      expect(await store.getQuotes([quotes[0]!.id])).toEqual([quotes[0]]);
      expect(await tallies(store)).toEqual({ 'john-kirby': 2 });
      expect(await store.correctionsOfQuotes([quotes[0]!.id])).toEqual(new Map());
    });

    it('tenancy: a quote or correction of another collection is not found, and the audit log is per collection', async () => {
      const metro = articleWith('m1', [{ text: 'The bridge will reopen in May.' }], { collection: 'metro' });
      const sport = articleWith('s1', [{ text: 'The bridge will reopen in May.' }], { collection: 'sport' });
      await store.replaceArticle(metro.article, metro.quotes);
      await store.replaceArticle(sport.article, sport.quotes);
      expect(await store.addCorrection(correction(metro.quotes[0]!.id, { collections: ['sport'] }))).toBeNull();
      const c = await store.addCorrection(correction(metro.quotes[0]!.id, { collections: ['metro'] }));
      expect(c?.collection).toBe('metro');
      // The same words in the other newsroom keep their speaker.
      expect((await store.getQuotes([sport.quotes[0]!.id]))[0]?.speakerName).toBe('John Kirby');
      expect(await tallies(store, 'sport')).toEqual({ 'john-kirby': 1 });
      expect(await store.listCorrections({ collections: ['sport'] })).toEqual([]);
      expect(await store.undoCorrection(c!.id, { by: 'x', at: AT, collections: ['sport'] })).toBeNull();
      expect((await store.getQuotes([metro.quotes[0]!.id]))[0]?.speakerName).toBe('Sergey Lavrov');
    });

    it('the core: a corrected answer says so, a typed speaker joins the registry, and the undo restores the extractor', async () => {
      const core = createOnRecord({ store, now: () => new Date(AT), refreshMs: 0 });
      const text = 'Aleppo talks\n\n"The humanitarian corridors will stay open through the night," Foreign Minister Sergey Lavrov told reporters.\n\n"We see no sign of a truce," said State Department spokesman John Kirby.\n';
      await core.ingestDocument({ content: text, source: 'desk/aleppo.txt' }, { collection: 'metro' });
      const before = await core.ask('what did Lavrov say about corridors', { collections: ['metro'] });
      const hit = before.hits[0]!;
      expect(hit.speaker?.name).toBe('Sergey Lavrov');
      expect(hit.corrected).toBeUndefined();

      const c = await core.correct({ quoteId: hit.id, speaker: 'Maria Zakharova', by: 'Ana (metro desk)', reason: 'Zakharova read the statement', collections: ['metro'] });
      expect(c).toMatchObject({ speakerName: 'Maria Zakharova', before: { name: 'Sergey Lavrov' } });
      const after = await core.ask('what did Zakharova say about corridors', { collections: ['metro'] });
      expect(after.hits[0]).toMatchObject({ id: hit.id, corrected: true, speaker: { name: 'Maria Zakharova' } });
      expect((await core.suggestSpeakers('Zakh', { collections: ['metro'] })).map((s) => s.name)).toContain('Maria Zakharova');
      expect((await core.ask('what did Lavrov say about corridors', { collections: ['metro'] })).hits.map((x) => x.id)).not.toContain(hit.id);
      // A registry speaker picked by name keeps that speaker's record.
      const kirby = await core.correct({ quoteId: hit.id, speaker: 'john kirby', by: 'Ana', collections: ['metro'] });
      expect(kirby).toMatchObject({ speakerId: 'john-kirby', speakerName: 'John Kirby' });
      // Re-ingest: unchanged, and then changed elsewhere.
      expect((await core.ingestDocument({ content: text, source: 'desk/aleppo.txt' }, { collection: 'metro' })).status).toBe('unchanged');
      await core.ingestDocument({ content: text.replace('no sign of a truce', 'no sign of any truce'), source: 'desk/aleppo.txt' }, { collection: 'metro' });
      const kept = await core.ask('what did Kirby say about corridors', { collections: ['metro'] });
      expect(kept.hits[0]).toMatchObject({ text: hit.text, corrected: true, speaker: { name: 'John Kirby' } });

      const undone = await core.undoCorrection(kirby.id, { by: 'Ana', collections: ['metro'] });
      expect(undone.status).toBe('undone');
      const back = await core.ask('what did Lavrov say about corridors', { collections: ['metro'] });
      expect(back.hits[0]).toMatchObject({ text: hit.text, speaker: { name: 'Sergey Lavrov' } });
      expect(back.hits[0]?.corrected).toBeUndefined();
      expect((await core.corrections({ collections: ['metro'] })).map((x) => x.status)).toEqual(['undone', 'superseded']);
      // Bad input is refused with a clear message.
      await expect(core.correct({ quoteId: hit.id, by: 'Ana', collections: ['metro'] })).rejects.toThrow(/either the right speaker or "not a quote"/);
      await expect(core.correct({ quoteId: hit.id, speaker: 'X', notAQuote: true, by: 'Ana', collections: ['metro'] })).rejects.toThrow(/either/);
      await expect(core.correct({ quoteId: hit.id, notAQuote: true, by: ' ', collections: ['metro'] })).rejects.toThrow(/required/);
      await expect(core.correct({ quoteId: hit.id, notAQuote: true, by: 'Ana', collections: ['sport'] })).rejects.toThrow(/no quote/);
      await expect(core.undoCorrection('nope', { by: 'Ana', collections: ['metro'] })).rejects.toThrow(/not a correction id/);
    });
  });
}

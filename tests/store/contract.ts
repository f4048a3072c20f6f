import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answers/model.js';
import { createOnRecord } from '../../src/core/index.js';
import type { QuoteStore, StoredQuote } from '../../src/core/store/port.js';
import { indexTerms } from '../../src/core/search/tokenize.js';
import { SqliteQuoteStore } from '../../src/core/store/sqlite/store.js';
import { CARVER_METRO, CARVER_SPORT, CARVER_SPORT_LATER, leaked, SPORT_ONLY } from '../support/carver.js';
import { articleWith, dfOf, sortedEntries } from './fixtures.js';

/** What one implementation gives the suite: a store over empty private data, and more handles on it. */
export interface StoreHarness {
  /** Already `init()`ed, over data no other test sees. */
  store: QuoteStore;
  /** A second handle on the same data, as another process would open it; already `init()`ed. */
  another(): Promise<QuoteStore>;
  /** Closes every handle and removes the data. */
  dispose(): Promise<void>;
}

const SEED = path.resolve(import.meta.dirname, '../../data/articles/syria-nusra.txt');
const NOW = () => new Date('2016-11-01T12:00:00Z');
/** Questions a reporter asks of the seed article, one per intent and time filter. */
export const SEED_QUESTIONS = [
  'what did Kirby say about Nusra',
  'Kirby on the ceasefire',
  'what did Kirbi say about the coordination center',
  'who said "we recognize it as a spoiler"',
  'latest from Kirby',
  'which speakers talked about Aleppo',
  'what did Lavrov say',
  'what did Kirby say in 2015',
  'quotes about corridors',
  'help',
];

/** An answer without its timing, for comparing two runs. */
function comparable(a: Answer): Omit<Answer, 'tookMs'> {
  const { tookMs: _t, ...rest } = a;
  return rest;
}

/**
 * The QuoteStore contract: every implementation must pass these, so the core (and every answer) behaves
 * the same whichever store is configured.
 */
export function storeContract(name: string, open: () => Promise<StoreHarness>, options: { skip?: boolean } = {}): void {
  describe.skipIf(options.skip ?? false)(`QuoteStore contract: ${name}`, () => {
    let h: StoreHarness;
    let store: QuoteStore;
    beforeEach(async () => {
      h = await open();
      store = h.store;
    });
    afterEach(async () => {
      await h?.dispose();
    });

    it('adds an article, keeps it unchanged on the same content, rewrites it on new content', async () => {
      const v1 = articleWith('a1', [{ text: 'The ceasefire in Aleppo must hold.', sortDate: '2016-10-01' }, { text: 'Nusra is a spoiler.', sortDate: '2016-10-02' }], { source: '/seed/a1.txt', published: '2016-10-02' });
      expect(await store.replaceArticle(v1.article, v1.quotes)).toEqual({ status: 'added', articleId: 'a1', quotes: 2 });
      expect(await store.getArticle('a1')).toEqual(v1.article);
      expect(await store.replaceArticle(v1.article, v1.quotes)).toEqual({ status: 'unchanged', articleId: 'a1', quotes: 2 });
      expect(await store.counts()).toEqual({ articles: 1, quotes: 2, speakers: 1 });

      const v2 = articleWith('a1', [{ text: 'Humanitarian corridors are open.', speaker: 'Sergey Lavrov', sortDate: '2016-10-03' }], { source: '/seed/a1.txt', version: 'v2' });
      expect(await store.replaceArticle(v2.article, v2.quotes)).toEqual({ status: 'updated', articleId: 'a1', quotes: 1 });
      expect(await store.getArticle('a1')).toEqual(v2.article);
      expect(await store.getQuotes(v1.quotes.map((q) => q.id))).toEqual([]);
      expect(await store.getQuotes([v2.quotes[0]!.id])).toEqual(v2.quotes);
      expect(await store.counts()).toEqual({ articles: 1, quotes: 1, speakers: 1 });
      expect((await store.listSpeakers()).map((s) => s.id)).toEqual(['sergey-lavrov']);
      const stats = await store.termStats();
      expect(sortedEntries(stats.df)).toEqual(sortedEntries(dfOf(v2.quotes)));
    });

    it('round-trips every optional field of a quote and of an article', async () => {
      const { article, quotes } = articleWith('full', [{ text: 'We will not allow it.', role: 'spokesman', organisation: 'State Department', sortDate: '2016-09-30' }], { published: '2016-10-01T08:00:00Z', source: 'https://example.org/full' });
      article.meta = { ...article.meta, url: 'https://example.org/full', outlet: 'RT', byline: 'Staff' };
      Object.assign(quotes[0]!, { kind: 'reported', cue: 'said', audience: 'reporters', setting: 'a briefing', saidOnText: 'on Friday', saidOn: '2016-09-30' });
      await store.replaceArticle(article, quotes);
      expect(await store.getArticle('full')).toEqual(article);
      expect(await store.getQuotes([quotes[0]!.id])).toEqual(quotes);
      expect(await store.getArticle('missing')).toBeNull();
      expect(await store.getQuotes([])).toEqual([]);
    });

    it('keeps a quote\'s lead-in terms, whether they are the neighbourhood terms just before its sentence or not', async () => {
      const { article, quotes } = articleWith('lead', [
        { text: 'That was the longest ten seconds.', sortDate: '2016-10-03' },
        { text: 'The crew kept its nerve.', sortDate: '2016-10-02' },
        { text: 'No lead-in here.', sortDate: '2016-10-01' },
      ]);
      const [run, loose] = quotes as [StoredQuote, StoredQuote];
      // The usual case (ingest): the lead-in is the run of neighbourhood terms just before the sentence's.
      run.nearTerms = `regatta result stroke lost oar boat drift ${run.contextTerms} coach prouder`;
      run.leadTerms = 'stroke lost oar boat drift';
      // A record written otherwise: terms that are no such run are kept as they are.
      loose.leadTerms = 'oar drift sideway';
      await store.replaceArticle(article, quotes);
      expect(await store.getQuotes(quotes.map((q) => q.id))).toEqual(expect.arrayContaining(quotes));
      const rows = await store.rankRowsBySpeakers(['john-kirby'], { collections: ['default'] }, 10);
      expect(rows.map((r) => r.leadTerms)).toEqual(['stroke lost oar boat drift', 'oar drift sideway', undefined]);
      // A lead-in term in the neighbourhood selects the quote like any neighbourhood term.
      expect((await store.rankRowsBySpeakers(['john-kirby'], { collections: ['default'] }, 10, ['oar'])).map((r) => r.id)).toContain(run.id);
    });

    it('deletes an article with its quotes, speakers and term counts', async () => {
      const a = articleWith('a', [{ text: 'Aleppo evacuation routes came under fire.', speaker: 'Sergey Lavrov' }]);
      const b = articleWith('b', [{ text: 'The Aleppo ceasefire is fragile.' }]);
      await store.replaceArticle(a.article, a.quotes);
      await store.replaceArticle(b.article, b.quotes);
      const before = await store.revision();
      expect(await store.deleteArticle('a')).toBe(true);
      expect(await store.revision()).not.toBe(before);
      expect(await store.getArticle('a')).toBeNull();
      expect(await store.getQuotes(a.quotes.map((q) => q.id))).toEqual([]);
      expect((await store.listSpeakers()).map((s) => s.id)).toEqual(['john-kirby']);
      const stats = await store.termStats();
      expect(stats.quotes).toBe(1);
      expect(sortedEntries(stats.df)).toEqual(sortedEntries(dfOf(b.quotes)));
      const after = await store.revision();
      expect(await store.deleteArticle('a')).toBe(false);
      expect(await store.revision()).toBe(after);
    });

    it('keeps speaker registry rows: counts per collection, roles by frequency, latest date, organisations', async () => {
      const a = articleWith('a', [
        { text: 'First words on Syria.', role: 'spokesman', organisation: 'State Department', sortDate: '2016-10-01' },
        { text: 'Second words on Syria.', role: 'spokesman', sortDate: '2016-10-05' },
        { text: 'Third words on Syria.', role: 'admiral', sortDate: '2016-09-01' },
        { text: 'Nobody in particular said it.', speaker: null },
        { text: 'The ministry denied everything.', speaker: 'Russian Foreign Ministry', org: true },
      ]);
      const b = articleWith('b', [{ text: 'Words for another newsroom.', sortDate: '2016-11-01' }], { collection: 'other' });
      await store.replaceArticle(a.article, a.quotes);
      await store.replaceArticle(b.article, b.quotes);
      const speakers = new Map((await store.listSpeakers()).map((s) => [s.id, s]));
      expect([...speakers.keys()].sort()).toEqual(['john-kirby', 'org:russian-foreign-ministry']);
      expect(speakers.get('john-kirby')).toEqual({
        id: 'john-kirby',
        isOrganisation: false,
        collections: {
          default: {
            name: 'John Kirby', quotes: 3, roles: ['spokesman', 'admiral'], organisations: ['State Department'], lastSaid: '2016-10-05',
            roleStats: { spokesman: { n: 2, first: '2016-10-01', last: '2016-10-05' }, admiral: { n: 1, first: '2016-09-01', last: '2016-09-01' } },
          },
          other: { name: 'John Kirby', quotes: 1, roles: [], organisations: [], lastSaid: '2016-11-01' },
        },
      });
      const ministry = speakers.get('org:russian-foreign-ministry')!;
      expect(ministry.isOrganisation).toBe(true);
      expect(ministry.collections).toEqual({ default: { name: 'Russian Foreign Ministry', quotes: 1, roles: [], organisations: [] } });
      expect(await store.counts({ collections: ['other'] })).toEqual({ articles: 1, quotes: 1, speakers: 1 });
      expect(await store.counts({ collections: ['default'] })).toEqual({ articles: 1, quotes: 5, speakers: 2 });
    });

    it('keeps how often and from when to when each role was stated, the same whether added to or recounted', async () => {
      // Three articles over two years: the role of the first is stated again later; one quote is undated.
      const a = articleWith('a', [
        { text: 'The budget is balanced.', speaker: 'Alma Reyes', role: 'finance minister', sortDate: '2021-05-02' },
        { text: 'Growth will return.', speaker: 'Alma Reyes', role: 'finance minister' },
      ]);
      const b = articleWith('b', [{ text: 'I will lead the party.', speaker: 'Alma Reyes', role: 'opposition leader', sortDate: '2023-01-10' }]);
      const c = articleWith('c', [{ text: 'Taxes stay as they are.', speaker: 'Alma Reyes', role: 'finance minister', sortDate: '2022-02-20' }]);
      for (const x of [a, b, c]) await store.replaceArticle(x.article, x.quotes);
      const reyes = () => store.listSpeakers().then((all) => all.find((s) => s.id === 'alma-reyes')?.collections.default?.roleStats);
      const expected = {
        'finance minister': { n: 3, first: '2021-05-02', last: '2022-02-20' },
        'opposition leader': { n: 1, first: '2023-01-10', last: '2023-01-10' },
      };
      expect(await reyes()).toEqual(expected);
      // A rewrite recounts the speaker from every quote left: the same figures.
      const rewritten = articleWith('b', [{ text: 'I will lead the party.', speaker: 'Alma Reyes', role: 'opposition leader', sortDate: '2023-01-10' }], { version: 'v2' });
      await store.replaceArticle(rewritten.article, rewritten.quotes);
      expect(await reyes()).toEqual(expected);
      expect(await store.deleteArticle('c')).toBe(true);
      expect(await reyes()).toEqual({ 'finance minister': { n: 2, first: '2021-05-02', last: '2021-05-02' }, 'opposition leader': expected['opposition leader'] });
    });

    it('keeps what each collection says of a speaker apart: roles, organisations, name, date (one John Carver per newsroom)', async () => {
      const metro = articleWith('m', [
        { text: 'Every acquisition was cleared.', speaker: 'John Carver', role: 'head of the confidential acquisitions unit', organisation: 'Acme Holdings', sortDate: '2024-03-04' },
        { text: 'The warehouses will go.', speaker: 'John Carver', sortDate: '2024-03-04' },
      ], { collection: 'metro' });
      const sport = articleWith('s', [
        { text: 'The second goal came from training.', speaker: 'JOHN CARVER', role: 'striker', organisation: 'Riverside Rovers', sortDate: '2024-03-05' },
      ], { collection: 'sport' });
      await store.replaceArticle(metro.article, metro.quotes);
      await store.replaceArticle(sport.article, sport.quotes);
      const carver = () => store.listSpeakers().then((all) => all.find((s) => s.id === 'john-carver'));
      expect(await carver()).toEqual({
        id: 'john-carver',
        isOrganisation: false,
        collections: {
          metro: {
            name: 'John Carver', quotes: 2, roles: ['head of the confidential acquisitions unit'], organisations: ['Acme Holdings'], lastSaid: '2024-03-04',
            roleStats: { 'head of the confidential acquisitions unit': { n: 1, first: '2024-03-04', last: '2024-03-04' } },
          },
          sport: { name: 'JOHN CARVER', quotes: 1, roles: ['striker'], organisations: ['Riverside Rovers'], lastSaid: '2024-03-05', roleStats: { striker: { n: 1, first: '2024-03-05', last: '2024-03-05' } } },
        },
      });
      // A rewrite and a delete of one newsroom's article leave the other's profile as it was.
      const rewritten = articleWith('s', [{ text: 'We won the derby.', speaker: 'John Carver', role: 'captain', sortDate: '2024-03-06' }], { collection: 'sport', version: 'v2' });
      await store.replaceArticle(rewritten.article, rewritten.quotes);
      expect((await carver())?.collections.sport).toEqual({ name: 'John Carver', quotes: 1, roles: ['captain'], organisations: [], lastSaid: '2024-03-06', roleStats: { captain: { n: 1, first: '2024-03-06', last: '2024-03-06' } } });
      expect((await carver())?.collections.metro?.roles).toEqual(['head of the confidential acquisitions unit']);
      expect(await store.deleteArticle('m')).toBe(true);
      expect(await carver()).toEqual({
        id: 'john-carver',
        isOrganisation: false,
        collections: { sport: { name: 'John Carver', quotes: 1, roles: ['captain'], organisations: [], lastSaid: '2024-03-06', roleStats: { captain: { n: 1, first: '2024-03-06', last: '2024-03-06' } } } },
      });
    });

    it('shows a newsroom nothing another newsroom says of a speaker of the same name, in any answer (John Carver)', async () => {
      const core = createOnRecord({ store, now: () => new Date('2024-03-10T12:00:00Z') });
      await core.ingestDocument(CARVER_METRO, { collection: 'metro' });
      await core.ingestDocument(CARVER_SPORT, { collection: 'sport' });
      await core.ingestDocument(CARVER_SPORT_LATER, { collection: 'sport' });
      const sport = { collections: ['sport'] };

      const said = await core.ask('what did John Carver say', { ...sport, limit: 10 });
      expect(said.status).toBe('found');
      expect(said.hits.length).toBeGreaterThanOrEqual(3);
      expect(new Set(said.hits.map((h) => h.speaker?.role))).toEqual(new Set(['Riverside Rovers striker']));
      expect(leaked(said)).toEqual([]);
      // A quote whose article states no role shows the one its own newsroom states, not another's.
      const league = await core.ask('what did John Carver say about the league', sport);
      expect([league.hits[0]?.text, league.hits[0]?.speaker?.role]).toEqual(['We can still win the league if we keep our nerve,', 'Riverside Rovers striker']);
      expect(leaked(league)).toEqual([]);
      // The metro desk still sees its own Carver, with its own role.
      const metroSaid = await core.ask('what did John Carver say', { collections: ['metro'], limit: 10 });
      expect(new Set(metroSaid.hits.map((h) => h.speaker?.role))).toEqual(new Set(['head of the confidential acquisitions unit at Acme Holdings']));
      expect(leaked(metroSaid, SPORT_ONLY)).toEqual([]);

      // Matched through a role or organisation only metro states: nothing is found, nothing of metro is shown.
      for (const q of ['latest from Acme Holdings', 'what did the head of the acquisitions unit say', 'what did the planning officer say']) {
        const a = await core.ask(q, sport);
        expect(a.status, q).toBe('not_found');
        expect(a.hits, q).toEqual([]);
        expect(leaked({ hits: a.hits, speakers: a.speakers, alternatives: a.alternatives, topics: a.topics, resolved: a.understood.speaker?.resolved }), q).toEqual([]);
      }
      expect((await core.ask('latest from Acme Holdings', { collections: ['metro'] })).status).toBe('found');

      // Help, speaker lists, suggestions and "did you mean" are built from sport alone.
      const help = await core.help(sport);
      expect(help.speakers.map((s) => [s.name, s.role])).toEqual([['John Carver', 'Riverside Rovers striker']]);
      expect(leaked(help)).toEqual([]);
      expect(leaked(await core.suggestSpeakers('', sport))).toEqual([]);
      expect(leaked(await core.suggestSpeakers('Carv', sport))).toEqual([]);
      expect(await core.suggestSpeakers('Whitlow', sport)).toEqual([]);
      expect((await core.suggestSpeakers('Whitlow', { collections: ['metro'] })).map((s) => s.name)).toEqual(['Dana Whitlow']);
      const list = await core.ask('which speakers talked about the goal', sport);
      expect(list.speakers.map((s) => s.role)).toEqual(['Riverside Rovers striker']);
      expect(leaked(list)).toEqual([]);
      for (const q of ['what did Whitlow say', 'what did Whitlo say about demolition', 'what did Carver say about the weather']) {
        const a = await core.ask(q, sport);
        expect(a.status, q).toBe('not_found');
        expect(leaked({ speakers: a.speakers, alternatives: a.alternatives, topics: a.topics, resolved: a.understood.speaker?.resolved }), q).toEqual([]);
      }
    });

    it('shows a reader of several collections each quote with the role its own collection states', async () => {
      // Metro states a role only in the article's first paragraph; its quote carries none of its own.
      const metro = articleWith('m', [
        { text: 'Acquisitions were cleared.', speaker: 'John Carver', role: 'unit head', sortDate: '2024-03-01' },
        { text: 'The warehouses will go.', speaker: 'John Carver', sortDate: '2024-03-04' },
      ], { collection: 'metro' });
      const sport = articleWith('s', [1, 2, 3].map((i) => ({ text: `Goal number ${i} came from training.`, speaker: 'John Carver', role: 'striker', sortDate: `2024-03-0${i}` })), { collection: 'sport' });
      await store.replaceArticle(metro.article, metro.quotes);
      await store.replaceArticle(sport.article, sport.quotes);
      const core = createOnRecord({ store, now: () => new Date('2024-03-10T12:00:00Z') });
      const a = await core.ask('what did Carver say about the warehouses', { collections: ['metro', 'sport'] });
      expect(a.hits.map((h) => [h.text, h.speaker?.role])).toEqual([['The warehouses will go.', 'unit head']]);
      const got = await core.getQuote(metro.quotes[1]!.id, { collections: ['sport', 'metro'] });
      expect(got?.speaker?.role).toBe('unit head');
      expect(await core.getQuote(metro.quotes[1]!.id, { collections: ['sport'] })).toBeNull();
    });

    it('reports term statistics: document frequency once per quote, quote count, average length', async () => {
      const a = articleWith('a', [{ text: 'Aleppo, Aleppo and again Aleppo.' }, { text: 'The Aleppo ceasefire.' }, { text: 'Nothing here.' }]);
      await store.replaceArticle(a.article, a.quotes);
      const stats = await store.termStats();
      expect(stats.quotes).toBe(3);
      expect(stats.df.get('aleppo')).toBe(2);
      expect(sortedEntries(stats.df)).toEqual(sortedEntries(dfOf(a.quotes)));
      const total = a.quotes.reduce((n, q) => n + (q.terms ? q.terms.split(' ').length : 0), 0);
      expect(stats.avgLength).toBeCloseTo(total / 3, 9);
    });

    it('returns a speaker\'s quotes newest first, undated last, within an inclusive time window, up to a limit', async () => {
      const a = articleWith('a', [
        { text: 'Undated remark.' },
        { text: 'Said in September.', sortDate: '2016-09-15' },
        { text: 'Said on the first of October.', sortDate: '2016-10-01' },
        { text: 'Said at the end of October.', sortDate: '2016-10-31' },
        { text: 'Lavrov on October.', speaker: 'Sergey Lavrov', sortDate: '2016-10-20' },
      ]);
      await store.replaceArticle(a.article, a.quotes);
      const all = await store.quotesBySpeakers(['john-kirby'], { collections: ['default'] }, 10);
      expect(all.map((q) => q.text)).toEqual(['Said at the end of October.', 'Said on the first of October.', 'Said in September.', 'Undated remark.']);
      expect(all[0]!.context).toContain('Said at the end of October.');
      const october = await store.quotesBySpeakers(['john-kirby', 'sergey-lavrov'], { collections: ['default'], from: '2016-10-01', to: '2016-10-31' }, 10);
      expect(october.map((q) => q.text)).toEqual(['Said at the end of October.', 'Lavrov on October.', 'Said on the first of October.']);
      expect((await store.quotesBySpeakers(['john-kirby'], { collections: ['default'] }, 2)).length).toBe(2);
      expect(await store.quotesBySpeakers([], { collections: ['default'] }, 10)).toEqual([]);
      expect(await store.quotesBySpeakers(['john-kirby'], { collections: [] }, 10)).toEqual([]);
    });

    it('gives rank rows of exactly the quotes quotesBySpeakers returns, in the same order, without display text', async () => {
      const a = articleWith('a', [
        { text: 'Undated remark.' },
        { text: 'Said in September.', sortDate: '2016-09-15' },
        { text: 'Said at the end of October.', sortDate: '2016-10-31' },
        { text: 'Lavrov on October.', speaker: 'Sergey Lavrov', sortDate: '2016-10-20' },
      ]);
      await store.replaceArticle(a.article, a.quotes);
      for (const filter of [{ collections: ['default'] }, { collections: ['default'], from: '2016-10-01' }, { collections: ['other'] }]) {
        const full = await store.quotesBySpeakers(['john-kirby', 'sergey-lavrov'], filter, 3);
        const rows = await store.rankRowsBySpeakers(['john-kirby', 'sergey-lavrov'], filter, 3);
        expect(rows).toEqual(
          full.map((q) => ({ id: q.id, collection: q.collection, kind: q.kind, speakerId: q.speakerId, confidence: q.confidence, fingerprint: q.fingerprint, terms: q.terms, contextTerms: q.contextTerms, nearTerms: q.nearTerms, ...(q.sortDate ? { sortDate: q.sortDate } : {}) })),
        );
        for (const r of rows) expect(r).not.toHaveProperty('text');
      }
      expect(await store.rankRowsBySpeakers([], { collections: ['default'] }, 10)).toEqual([]);
    });

    it("reads the rank rows of the given quotes' articles, by article: every quote of each in reading order, none of another, capped per article", async () => {
      const a = articleWith('a', [{ text: 'First of a.', paragraph: 2 }, { text: 'Second of a.', speaker: 'Sergey Lavrov', paragraph: 0, sortDate: '2016-10-02' }, { text: 'Third of a.', paragraph: 5 }]);
      const b = articleWith('b', [{ text: 'Only of b.' }, { text: 'Other of b.', sortDate: '2016-09-01' }]);
      const c = articleWith('c', [{ text: 'Nobody asked for c.' }]);
      const elsewhere = articleWith('d', [{ text: 'Another newsroom.' }], { collection: 'other' });
      for (const x of [a, b, c, elsewhere]) await store.replaceArticle(x.article, x.quotes);
      const all = { collections: ['default'] };
      const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
      const rows = await store.rankRowsOfArticles([a.quotes[2]!.id, b.quotes[1]!.id], all, 10);
      // Article by article, each as it reads (paragraph order), with its id and the same fields as a rank row.
      expect(ids(rows)).toEqual([a.quotes[1]!.id, a.quotes[0]!.id, a.quotes[2]!.id, b.quotes[0]!.id, b.quotes[1]!.id]);
      expect(rows.map((r) => r.articleId)).toEqual(['a', 'a', 'a', 'b', 'b']);
      const [byTerms] = await store.rankRowsBySpeakers(['sergey-lavrov'], all, 1);
      expect(rows[0]).toEqual({ ...byTerms, articleId: 'a' });
      expect(ids(await store.rankRowsOfArticles([a.quotes[0]!.id], all, 2))).toEqual([a.quotes[1]!.id, a.quotes[0]!.id]);
      // The filter holds: another collection's article, and a time window, as every read.
      expect(await store.rankRowsOfArticles([elsewhere.quotes[0]!.id], all, 10)).toEqual([]);
      expect(ids(await store.rankRowsOfArticles([b.quotes[0]!.id], { collections: ['default'], from: '2016-08-01' }, 10))).toEqual([b.quotes[1]!.id]);
      expect(await store.rankRowsOfArticles([], all, 10)).toEqual([]);
      expect(await store.rankRowsOfArticles(['no-such-quote'], all, 10)).toEqual([]);
    });

    it('keeps to the speaker quotes holding one of some terms as a whole token, in any of the three fields', async () => {
      const a = articleWith('a', [
        { text: 'The ceasefire must hold.', sortDate: '2016-10-05' },
        { text: 'Nothing to add.', sortDate: '2016-10-04', context: 'Asked about the corridors, he said: Nothing to add.' },
        { text: 'We will see.', sortDate: '2016-10-03' },
        { text: 'Ceasefires everywhere.', sortDate: '2016-10-02' },
        { text: 'Lavrov on the ceasefire.', speaker: 'Sergey Lavrov', sortDate: '2016-10-01' },
      ]);
      a.quotes[2]!.nearTerms = 'aleppo sieg';
      await store.replaceArticle(a.article, a.quotes);
      const f = { collections: ['default'] };
      const ids = async (terms: string[], limit = 10) => (await store.rankRowsBySpeakers(['john-kirby'], f, limit, terms)).map((r) => r.terms);
      // "ceasefir" in the quote, "corridor" only in the context, "sieg" only in the neighbourhood terms.
      expect(await ids(['ceasefir'])).toEqual(['ceasefir must hold', 'ceasefir everywher']);
      expect(await ids(['corridor', 'sieg'])).toEqual(['noth add', 'see']);
      expect(await ids(['ceasefir', 'corridor'], 2)).toEqual(['ceasefir must hold', 'noth add']);
      // Whole tokens only: a prefix of a term is not the term.
      expect(await ids(['ceas', 'hol'])).toEqual([]);
      expect(await ids(["bad'term"])).toEqual([]);
      // Without terms: the whole pool, as before.
      expect((await ids([]))).toEqual([]);
      expect((await store.rankRowsBySpeakers(['john-kirby'], f, 10)).length).toBe(4);
    });

    it('finds a topic term in a speaker pool whatever its term id: SQLite\'s GLOB class and PostgreSQL\'s token test agree', async () => {
      // 143 terms, so SQLite's term ids (one character each) pass 42, 45, 63, 91, 93 and 94: "*", "-", "?", "[", "]"
      // and "^", which a GLOB class reads specially (holdsAnyCode, sqlite/term-ids.ts).
      const a = articleWith('many', Array.from({ length: 130 }, (_, i) => ({ text: `Quote ${i}.`, sortDate: '2016-10-01' })));
      a.quotes.forEach((q, i) => Object.assign(q, { terms: `w${i}`, contextTerms: `w${i} s${i % 10}`, nearTerms: `n${i % 3} w${i} s${i % 10}` }));
      await store.replaceArticle(a.article, a.quotes);
      const f = { collections: ['default'] };
      const vocabulary = [...new Set(a.quotes.flatMap((q) => `${q.terms} ${q.contextTerms} ${q.nearTerms}`.split(' ')))];
      const found = async (terms: string[]) => (await store.rankRowsBySpeakers(['john-kirby'], f, 500, terms)).map((r) => r.terms).sort();
      const holding = (terms: string[]) => a.quotes.filter((q) => `${q.terms} ${q.contextTerms} ${q.nearTerms}`.split(' ').some((t) => terms.includes(t))).map((q) => q.terms).sort();
      for (const t of vocabulary) expect(await found([t]), t).toEqual(holding([t]));
      // Runs of three terms in the order first written (neighbouring ids: a class holding "]", "^" or "-" with others).
      for (let i = 0; i + 3 <= vocabulary.length; i++) {
        const run = vocabulary.slice(i, i + 3);
        expect(await found(run), run.join(' ')).toEqual(holding(run));
      }
    });

    it('writes a batch article by article: a failing article leaves no trace and the rest are committed', async () => {
      const good1 = articleWith('g1', [{ text: 'The ceasefire must hold.' }]);
      const bad = articleWith('bad', [{ text: 'First words.' }, { text: 'Second words.' }]);
      bad.quotes[1]!.id = bad.quotes[0]!.id; // two quotes with one id: the write must fail
      const good2 = articleWith('g2', [{ text: 'Corridors are open.', speaker: 'Sergey Lavrov' }]);
      const before = await store.revision();
      const out = await store.replaceArticles([good1, bad, good2].map(({ article, quotes }) => ({ article, quotes })));
      expect(out.map((o) => o.ok)).toEqual([true, false, true]);
      expect(out[0]).toEqual({ ok: true, result: { status: 'added', articleId: 'g1', quotes: 1 } });
      expect(out[1]!.ok ? '' : out[1]!.error.message).toMatch(/bad/);
      expect(await store.getArticle('bad')).toBeNull();
      expect(await store.counts()).toEqual({ articles: 2, quotes: 2, speakers: 2 });
      expect(sortedEntries((await store.termStats()).df)).toEqual(sortedEntries(dfOf([...good1.quotes, ...good2.quotes])));
      expect(await store.revision()).not.toBe(before);
      // Unchanged content in a batch is reported as such, as replaceArticle does.
      const again = await store.replaceArticles([{ article: good1.article, quotes: good1.quotes }]);
      expect(again).toEqual([{ ok: true, result: { status: 'unchanged', articleId: 'g1', quotes: 1 } }]);
      expect(await store.replaceArticles([])).toEqual([]);
    });

    it('leaves a batch of new, replaced and unchanged articles exactly as writing them one by one does', async () => {
      const first = articleWith('b1', [{ text: 'The ceasefire must hold.', role: 'spokesman', sortDate: '2016-10-01' }, { text: 'Corridors open.', speaker: 'Sergey Lavrov', sortDate: '2016-10-01' }]);
      const kept = articleWith('b2', [{ text: 'Aleppo talks resume.', sortDate: '2016-10-02' }]);
      await store.replaceArticle(first.article, first.quotes);
      await store.replaceArticle(kept.article, kept.quotes);
      const other = await h.another();
      const batch = [
        articleWith('b1', [{ text: 'The ceasefire holds now.', role: 'spokesman', sortDate: '2016-10-01' }], { version: 'v2' }),
        kept,
        articleWith('b3', [{ text: 'Ceasefire talks in Geneva.', role: 'envoy', sortDate: '2016-10-01' }, { text: 'Same day, same words.', sortDate: '2016-10-01' }]),
        articleWith('b4', [{ text: 'Corridors and ceasefire.', speaker: 'Sergey Lavrov', sortDate: '2016-10-03' }], { collection: 'other' }),
      ];
      const out = await store.replaceArticles(batch);
      expect(out.map((o) => (o.ok ? o.result.status : 'failed'))).toEqual(['updated', 'unchanged', 'added', 'added']);
      // The same writes one by one into a fresh store of the same kind: every read agrees.
      const reference = new SqliteQuoteStore({ dir: ':memory:' });
      await reference.init();
      try {
        for (const x of [first, kept]) await reference.replaceArticle(x.article, x.quotes);
        for (const x of batch) await reference.replaceArticle(x.article, x.quotes);
        const both = ['default', 'other'];
        for (const s of [store, other]) {
          expect(await s.listSpeakers()).toEqual(await reference.listSpeakers());
          expect(await s.counts()).toEqual(await reference.counts());
          const [a, b] = [await s.termStats(), await reference.termStats()];
          expect([a.quotes, a.avgLength, sortedEntries(a.df)]).toEqual([b.quotes, b.avgLength, sortedEntries(b.df)]);
          expect((await s.quotesByTerms(['ceasefir', 'corridor'], { collections: both }, 10)).map((q) => q.text)).toEqual((await reference.quotesByTerms(['ceasefir', 'corridor'], { collections: both }, 10)).map((q) => q.text));
          expect((await s.quotesBySpeakers(['john-kirby'], { collections: both }, 10)).map((q) => q.text)).toEqual((await reference.quotesBySpeakers(['john-kirby'], { collections: both }, 10)).map((q) => q.text));
          expect((await s.quotesWithAllTerms(['ceasefir', 'talk'], { collections: both }, 10)).map((q) => q.text)).toEqual(['Ceasefire talks in Geneva.']);
        }
      } finally {
        await reference.close();
      }
    });

    it('breaks date ties by the most recently written quote', async () => {
      const a = articleWith('a', [{ text: 'One.', sortDate: '2016-10-01' }, { text: 'Two.', sortDate: '2016-10-01' }]);
      await store.replaceArticle(a.article, a.quotes);
      const b = articleWith('b', [{ text: 'Three.', sortDate: '2016-10-01' }]);
      await store.replaceArticle(b.article, b.quotes);
      const got = await store.quotesBySpeakers(['john-kirby'], { collections: ['default'] }, 10);
      expect(got.map((q) => q.text)).toEqual(['Three.', 'Two.', 'One.']);
    });

    it('finds a quote by what its sentence and lead-in say about it, below a quote saying the words itself', async () => {
      const a = articleWith('about', [
        // The topic only in the attribution sentence and in the reporter's question before the quote.
        { text: 'We will not be bowed by this.', speaker: 'Odile Marchetti', context: 'Marchetti, speaking after the Varnholt library fire, said: We will not be bowed by this.' },
        { text: 'The Varnholt library fire destroyed the archive.', speaker: 'Pell Anderby' },
        ...Array.from({ length: 6 }, (_, k) => ({ text: `Filler remark number ${k} on the budget.` })),
      ]);
      a.quotes[0]!.leadTerms = indexTerms('Asked whether the manuscripts survived').join(' ');
      await store.replaceArticle(a.article, a.quotes);
      const all = { collections: ['default'] };
      const ids = async (terms: string[]) => (await store.rankRowsByTerms(terms, all, 10)).map((r) => r.id);
      expect(await ids(['varnholt', 'fire'])).toEqual([a.quotes[1]!.id, a.quotes[0]!.id]);
      expect(await ids(['manuscript'])).toEqual([a.quotes[0]!.id]);
      expect((await store.quotesByTerms(['manuscript'], all, 10)).map((q) => q.id)).toEqual([a.quotes[0]!.id]);
      // Rewritten without that sentence, the quote is no longer found by it.
      const b = articleWith('about', [{ text: 'We will not be bowed by this.', speaker: 'Odile Marchetti', context: 'We will not be bowed by this.' }], { version: 'v2' });
      await store.replaceArticle(b.article, b.quotes);
      expect(await ids(['varnholt'])).toEqual([]);
      expect(await ids(['manuscript'])).toEqual([]);
    });

    it('finds quotes by index terms, more and rarer matches first, within the filter', async () => {
      const a = articleWith('a', [
        { text: 'The ceasefire in Aleppo is holding.', sortDate: '2016-10-01' },
        { text: 'Aleppo is a city.', sortDate: '2016-10-02' },
        { text: 'Damascus is calm.', sortDate: '2016-10-03' },
        { text: 'Another ceasefire, another day: the ceasefire.', sortDate: '2015-01-01' },
        { text: 'The Aleppo ceasefire and the Aleppo corridors.', sortDate: '2016-10-04' },
        // Unrelated quotes, so that the topic terms are rare enough to carry weight (BM25's IDF).
        ...Array.from({ length: 5 }, (_, k) => ({ text: `Filler remark number ${k} on the budget.` })),
      ]);
      await store.replaceArticle(a.article, a.quotes);
      const got = await store.quotesByTerms(['ceasefir', 'aleppo'], { collections: ['default'] }, 10);
      expect(got.map((q) => q.text).sort()).toEqual(
        ['Aleppo is a city.', 'Another ceasefire, another day: the ceasefire.', 'The Aleppo ceasefire and the Aleppo corridors.', 'The ceasefire in Aleppo is holding.'].sort(),
      );
      // Both terms (and Aleppo twice) beat one term.
      expect(got[0]!.text).toBe('The Aleppo ceasefire and the Aleppo corridors.');
      expect(got.slice(0, 2).map((q) => q.text)).toContain('The ceasefire in Aleppo is holding.');
      const limited = await store.quotesByTerms(['ceasefir', 'aleppo'], { collections: ['default'] }, 1);
      expect(limited.map((q) => q.text)).toEqual(['The Aleppo ceasefire and the Aleppo corridors.']);
      const in2015 = await store.quotesByTerms(['ceasefir'], { collections: ['default'], from: '2015-01-01', to: '2015-12-31' }, 10);
      expect(in2015.map((q) => q.text)).toEqual(['Another ceasefire, another day: the ceasefire.']);
      expect(await store.quotesByTerms(['zzz'], { collections: ['default'] }, 10)).toEqual([]);
      expect(await store.quotesByTerms(["bad'term", 'OR', ''], { collections: ['default'] }, 10)).toEqual([]);
      expect(await store.quotesByTerms([], { collections: ['default'] }, 10)).toEqual([]);
      // Rank rows: the same quotes in the same order, without display text.
      for (const limit of [1, 3, 10]) {
        const full = await store.quotesByTerms(['ceasefir', 'aleppo'], { collections: ['default'] }, limit);
        const rows = await store.rankRowsByTerms(['ceasefir', 'aleppo'], { collections: ['default'] }, limit);
        expect(rows.map((r) => [r.id, r.terms, r.nearTerms])).toEqual(full.map((q) => [q.id, q.terms, q.nearTerms]));
      }
      expect(await store.rankRowsByTerms(["bad'term"], { collections: ['default'] }, 10)).toEqual([]);
    });

    it('with heldFirst, keeps the quote holding most of a pasted line ahead of short ones repeating its rarest word', async () => {
      const line = 'the Quillan harbour tax was bought and paid for by the ferry lobby';
      const a = articleWith('held', [
        { text: 'Everyone in this town knows the Quillan harbour tax was bought and paid for, years ago, by the ferry lobby and its friends on the council, over long dinners nobody minuted.', sortDate: '2016-10-01' },
        { text: 'Quillan, Quillan, Quillan harbour.', sortDate: '2016-10-02' },
        { text: 'Quillan harbour again.', sortDate: '2016-10-03' },
        ...Array.from({ length: 6 }, (_, k) => ({ text: `Filler remark number ${k} on the budget.` })),
      ]);
      await store.replaceArticle(a.article, a.quotes);
      const all = { collections: ['default'] };
      const rare = ['quillan', 'harbour'];
      expect((await store.rankRowsByTerms(rare, all, 1)).map((r) => r.id)).not.toEqual([a.quotes[0]!.id]);
      expect((await store.rankRowsByTerms(rare, all, 1, { heldFirst: indexTerms(line) })).map((r) => r.id)).toEqual([a.quotes[0]!.id]);
      // Ties on the held terms keep BM25's order.
      const three = await store.rankRowsByTerms(rare, all, 3, { heldFirst: indexTerms(line) });
      const bm25 = await store.rankRowsByTerms(rare, all, 3);
      expect(three.map((r) => r.id)).toEqual([a.quotes[0]!.id, ...bm25.map((r) => r.id).filter((id) => id !== a.quotes[0]!.id)]);
    });

    it('finds the quotes holding every one of some terms, newest first, within the filter', async () => {
      const a = articleWith('a', [
        { text: 'The ceasefire in Aleppo is holding.', sortDate: '2016-10-01' },
        { text: 'Aleppo is a city.', sortDate: '2016-10-02' },
        { text: 'The Aleppo ceasefire and the Aleppo corridors.', sortDate: '2016-10-04' },
        { text: 'A ceasefire for Aleppo, said Lavrov.', speaker: 'Sergey Lavrov', sortDate: '2015-05-05' },
      ]);
      await store.replaceArticle(a.article, a.quotes);
      const b = articleWith('b', [{ text: 'Aleppo ceasefire talks.' }], { collection: 'other' });
      await store.replaceArticle(b.article, b.quotes);
      const both = await store.quotesWithAllTerms(['ceasefir', 'aleppo'], { collections: ['default'] }, 10);
      expect(both.map((q) => q.text)).toEqual(['A ceasefire for Aleppo, said Lavrov.', 'The Aleppo ceasefire and the Aleppo corridors.', 'The ceasefire in Aleppo is holding.']);
      expect(both[0]!.context).toContain('said Lavrov');
      expect((await store.quotesWithAllTerms(['ceasefir', 'aleppo'], { collections: ['default'] }, 1)).length).toBe(1);
      expect((await store.quotesWithAllTerms(['ceasefir', 'aleppo'], { collections: ['default'], from: '2016-01-01' }, 10)).length).toBe(2);
      expect((await store.quotesWithAllTerms(['ceasefir', 'aleppo'], { collections: ['other'] }, 10)).map((q) => q.text)).toEqual(['Aleppo ceasefire talks.']);
      expect(await store.quotesWithAllTerms(['ceasefir', 'corridor', 'zzz'], { collections: ['default'] }, 10)).toEqual([]);
      expect(await store.quotesWithAllTerms(["bad'term", 'OR'], { collections: ['default'] }, 10)).toEqual([]);
      expect(await store.quotesWithAllTerms([], { collections: ['default'] }, 10)).toEqual([]);
    });

    it('never returns one collection\'s quotes to another collection', async () => {
      const mine = articleWith('mine', [{ text: 'Secret plans for Aleppo.', sortDate: '2016-10-01' }], { collection: 'newsroom-a', source: '/a/x.txt' });
      const theirs = articleWith('theirs', [{ text: 'Public plans for Aleppo.', sortDate: '2016-10-01' }], { collection: 'newsroom-b', source: '/b/x.txt' });
      await store.replaceArticle(mine.article, mine.quotes);
      await store.replaceArticle(theirs.article, theirs.quotes);
      const onlyB = { collections: ['newsroom-b'] };
      const texts = (qs: StoredQuote[]) => qs.map((q) => q.text);
      expect(texts(await store.quotesByTerms(['secret', 'aleppo'], onlyB, 10))).toEqual(['Public plans for Aleppo.']);
      expect(texts(await store.quotesBySpeakers(['john-kirby'], onlyB, 10))).toEqual(['Public plans for Aleppo.']);
      expect(await store.articlesWithFingerprints([mine.quotes[0]!.fingerprint], onlyB)).toEqual(new Map());
      expect(await store.counts(onlyB)).toEqual({ articles: 1, quotes: 1, speakers: 1 });
      expect(await store.quotesByTerms(['secret'], { collections: ['nobody'] }, 10)).toEqual([]);
      expect(texts(await store.quotesByTerms(['aleppo'], { collections: ['newsroom-a', 'newsroom-b'] }, 10)).sort()).toEqual(['Public plans for Aleppo.', 'Secret plans for Aleppo.']);
    });

    it('finds syndicated copies by fingerprint, oldest first, within the asker\'s collections', async () => {
      const words = { text: 'We recognize it as a spoiler.' };
      const wire = articleWith('wire', [words], { published: '2016-10-01' });
      const copy = articleWith('copy', [words], { published: '2016-10-02' });
      const undated = articleWith('undated', [words]);
      const elsewhere = articleWith('elsewhere', [words], { collection: 'other', published: '2016-09-01' });
      for (const x of [copy, wire, undated, elsewhere]) await store.replaceArticle(x.article, x.quotes);
      const fp = wire.quotes[0]!.fingerprint;
      expect(copy.quotes[0]!.fingerprint).toBe(fp);
      const ids = async (fps: string[], collections: string[]) =>
        Object.fromEntries([...(await store.articlesWithFingerprints(fps, { collections }))].map(([k, v]) => [k, v.map((a) => a.id)]));
      expect(await ids([fp], ['default'])).toEqual({ [fp]: ['undated', 'wire', 'copy'] });
      expect(await ids([fp], ['default', 'other'])).toEqual({ [fp]: ['undated', 'elsewhere', 'wire', 'copy'] });
      expect(await ids(['no-such-print'], ['default'])).toEqual({});
      expect(await ids([], ['default'])).toEqual({});
      expect(await ids([fp], [])).toEqual({});
    });

    it('reads the articles of several fingerprints at once, each list as it would be alone, whole articles', async () => {
      const wire = articleWith('wire', [{ text: 'We recognize it as a spoiler.' }, { text: 'The talks resume on Monday.' }], { published: '2016-10-01' });
      const copy = articleWith('copy', [{ text: 'We recognize it as a spoiler.' }], { published: '2016-10-02' });
      const lone = articleWith('lone', [{ text: 'Nothing else carries these words.' }], { published: '2016-09-01' });
      for (const x of [copy, wire, lone]) await store.replaceArticle(x.article, x.quotes);
      const [spoiler, talks] = wire.quotes.map((q) => q.fingerprint) as [string, string];
      const solo = lone.quotes[0]!.fingerprint;
      const got = await store.articlesWithFingerprints([talks, spoiler, 'no-such-print', solo, spoiler], { collections: ['default'] });
      expect([...got.keys()].sort()).toEqual([spoiler, talks, solo].sort());
      expect(got.get(spoiler)!.map((a) => a.id)).toEqual(['wire', 'copy']);
      expect(got.get(talks)!.map((a) => a.id)).toEqual(['wire']);
      expect(got.get(solo)).toEqual([await store.getArticle('lone')]);
    });

    it('stops a read whose signal is aborted (rejecting with its reason) and reads as usual with a live one', async () => {
      const { article, quotes } = articleWith('abort', [
        { text: 'The ceasefire in Aleppo must hold.', sortDate: '2016-10-01' },
        { text: 'Nusra is a spoiler of the ceasefire.', speaker: 'Sergey Lavrov', sortDate: '2016-10-02' },
      ]);
      await store.replaceArticle(article, quotes);
      const filter = { collections: ['default'] };
      const ids = quotes.map((q) => q.id);
      const reads = (options?: { signal: AbortSignal }) => [
        () => store.getArticle('abort', options),
        () => store.getQuotes(ids, options),
        () => store.articlesWithFingerprints([quotes[0]!.fingerprint], filter, options),
        () => store.quotesBySpeakers(['john-kirby', 'sergey-lavrov'], filter, 10, options),
        () => store.rankRowsBySpeakers(['john-kirby', 'sergey-lavrov'], filter, 10, ['ceasefir'], options),
        () => store.rankRowsOfArticles(ids, filter, 10, options),
        () => store.quotesByTerms(['ceasefir', 'nusra'], filter, 10, options),
        () => store.rankRowsByTerms(['ceasefir', 'nusra'], filter, 10, options),
        () => store.quotesWithAllTerms(['ceasefir', 'nusra'], filter, 10, options),
      ];
      const plain = await Promise.all(reads().map((read) => read()));
      expect(plain.every((r) => r !== null && (!Array.isArray(r) || r.length > 0))).toBe(true);
      expect(await Promise.all(reads({ signal: new AbortController().signal }).map((read) => read()))).toEqual(plain);

      const aborted = new AbortController();
      aborted.abort();
      for (const read of reads({ signal: aborted.signal })) await expect(read()).rejects.toMatchObject({ name: 'AbortError' });
      const reason = new Error('the answer timed out');
      for (const read of reads({ signal: AbortSignal.abort(reason) })) await expect(read()).rejects.toBe(reason);
      // Nothing was left half-done: the store still answers.
      expect(await store.getQuotes(ids)).toHaveLength(2);
    });

    it('lists article sources under a folder prefix', async () => {
      for (const [id, source] of [['x', '/seed/a.txt'], ['y', '/seed/sub/b.md'], ['z', '/seedling/c.txt'], ['w', 'https://example.org/']] as const) {
        const a = articleWith(id, [{ text: `Words of ${id}.` }], { source });
        await store.replaceArticle(a.article, a.quotes);
      }
      const got = await store.listArticleSources('/seed/');
      expect(got.map((r) => r.source).sort()).toEqual(['/seed/a.txt', '/seed/sub/b.md']);
      expect(got.find((r) => r.id === 'x')?.contentHash).toBe((await store.getArticle('x'))?.contentHash);
      expect(await store.listArticleSources('/nowhere/')).toEqual([]);
    });

    it('changes its revision on every committed write, as seen from another handle', async () => {
      const other = await h.another();
      const r0 = await other.revision();
      const a = articleWith('a', [{ text: 'A first quote.' }]);
      await store.replaceArticle(a.article, a.quotes);
      const r1 = await other.revision();
      expect(r1).not.toBe(r0);
      await store.replaceArticle(a.article, a.quotes);
      expect(await other.revision()).toBe(r1);
      const b = articleWith('a', [{ text: 'A second quote.' }], { version: 'v2' });
      await store.replaceArticle(b.article, b.quotes);
      const r2 = await other.revision();
      expect(r2).not.toBe(r1);
      await store.deleteArticle('a');
      expect(await other.revision()).not.toBe(r2);
    });

    it('answers the seed questions exactly as an in-memory SQLite reference does', async () => {
      const content = fs.readFileSync(SEED, 'utf8');
      const reference = new SqliteQuoteStore({ dir: ':memory:' });
      await reference.init();
      try {
        const ref = createOnRecord({ store: reference, now: NOW });
        const core = createOnRecord({ store, now: NOW });
        const doc = { content, source: 'data/articles/syria-nusra.txt' };
        const [r1, r2] = [await ref.ingestDocument(doc), await core.ingestDocument(doc)];
        expect(r2).toEqual(r1);
        expect(r2.quotes).toBeGreaterThan(5);
        expect(r2.speakers).toContain('John Kirby');
        for (const q of SEED_QUESTIONS) expect(comparable(await core.ask(q)), q).toEqual(comparable(await ref.ask(q)));

        // And the answers are the right ones, not merely equal.
        const nusra = await core.ask('what did Kirby say about Nusra');
        expect(nusra.status).toBe('found');
        expect(nusra.hits[0]!.speaker?.name).toBe('John Kirby');
        expect(nusra.hits[0]!.text).toMatch(/Nusra/);
        const spoiler = await core.ask('who said "we recognize it as a spoiler"');
        expect(spoiler.status).toBe('found');
        expect(spoiler.hits[0]!.speaker?.name).toBe('John Kirby');
        expect((await core.ask('quotes about zeppelins')).status).toBe('not_found');
        // The same article read by another newsroom's collection is not visible to the first.
        expect((await core.ask('what did Kirby say about Nusra', { collections: ['elsewhere'] })).hits).toEqual([]);
      } finally {
        await reference.close();
      }
    });

    it.each(['one by one', 'in batches'])('loses no article, duplicates no quote and raises no error with 8 ingesters (%s) and 50 questions at once', async (mode) => {
      const handles = await Promise.all(Array.from({ length: 8 }, () => h.another()));
      const reader = createOnRecord({ store: await h.another(), now: NOW, refreshMs: 50 });
      const speakers = ['John Kirby', 'Sergey Lavrov', 'Joseph Dunford', 'Maria Zakharova'];
      const topics = ['ceasefire', 'Aleppo', 'corridors', 'Nusra', 'evacuation', 'hostilities'];
      // Every ingester writes 10 articles of its own and re-ingests the same 4 shared articles (two versions).
      const own = (w: number, i: number) =>
        articleWith(`w${w}-a${i}`, Array.from({ length: 4 }, (_, k) => ({
          // Words of its own (no shared term row to queue on), so only the speaker rows are contended.
          text: `Kw${w}a${i}q${k} zw${w}a${i}q${k}.`,
          speaker: speakers[(w + k) % speakers.length]!,
          role: k % 2 ? 'minister' : 'spokesman',
          sortDate: `2016-10-${String(1 + ((w + i + k) % 28)).padStart(2, '0')}`,
        })), { collection: w % 2 ? 'default' : 'second' });
      const shared = (i: number, version: number) =>
        articleWith(`shared-${i}`, Array.from({ length: 3 }, (_, k) => ({ text: `Shared ${i} version ${version} quote ${k} about the ${topics[k]}.`, speaker: speakers[k]! })), { version: `v${version}` });
      const ingest = handles.map(async (s, w) => {
        const items: ReturnType<typeof own>[] = [];
        for (let i = 0; i < 10; i++) {
          items.push(own(w, i));
          if (i < 4) items.push(shared(i, w % 2));
        }
        if (mode === 'one by one') {
          for (const x of items) await s.replaceArticle(x.article, x.quotes);
          return;
        }
        // Batches of five, in the opposite order for every other ingester: batches hold shared articles in
        // different orders, so only a fixed lock order keeps them from deadlocking.
        if (w % 2) items.reverse();
        for (let i = 0; i < items.length; i += 5) {
          const out = await s.replaceArticles(items.slice(i, i + 5));
          expect(out.filter((o) => !o.ok)).toEqual([]);
        }
      });
      const questions = Array.from({ length: 50 }, (_, i) =>
        reader.ask(i % 2 ? `what did ${speakers[i % 4]} say about the ${topics[i % topics.length]}` : `quotes about ${topics[i % topics.length]}`, { collections: ['default', 'second'] }),
      );
      const settled = await Promise.allSettled([...ingest, ...questions]);
      expect(settled.filter((r) => r.status === 'rejected')).toEqual([]);

      const expected = new Map<string, StoredQuote[]>();
      for (let w = 0; w < 8; w++) for (let i = 0; i < 10; i++) expected.set(`w${w}-a${i}`, own(w, i).quotes);
      const counts = await store.counts();
      expect(counts.articles).toBe(80 + 4);
      expect(counts.quotes).toBe(80 * 4 + 4 * 3);
      const ids = Array.from({ length: 4 }, (_, i) => i);
      for (const i of ids) {
        const stored = await store.getArticle(`shared-${i}`);
        const version = [shared(i, 0), shared(i, 1)].find((v) => v.article.contentHash === stored?.contentHash);
        expect(version, `shared-${i} is one of its versions`).toBeDefined();
        expected.set(`shared-${i}`, version!.quotes);
      }
      const all = [...expected.values()].flat();
      const got = await store.getQuotes(all.map((q) => q.id));
      expect(got.length).toBe(all.length);
      const everything = await store.quotesBySpeakers(speakers.map((s) => all.find((q) => q.speakerName === s)!.speakerId!), { collections: ['default', 'second'] }, 10_000);
      expect(new Set(everything.map((q) => q.id)).size).toBe(everything.length);
      expect(everything.length).toBe(all.length);

      // Shared statistics survived the races: document frequencies and registry counts match the quotes.
      const stats = await store.termStats();
      expect(stats.quotes).toBe(all.length);
      expect(sortedEntries(stats.df)).toEqual(sortedEntries(dfOf(all)));
      for (const s of await store.listSpeakers()) {
        const mine = all.filter((q) => q.speakerId === s.id);
        const perCollection: Record<string, number> = {};
        for (const q of mine) perCollection[q.collection] = (perCollection[q.collection] ?? 0) + 1;
        expect(Object.fromEntries(Object.entries(s.collections).map(([c, p]) => [c, p.quotes])), s.id).toEqual(perCollection);
      }
    });

    it('lets another process answer a new quote within 2 seconds, without a restart', async () => {
      const writer = createOnRecord({ store, now: NOW });
      const reader = createOnRecord({ store: await h.another(), now: NOW });
      await writer.ingestDocument({ content: fs.readFileSync(SEED, 'utf8'), source: 'seed.txt' });
      expect((await reader.ask('what did Kirby say about zeppelins')).status).toBe('not_found');
      const started = Date.now();
      await writer.ingestDocument({
        content: '“We will not send zeppelins over Aleppo,” State Department spokesman John Kirby said on Friday.\n',
        source: 'zeppelins.txt',
        meta: { published: '2016-10-28' },
      });
      let answer = await reader.ask('what did Kirby say about zeppelins');
      while (answer.status !== 'found' && Date.now() - started < 5000) {
        await new Promise((r) => setTimeout(r, 50));
        answer = await reader.ask('what did Kirby say about zeppelins');
      }
      const took = Date.now() - started;
      expect(answer.status).toBe('found');
      expect(answer.hits[0]!.text).toMatch(/zeppelins/);
      expect(took).toBeLessThan(2000);
    });
  });
}

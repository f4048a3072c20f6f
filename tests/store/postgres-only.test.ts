import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { createOnRecord } from '../../src/core/index.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isOnRecordError } from '../../src/core/errors.js';
import { migrate } from '../../src/core/store/postgres/migrate.js';
import { MIGRATIONS } from '../../src/core/store/postgres/schema.js';
import { PostgresQuoteStore } from '../../src/core/store/postgres/store.js';
import { SqliteQuoteStore } from '../../src/core/store/sqlite/store.js';
import { inTransaction, lockKey } from '../../src/core/store/postgres/tx.js';
import { TERM_SEARCH } from '../../src/core/store/term-search.js';
import { INNER_MARK } from '../../src/core/store/postgres/nested-terms.js';
import { signatureOfTerms } from '../../src/core/store/postgres/term-signature.js';
import type { StoredQuote } from '../../src/core/store/port.js';
import { articleWith } from './fixtures.js';
import { writeLeadInArticles } from './lead-in-articles.js';
import { freshSchema } from './harness.js';

const url = inject('pgUrl');

/** What the PostgreSQL store does beyond the shared contract: migrations, pg_trgm, BM25 parity with FTS5. */
describe.skipIf(!url)('PostgreSQL store specifics', () => {
  const schemas: string[] = [];
  const opened: PostgresQuoteStore[] = [];
  let admin: pg.Client;
  const open = (schema: string) => {
    const s = new PostgresQuoteStore({ connectionString: url, schema, poolSize: 2 });
    opened.push(s);
    return s;
  };
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    for (const s of opened) await s.close();
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await admin.end();
  });

  it('migrates once when several processes start at the same moment, and again is a no-op', async () => {
    const schema = freshSchema('m');
    schemas.push(schema);
    await Promise.all(Array.from({ length: 6 }, () => open(schema).init()));
    await open(schema).init();
    const r = await admin.query(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
    expect(r.rows.map((x) => x.version)).toEqual(MIGRATIONS.map((m) => m.version));
    const ext = await admin.query("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'");
    expect(ext.rowCount).toBe(1);
  });

  it('upgrades a schema left at version 1 and keeps working', async () => {
    const schema = freshSchema('u');
    schemas.push(schema);
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      await migrate(pool, schema, 1);
    } finally {
      await pool.end();
    }
    const before = await admin.query(`SELECT version FROM "${schema}".schema_migrations`);
    expect(before.rows.map((x) => x.version)).toEqual([1]);
    const s = open(schema);
    await s.init();
    const r = await admin.query(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
    expect(r.rows.map((x) => x.version)).toEqual(MIGRATIONS.map((m) => m.version));
    const a = articleWith('a', [{ text: 'The ceasefire holds in Aleppo.', role: 'spokesman' }]);
    await s.replaceArticle(a.article, a.quotes);
    expect((await s.quotesByTerms(['aleppo'], { collections: ['default'] }, 5)).map((q) => q.text)).toEqual(['The ceasefire holds in Aleppo.']);
    expect((await s.listSpeakers())[0]?.collections.default?.roles).toEqual(['spokesman']);
  });

  it('splits speaker rows written at version 5 (roles of every collection together) per collection', async () => {
    const schema = freshSchema('p');
    schemas.push(schema);
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      await migrate(pool, schema, 5);
    } finally {
      await pool.end();
    }
    const t = `"${schema}"`;
    for (const [article, collection] of [['m', 'metro'], ['s', 'sport']]) {
      await admin.query(`INSERT INTO ${t}.articles (id, collection, content_hash, body_hash, ingested_at) VALUES ($1, $2, 'h', 'b', '2024-01-01')`, [article, collection]);
    }
    const quote = `INSERT INTO ${t}.quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, role, organisation, sort_date, start, "end", confidence, fingerprint, terms, context_terms)
      VALUES ($1, $2, 0, $3, 'Words.', 'direct', 'john-carver', $4, $5, $6, $7, 0, 6, 0.9, $1, 'word', '')`;
    await admin.query(quote, ['q1', 'm', 'metro', 'John Carver', 'unit head', 'Acme Holdings', '2024-03-04']);
    await admin.query(quote, ['q2', 's', 'sport', 'John Carver', 'striker', null, '2024-03-05']);
    // The row as version 5 kept it: one role list for every newsroom.
    await admin.query(`INSERT INTO ${t}.speakers (id, name, is_org, roles, organisations, counts, last_said, tallies)
      VALUES ('john-carver', 'John Carver', false, '{striker,"unit head"}', '{"Acme Holdings"}', '{"metro":1,"sport":1}', '2024-03-05',
        '{"roles":{"striker":1,"unit head":1},"orgs":{"Acme Holdings":1}}')`);
    const s = open(schema);
    await s.init();
    expect(await s.listSpeakers()).toEqual([
      {
        id: 'john-carver',
        isOrganisation: false,
        collections: {
          metro: { name: 'John Carver', quotes: 1, roles: ['unit head'], organisations: ['Acme Holdings'], lastSaid: '2024-03-04', roleStats: { 'unit head': { n: 1, first: '2024-03-04', last: '2024-03-04' } } },
          sport: { name: 'John Carver', quotes: 1, roles: ['striker'], organisations: [], lastSaid: '2024-03-05', roleStats: { striker: { n: 1, first: '2024-03-05', last: '2024-03-05' } } },
        },
      },
    ]);
  });

  it('refuses a schema written by a newer OnRecord', async () => {
    const schema = freshSchema('m');
    schemas.push(schema);
    await open(schema).init();
    await admin.query(`INSERT INTO "${schema}".schema_migrations (version, description) VALUES (999, 'from the future')`);
    const err = await open(schema).init().catch((e: unknown) => e);
    expect(isOnRecordError(err, 'STORE_FAILED')).toBe(true);
    expect((err as Error).message).toMatch(/newer OnRecord/);
  });

  it('rejects an unsafe schema name before connecting', () => {
    expect(() => new PostgresQuoteStore({ connectionString: url, schema: 'x; DROP TABLE y' })).toThrow(/invalid PostgreSQL schema/);
  });

  it('reports an unreachable database as STORE_FAILED', async () => {
    const s = new PostgresQuoteStore({ connectionString: 'postgres://nobody@127.0.0.1:1/none', schema: 'x' });
    const err = await s.init().catch((e: unknown) => e);
    await s.close();
    expect(isOnRecordError(err, 'STORE_FAILED')).toBe(true);
  });

  it('retries the victim of a real deadlock instead of failing, so both transactions commit', async () => {
    const schema = freshSchema('d');
    schemas.push(schema);
    await admin.query(`CREATE SCHEMA "${schema}"; CREATE TABLE "${schema}".t (id int PRIMARY KEY, n int NOT NULL); INSERT INTO "${schema}".t VALUES (1, 0), (2, 0)`);
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    try {
      let attempts = 0;
      // Two transactions lock rows 1 and 2 in opposite orders, each waiting for the other: PostgreSQL kills one.
      let release!: () => void;
      const barrier = new Promise<void>((r) => (release = r));
      let ready = 0;
      const bump = (first: number, second: number) =>
        inTransaction(pool, async (c) => {
          attempts++;
          await c.query(`UPDATE "${schema}".t SET n = n + 1 WHERE id = $1`, [first]);
          if (++ready === 2) release();
          await barrier;
          await c.query(`UPDATE "${schema}".t SET n = n + 1 WHERE id = $1`, [second]);
          return { value: true };
        });
      expect(await Promise.all([bump(1, 2), bump(2, 1)])).toEqual([true, true]);
      expect(attempts).toBe(3);
      const r = await admin.query(`SELECT id, n FROM "${schema}".t ORDER BY id`);
      expect(r.rows).toEqual([{ id: 1, n: 2 }, { id: 2, n: 2 }]);
    } finally {
      await pool.end();
    }
  });

  it('moves posting lists from the GIN index to the postings table (schema 10) and answers as before', async () => {
    const schema = freshSchema('g');
    schemas.push(schema);
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      await migrate(pool, schema, 7);
    } finally {
      await pool.end();
    }
    const t = `"${schema}"`;
    await admin.query(`INSERT INTO ${t}.articles (id, collection, content_hash, body_hash, ingested_at) VALUES ('a', 'default', 'h', 'b', '2024-01-01')`);
    await admin.query(`INSERT INTO ${t}.paragraphs (article_id, idx, text, near_terms) VALUES ('a', 0, 'P.', ''), ('a', 1, 'Q.', '')`);
    const quote = `INSERT INTO ${t}.quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, sort_date, start, "end", confidence, fingerprint, terms, context_terms)
      VALUES ($1, 'a', $2, 'default', $3, 'direct', 'john-kirby', 'John Kirby', '2024-03-04', 0, 6, 0.9, $1, $4, '')`;
    await admin.query(quote, ['q1', 0, 'The ceasefire holds in Aleppo.', 'ceasefir hold aleppo']);
    await admin.query(quote, ['q2', 1, 'Aleppo, Aleppo and the talks.', 'aleppo aleppo talk']);
    await admin.query(`INSERT INTO ${t}.terms (term, df) VALUES ('ceasefir', 1), ('hold', 1), ('aleppo', 2), ('talk', 1)`);
    await admin.query(`UPDATE ${t}.meta SET quotes = 2, term_total = 6`);
    expect((await admin.query(`SELECT 1 FROM pg_indexes WHERE schemaname = $1 AND indexname = 'quotes_tsv'`, [schema])).rowCount).toBe(1);
    const s = open(schema);
    await s.init();
    // One row per distinct term of each quote; the tsvector and its GIN index are gone.
    const rows = await admin.query(`SELECT term, seq FROM ${t}.postings ORDER BY term, seq`);
    expect(rows.rows.map((r) => r.term)).toEqual(['aleppo', 'aleppo', 'ceasefir', 'hold', 'talk']);
    expect((await admin.query(`SELECT 1 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'quotes' AND column_name = 'tsv'`, [schema])).rowCount).toBe(0);
    const f = { collections: ['default'] };
    expect((await s.quotesByTerms(['aleppo'], f, 5)).map((q) => q.id)).toEqual(['q2', 'q1']);
    expect((await s.quotesWithAllTerms(['aleppo', 'ceasefir'], f, 5)).map((q) => q.id)).toEqual(['q1']);
    // Writes after the upgrade keep the postings: a replaced article's rows go, the new ones come.
    const a = articleWith('a', [{ text: 'Corridors are open.' }]);
    await s.replaceArticle(a.article, a.quotes);
    expect((await admin.query(`SELECT DISTINCT term FROM ${t}.postings ORDER BY term`)).rows.map((r) => r.term)).toEqual(['corridor', 'open']);
    expect(await s.quotesByTerms(['aleppo'], f, 5)).toEqual([]);
  });

  it('recounts speaker rows written at schema 10 so each role keeps how often and when it was stated (schema 12)', async () => {
    const schema = freshSchema('r');
    schemas.push(schema);
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      await migrate(pool, schema, 10);
    } finally {
      await pool.end();
    }
    const t = `"${schema}"`;
    await admin.query(`INSERT INTO ${t}.articles (id, collection, content_hash, body_hash, ingested_at) VALUES ('a', 'default', 'h', 'b', '2024-01-01')`);
    await admin.query(`INSERT INTO ${t}.paragraphs (article_id, idx, text, near_terms) VALUES ('a', 0, 'Words.', '')`);
    const quote = `INSERT INTO ${t}.quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, role, sort_date, start, "end", confidence, fingerprint, terms, context_terms)
      VALUES ($1, 'a', 0, 'default', 'Words.', 'direct', 'alma-reyes', 'Alma Reyes', $2, $3, 0, 6, 0.9, $1, 'word', '')`;
    await admin.query(quote, ['q1', 'finance minister', '2021-05-02']);
    await admin.query(quote, ['q2', 'finance minister', '2022-02-20']);
    await admin.query(quote, ['q3', 'finance minister', null]);
    // The row as schema 10 kept it: role counts without dates.
    await admin.query(`INSERT INTO ${t}.speakers (id, name, is_org, counts, last_said, tallies, profiles) VALUES ('alma-reyes', 'Alma Reyes', false,
      '{"default":3}', '2022-02-20', '{"default":{"quotes":3,"name":"Alma Reyes","lastSaid":"2022-02-20","roles":{"finance minister":3},"orgs":{}}}',
      '{"default":{"name":"Alma Reyes","quotes":3,"roles":["finance minister"],"organisations":[],"lastSaid":"2022-02-20"}}')`);
    const s = open(schema);
    await s.init();
    expect((await s.listSpeakers())[0]?.collections.default?.roleStats).toEqual({ 'finance minister': { n: 3, first: '2021-05-02', last: '2022-02-20' } });
  });

  it('derives every quote\'s lead-in in place from the kept paragraphs (schema 13), as a schema-13 write holds them', async () => {
    const schema = freshSchema('l');
    schemas.push(schema);
    const s = open(schema);
    await s.init();
    const written = await writeLeadInArticles(s);
    expect(written.filter((q) => q.leadTerms).length).toBeGreaterThanOrEqual(3);
    const all = { collections: ['default'] };
    const speakers = [...new Set(written.map((q) => q.speakerId).filter((x): x is string => !!x))];
    const before = await s.rankRowsBySpeakers(speakers, all, 50);
    expect(before.filter((r) => r.leadTerms).length).toBe(written.filter((q) => q.leadTerms).length);
    // The schema as version 12 held it: no lead-in columns.
    const t = `"${schema}"`;
    await admin.query(`ALTER TABLE ${t}.quotes DROP COLUMN lead_in, DROP COLUMN lead_terms`);
    await admin.query(`DELETE FROM ${t}.schema_migrations WHERE version = 13`);
    const upgraded = open(schema);
    await upgraded.init();
    expect(await upgraded.rankRowsBySpeakers(speakers, all, 50)).toEqual(before);
    expect(await upgraded.getQuotes(written.map((q) => q.id))).toEqual(expect.arrayContaining(written));
    // Kept as counts of neighbourhood terms.
    expect((await admin.query(`SELECT count(*)::int AS n FROM ${t}.quotes WHERE lead_in IS NOT NULL`)).rows[0].n).toBe(before.filter((r) => r.leadTerms).length);
  });

  it('indexes every stored quote\'s sentence and lead-in terms in place (schema 15), row for row as a schema-15 write does', async () => {
    const schema = freshSchema('b');
    schemas.push(schema);
    const s = open(schema);
    await s.init();
    const written = await writeLeadInArticles(s);
    const all = { collections: ['default'] };
    const t = `"${schema}"`;
    const rows = `SELECT term, seq FROM ${t}.about_postings ORDER BY term, seq`;
    const postings = (await admin.query(rows)).rows;
    expect(postings.length).toBeGreaterThan(10);
    // "oar" and "sideways" are only in the lead-in of the coach's first quote, "shop" only in the museum
    // director's; the coach's name is only in the sentence attributing his quote, and is no topic of it.
    const coach = written.find((q) => q.text.startsWith('That was the longest'))!;
    const director = written.find((q) => q.text.startsWith('We are simply glad'))!;
    const asks = [['oar', 'sideway'], ['shop'], ['crew', 'regatta'], ['garden', 'rose'], ['kovalenko']];
    const before = await Promise.all(asks.map((terms) => s.rankRowsByTerms(terms, all, 10)));
    expect(before[0]!.map((r) => r.id)).toContain(coach.id);
    expect(before[1]!.map((r) => r.id)).toEqual([director.id]);
    expect(before[4]).toEqual([]);
    // The schema as version 14 held it: no about postings.
    await admin.query(`DROP TABLE ${t}.about_postings`);
    await admin.query(`DELETE FROM ${t}.schema_migrations WHERE version = 15`);
    const upgraded = open(schema);
    await upgraded.init();
    expect((await admin.query(rows)).rows).toEqual(postings);
    for (const [i, terms] of asks.entries()) expect(await upgraded.rankRowsByTerms(terms, all, 10), terms.join(' ')).toEqual(before[i]);
    // Deleting an article takes its about postings with it.
    await upgraded.deleteArticle(coach.articleId);
    expect(await upgraded.rankRowsByTerms(['oar', 'sideway'], all, 10)).toEqual([]);
    const left = (await admin.query(`SELECT count(*)::int AS n FROM ${t}.about_postings p WHERE NOT EXISTS (SELECT 1 FROM ${t}.quotes q WHERE q.seq = p.seq)`)).rows[0].n;
    expect(left).toBe(0);
  });

  it('signs every posting with its quote\'s term signature in place (schema 14), row for row as a schema-14 write does', async () => {
    const schema = freshSchema('s');
    schemas.push(schema);
    const s = open(schema);
    await s.init();
    const texts = ['The ceasefire holds in Aleppo.', 'Aleppo, Aleppo and the talks.', 'Talks on the ceasefire in Geneva resume.', 'Corridors are open in Aleppo.'];
    for (let i = 0; i < 6; i++) {
      const a = articleWith(`s${i}`, texts.map((text, k) => ({ text: `${text} Item${i}x${k}.`, sortDate: `2016-0${1 + k}-1${i}` })));
      await s.replaceArticle(a.article, a.quotes);
    }
    const t = `"${schema}"`;
    const postings = `SELECT p.term, p.seq, p.sig, q.terms FROM ${t}.postings p JOIN ${t}.quotes q ON q.seq = p.seq ORDER BY p.term, p.seq`;
    const written = (await admin.query(postings)).rows;
    expect(written.length).toBeGreaterThan(50);
    // Each posting carries the signature of its quote's own terms.
    for (const r of written) expect(r.sig, `${r.term} ${r.seq}`).toBe(signatureOfTerms(r.terms));
    const f = { collections: ['default'] };
    const asks = [['aleppo', 'ceasefir'], ['talk', 'aleppo'], ['ceasefir', 'geneva', 'resum'], ['corridor', 'talk'], ['item3x1', 'aleppo']];
    const before = await Promise.all(asks.map((terms) => s.quotesWithAllTerms(terms, f, 10)));
    expect(before.map((x) => x.length)).toEqual([6, 6, 6, 0, 1]);
    // The postings as version 13 held them: no signature, the key on (term, seq) alone.
    await admin.query(`ALTER TABLE ${t}.postings DROP CONSTRAINT postings_pkey`);
    await admin.query(`ALTER TABLE ${t}.postings DROP COLUMN sig`);
    await admin.query(`ALTER TABLE ${t}.postings ADD PRIMARY KEY (term, seq)`);
    await admin.query(`DELETE FROM ${t}.schema_migrations WHERE version = 14`);
    const upgraded = open(schema);
    await upgraded.init();
    expect((await admin.query(postings)).rows).toEqual(written);
    const key = await admin.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = 'postings'`, [schema]);
    expect(key.rows.map((r) => r.indexdef)).toEqual([expect.stringMatching(/PRIMARY KEY|UNIQUE INDEX postings_pkey .*\(term, seq\) INCLUDE \(sig\)/)]);
    for (const [i, terms] of asks.entries()) expect(await upgraded.quotesWithAllTerms(terms, f, 10), terms.join(' ')).toEqual(before[i]);
    // A write after the upgrade signs its postings as before it.
    const a = articleWith('s0', [{ text: 'Corridors and talks in Geneva.' }]);
    await upgraded.replaceArticle(a.article, a.quotes);
    for (const r of (await admin.query(postings)).rows) expect(r.sig).toBe(signatureOfTerms(r.terms));
    expect((await upgraded.quotesWithAllTerms(['corridor', 'talk'], f, 10)).map((q) => q.id)).toEqual(a.quotes.map((q) => q.id));
  });

  it('moves neighbourhood terms onto the quote rows, nested once (schema 11), on a store the code before left at 12', async () => {
    const at12 = freshSchema('n');
    const fresh = freshSchema('n');
    schemas.push(at12, fresh);
    // The store as the code before wrote it: 1-10 and 12 applied (11 was reserved then), terms on the paragraphs.
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      await migrate(pool, at12, 10);
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        await c.query(`SET LOCAL search_path TO "${at12}", public`);
        await MIGRATIONS.find((m) => m.version === 12)?.apply(c);
        await c.query(`INSERT INTO "${at12}".schema_migrations (version, description) VALUES (12, 'roles with dates')`);
        await c.query('COMMIT');
      } finally {
        c.release();
      }
    } finally {
      await pool.end();
    }
    const a = articleWith('a', [
      { text: 'The ceasefire holds in Aleppo.', sortDate: '2024-03-01', paragraph: 0 },
      { text: 'Talks on Aleppo resume.', sortDate: '2024-03-02', paragraph: 1 },
      { text: 'The zeppelin lands.', sortDate: '2024-03-03', paragraph: 1 },
    ]);
    // Realistic nesting: the sentence holds the quote, the neighbourhood the sentence; the third quote's sentence
    // is not a run of its paragraph's neighbourhood (stored in full).
    const [q1, q2, q3] = a.quotes as [StoredQuote, StoredQuote, StoredQuote];
    q1.contextTerms = `rebel said ${q1.terms} today`;
    q1.nearTerms = `report war ${q1.contextTerms} corridor open`;
    q2.contextTerms = `geneva ${q2.terms}`;
    q2.nearTerms = `corridor ${q2.contextTerms} report`;
    q3.contextTerms = `${q3.terms} slowli`;
    q3.nearTerms = q2.nearTerms;
    const t = `"${at12}"`;
    await admin.query(`INSERT INTO ${t}.articles (id, collection, content_hash, body_hash, ingested_at) VALUES ('a', 'default', $1, 'b', '2024-01-01')`, [a.article.contentHash]);
    await admin.query(`INSERT INTO ${t}.paragraphs (article_id, idx, text, near_terms) VALUES ('a', 0, $1, $2), ('a', 1, $3, $4)`, [q1.context, q1.nearTerms, q2.context, q2.nearTerms]);
    for (const q of a.quotes) {
      await admin.query(
        `INSERT INTO ${t}.quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, sort_date, start, "end", confidence, fingerprint, terms, context_terms)
         VALUES ($1, 'a', $2, 'default', $3, 'direct', $4, $5, $6, $7, $8, 0.9, $9, $10, $11)`,
        [q.id, q.paragraph, q.text, q.speakerId, q.speakerName, q.sortDate, q.start, q.end, q.fingerprint, q.terms, q.contextTerms],
      );
    }
    const s = open(at12);
    await s.init();
    expect((await admin.query(`SELECT version FROM ${t}.schema_migrations WHERE version = 11`)).rowCount).toBe(1);
    expect((await admin.query(`SELECT 1 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'paragraphs' AND column_name = 'near_terms'`, [at12])).rowCount).toBe(0);
    const stored = await admin.query(`SELECT id, context_terms, near_terms FROM ${t}.quotes ORDER BY sort_date`);
    expect(stored.rows).toEqual([
      { id: q1.id, context_terms: 'rebel said ^ today', near_terms: 'report war ^ corridor open' },
      { id: q2.id, context_terms: 'geneva ^', near_terms: 'corridor ^ report' },
      { id: q3.id, context_terms: '^ slowli', near_terms: q2.nearTerms },
    ]);
    // Read back exactly as written, by every read that hands out term lists.
    const f = { collections: ['default'] };
    const lists = (r: { id: string; terms: string; contextTerms: string; nearTerms: string }) => [r.id, r.terms, r.contextTerms, r.nearTerms];
    const want = [q3, q2, q1].map(lists);
    expect((await s.rankRowsBySpeakers(['john-kirby'], f, 10)).map(lists)).toEqual(want);
    expect((await s.quotesBySpeakers(['john-kirby'], f, 10)).map(lists)).toEqual(want);
    expect((await s.getQuotes([q1.id, q2.id, q3.id])).map(lists).sort()).toEqual([...want].sort());
    // The speaker pool's token test still sees every list: the quote's own terms, its sentence, its neighbourhood.
    const pool1 = async (term: string) => (await s.rankRowsBySpeakers(['john-kirby'], f, 10, [term])).map((r) => r.id);
    expect(await pool1('hold')).toEqual([q1.id]);
    expect(await pool1('geneva')).toEqual([q3.id, q2.id]); // q3's neighbourhood is q2's paragraph's
    expect(await pool1('corridor')).toEqual([q3.id, q2.id, q1.id]);
    expect(await pool1('today')).toEqual([q1.id]);
    expect(await pool1(INNER_MARK)).toEqual([]);
    // A store written at 11 stores the same lists: the upgrade's SQL and the write path's JS nest alike.
    const w = open(fresh);
    await w.init();
    await w.replaceArticle(a.article, a.quotes);
    expect((await admin.query(`SELECT id, context_terms, near_terms FROM "${fresh}".quotes ORDER BY sort_date`)).rows).toEqual(stored.rows);
    expect((await w.rankRowsBySpeakers(['john-kirby'], f, 10)).map(lists)).toEqual(want);
  });

  it('hands the core the same pool as SQLite when posting lists are longer than the cap (3,000 quotes)', async () => {
    const schema = freshSchema('c');
    schemas.push(schema);
    const pgStore = open(schema);
    await pgStore.init();
    const lite = new SqliteQuoteStore({ dir: ':memory:' });
    await lite.init();
    try {
      // Every quote says "budget"; most say "minister"; fewer say "school", "hospital" or a rare word: the
      // two common lists are cut at the cap, and the intersection of the rarest finds the rest.
      let seed = 11;
      const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
      const articles = Array.from({ length: 300 }, (_, i) => {
        const specs = Array.from({ length: 10 }, (_, k) => {
          const words = ['budget'];
          if (rnd(10) < 9) words.push('minister');
          if (rnd(10) < 3) words.push('schools');
          if (rnd(10) < 2) words.push('hospitals');
          if (rnd(50) === 0) words.push('zeppelin');
          for (let w = rnd(4); w > 0; w--) words.push(['talks', 'budget', 'minister', 'roads'][rnd(4)] as string);
          return { text: `${words.join(' ')} item${i}x${k}.`, sortDate: `2016-0${1 + rnd(9)}-1${rnd(10)}` };
        });
        return articleWith(`c${i}`, specs, { collection: i % 4 ? 'default' : 'other' });
      });
      // PostgreSQL in batches (the bulk path), SQLite one by one: the same order of rows either way.
      for (let i = 0; i < articles.length; i += 50) await pgStore.replaceArticles(articles.slice(i, i + 50));
      for (const x of articles) await lite.replaceArticle(x.article, x.quotes);
      expect((await pgStore.counts()).quotes).toBe(3000);
      expect(TERM_SEARCH.postingCap).toBeLessThan(3000);
      const queries = [['budget'], ['budget', 'minist'], ['budget', 'minist', 'school'], ['minist', 'hospit', 'zeppelin'], ['budget', 'road', 'talk', 'hospit']];
      const filters = [{ collections: ['default', 'other'] }, { collections: ['other'] }, { collections: ['default'], from: '2016-03-01', to: '2016-05-31' }];
      for (const terms of queries) {
        for (const filter of filters) {
          for (const limit of [3, 20, 200]) {
            const what = `${terms.join(' ')} ${JSON.stringify(filter)} ${limit}`;
            const a = (await pgStore.rankRowsByTerms(terms, filter, limit)).map((q) => q.id);
            const b = (await lite.rankRowsByTerms(terms, filter, limit)).map((q) => q.id);
            expect(a, what).toEqual(b);
            expect(a.length, what).toBeGreaterThan(0);
          }
        }
      }
      // The all-of look-up (who said "..."): PostgreSQL tests each posting's term signature before probing, the
      // answers must still be SQLite's, rare and common terms, cut at the limit or not. Over every collection
      // only: SQLite applies a filter to the newest four times the limit of the matches, PostgreSQL to all of them.
      const allOf = [['budget', 'minist', 'zeppelin'], ['minist', 'school', 'hospit'], ['budget', 'road', 'talk'], ['zeppelin', 'hospit'], ['budget', 'minist'], ['school', 'hospit', 'road', 'talk', 'budget', 'minist']];
      const every = { collections: ['default', 'other'] };
      const found: number[] = [];
      for (const terms of allOf) {
        for (const limit of [5, 80]) {
          const a = (await pgStore.quotesWithAllTerms(terms, every, limit)).map((q) => q.id);
          expect(a, `${terms.join(' ')} ${limit}`).toEqual((await lite.quotesWithAllTerms(terms, every, limit)).map((q) => q.id));
          if (limit === 80) found.push(a.length);
        }
      }
      // Some cut at the limit, some a handful, some none.
      expect(found.filter((n) => n === 80).length).toBeGreaterThan(0);
      expect(found.filter((n) => n > 0 && n < 80).length).toBeGreaterThan(0);
    } finally {
      await lite.close();
    }
  }, 120_000);

  it('leaves every posting page all-visible after a bulk load, once the loading store is closed (asynchronous commits included)', async () => {
    // The test cluster commits asynchronously, as a bulk-loading server may: a vacuum right after a commit
    // could not mark the pages just written. 6,000 quotes in six batches: the store vacuums after the fifth
    // (5,000, the first refresh) and, for the sixth, when it is closed.
    const schema = freshSchema('v');
    schemas.push(schema);
    const s = new PostgresQuoteStore({ connectionString: url, schema, poolSize: 2 });
    await s.init();
    for (let b = 0; b < 6; b++) {
      const batch = Array.from({ length: 100 }, (_, i) => articleWith(`v${b}x${i}`, Array.from({ length: 10 }, (_, k) => ({ text: `Budget talk ${b} ${i} ${k} and roads.` }))));
      await s.replaceArticles(batch);
    }
    await s.close();
    // Every posting read from the key alone: an index-only scan of the whole table visits the heap for none.
    await admin.query('BEGIN');
    try {
      await admin.query('SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off');
      const r = await admin.query(`EXPLAIN (ANALYZE, FORMAT JSON) SELECT count(*) FROM "${schema}".postings WHERE term >= ''`);
      type PlanNode = { 'Node Type': string; 'Actual Rows'?: number; 'Heap Fetches'?: number; Plans?: PlanNode[] };
      const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];
      const scan = nodes(r.rows[0]['QUERY PLAN'][0].Plan as PlanNode).find((n) => n['Node Type'] === 'Index Only Scan');
      expect(scan?.['Actual Rows']).toBeGreaterThan(6000);
      expect(scan?.['Heap Fetches']).toBe(0);
    } finally {
      await admin.query('ROLLBACK');
    }
  }, 120_000);

  it('cancels a statement already running in the server when the read\'s signal is aborted', async () => {
    const schema = freshSchema('x');
    schemas.push(schema);
    const store = open(schema);
    await store.init();
    const { article, quotes } = articleWith('held', [{ text: 'The ceasefire in Aleppo must hold.', sortDate: '2016-10-01' }]);
    await store.replaceArticle(article, quotes);
    // Another session holds the quotes table, so the read waits in the server until it is cancelled.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`LOCK TABLE "${schema}".quotes IN ACCESS EXCLUSIVE MODE`);
      const c = new AbortController();
      const read = store.quotesBySpeakers(['john-kirby'], { collections: ['default'] }, 10, { signal: c.signal });
      const settled = read.then(() => 'read', (e: unknown) => e);
      const waiting = async () => (await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%speaker_id = ANY%'`)).rows[0]!.n;
      for (let i = 0; i < 100 && (await waiting()) === 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await waiting()).toBe(1);
      c.abort();
      // Rejected while the lock is still held: the server stopped the statement, nothing waited for the lock.
      expect(await settled).toMatchObject({ name: 'AbortError' });
      expect(await waiting()).toBe(0);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    // The pool is healthy afterwards: the cancelled connection was closed, not handed to the next read.
    expect(await store.quotesBySpeakers(['john-kirby'], { collections: ['default'] }, 10)).toHaveLength(1);
  });

  it('derives the same advisory lock key for an id in every process', () => {
    expect(lockKey('john-kirby')).toBe(lockKey('john-kirby'));
    expect(lockKey('john-kirby')).not.toBe(lockKey('sergey-lavrov'));
    expect(Number.isInteger(lockKey('é'))).toBe(true);
    expect(Math.abs(lockKey('org:state-department'))).toBeLessThanOrEqual(2 ** 31);
  });

  it('answers in this process a quote another OS process ingested, within 2 seconds', async () => {
    const schema = freshSchema('x');
    schemas.push(schema);
    const store = open(schema);
    await store.init();
    const reader = createOnRecord({ store });
    const question = 'what did Kirby say about zeppelins';
    expect((await reader.ask(question)).status).toBe('not_found');
    const child = path.join(import.meta.dirname, 'ingest-child.ts');
    const content = '“We will not send zeppelins over Aleppo,” State Department spokesman John Kirby said on Friday.\n';
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', child, url, schema, content, 'zeppelins.txt'], { cwd: path.resolve(import.meta.dirname, '../..') });
    const committed = Date.now();
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}').status).toBe('added');
    let answer = await reader.ask(question);
    while (answer.status !== 'found' && Date.now() - committed < 5000) {
      await new Promise((r) => setTimeout(r, 50));
      answer = await reader.ask(question);
    }
    expect(answer.hits[0]?.text).toMatch(/zeppelins/);
    expect(Date.now() - committed).toBeLessThan(2000);
  });

  it('matches a misspelt speaker name by trigrams, within the asker\'s collections', async () => {
    const schema = freshSchema('s');
    schemas.push(schema);
    const s = open(schema);
    await s.init();
    const a = articleWith('a', [{ text: 'Corridors are open.', speaker: 'Sergey Lavrov' }, { text: 'The ceasefire holds.', speaker: 'John Kirby' }]);
    const b = articleWith('b', [{ text: 'Elsewhere.', speaker: 'Sergey Lavrentiev' }], { collection: 'other' });
    await s.replaceArticle(a.article, a.quotes);
    await s.replaceArticle(b.article, b.quotes);
    expect((await s.similarSpeakers('Sergei Lavrov', ['default'])).map((x) => x.name)).toEqual(['Sergey Lavrov']);
    expect((await s.similarSpeakers('Sergei Lavrov', ['other'])).map((x) => x.name)).toEqual(['Sergey Lavrentiev']);
    expect(await s.similarSpeakers('Zakharova', ['default'])).toEqual([]);
  });

  it('ranks term candidates in the same order as SQLite FTS5, so both stores hand the core the same pool', async () => {
    const schema = freshSchema('r');
    schemas.push(schema);
    const pgStore = open(schema);
    await pgStore.init();
    const lite = new SqliteQuoteStore({ dir: ':memory:' });
    await lite.init();
    try {
      // A deterministic corpus with varied lengths and repeats, in two collections, with non-Latin words.
      const vocab = ['ceasefire', 'aleppo', 'corridors', 'nusra', 'evacuation', 'russia', 'talks', 'budget', 'Лавров', 'غزة', 'schools', 'hospitals'];
      let seed = 7;
      const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
      for (let i = 0; i < 60; i++) {
        const specs = Array.from({ length: 4 }, (_, k) => ({
          text: Array.from({ length: 2 + rnd(9) }, () => vocab[rnd(vocab.length)]).join(' ') + ` unique${i}x${k}.`,
          sortDate: `2016-0${1 + rnd(9)}-1${rnd(10)}`,
        }));
        const x = articleWith(`a${i}`, specs, { collection: i % 3 ? 'default' : 'other' });
        await pgStore.replaceArticle(x.article, x.quotes);
        await lite.replaceArticle(x.article, x.quotes);
      }
      const queries: string[][] = [['ceasefir'], ['aleppo', 'corridor'], ['лавров', 'غزة', 'nusra'], ['budget', 'school', 'hospit', 'evacu'], ['unique3x1', 'talk']];
      // Small limits read candidates in chunks of 50 and a narrow filter skips most of them: the pool must
      // still be the same quotes in the same order.
      const filters = [
        { collections: ['default', 'other'] },
        { collections: ['other'] },
        { collections: ['default'], from: '2016-03-01', to: '2016-05-31' },
      ];
      for (const terms of queries) {
        for (const filter of filters) {
          for (const limit of [3, 20, 400]) {
            const what = `${terms.join(' ')} ${JSON.stringify(filter)} ${limit}`;
            const a = (await pgStore.quotesByTerms(terms, filter, limit)).map((q) => q.id);
            const b = (await lite.quotesByTerms(terms, filter, limit)).map((q) => q.id);
            expect(a, what).toEqual(b);
          }
        }
        expect((await pgStore.quotesByTerms(terms, filters[0]!, 20)).length, terms.join(' ')).toBeGreaterThan(0);
      }
    } finally {
      await lite.close();
    }
  });

  it('reads the quotes of hits with their articles and corrections in one statement (and the articles and corrections alone in one), as the separate reads give them', async () => {
    const schema = freshSchema('h');
    schemas.push(schema);
    const store = open(schema);
    await store.init();
    const words = { text: 'We recognize it as a spoiler.' };
    const wire = articleWith('wire', [words, { text: 'The talks resume on Monday.', speaker: 'Sergey Lavrov' }], { published: '2016-10-01', source: 'data/wire.txt' });
    const copy = articleWith('copy', [words], { published: '2016-10-02' });
    const undated = articleWith('undated', [words]);
    const elsewhere = articleWith('elsewhere', [words], { collection: 'other', published: '2016-09-01' });
    for (const x of [copy, wire, undated, elsewhere]) await store.replaceArticle(x.article, x.quotes);
    const talks = wire.quotes[1]!;
    const fixed = await store.addCorrection({ id: 'c0000000000a1', quoteId: talks.id, collections: ['default'], action: 'speaker', speakerId: 'maria-zakharova', speakerName: 'Maria Zakharova', reason: 'she said it', by: 'desk', at: '2024-02-01T10:00:00.000Z' });
    expect(fixed).not.toBeNull();
    for (const collections of [['default'], ['default', 'other'], ['other'], []]) {
      const filter = { collections };
      const ids = [wire.quotes[0]!.id, talks.id, copy.quotes[0]!.id, elsewhere.quotes[0]!.id, 'no-such-quote'];
      const read = await store.quotesForHits(ids, filter);
      const quotes = await store.getQuotes(ids);
      expect(read.quotes).toEqual(quotes);
      expect(read.carrying).toEqual(await store.articlesWithFingerprints(quotes.map((q) => q.fingerprint), filter));
      expect(read.corrected).toEqual(await store.correctionsOfQuotes(ids));
      const fingerprints = [...quotes.map((q) => q.fingerprint), 'no-such-print'];
      expect(await store.hitSources(ids, fingerprints, filter)).toEqual({ carrying: await store.articlesWithFingerprints(fingerprints, filter), corrected: read.corrected });
    }
    const one = await store.quotesForHits([talks.id], { collections: ['default'] });
    expect(one.corrected).toEqual(new Map([[talks.id, fixed!.id]]));
    expect([...one.carrying.values()].map((list) => list.map((a) => a.id))).toEqual([['wire']]);
    const shared = await store.quotesForHits([copy.quotes[0]!.id], { collections: ['default', 'other'] });
    expect([...shared.carrying.values()].map((list) => list.map((a) => a.id))).toEqual([['undated', 'elsewhere', 'wire', 'copy']]);
    expect(await store.quotesForHits([], { collections: ['default'] })).toEqual({ quotes: [], carrying: new Map(), corrected: new Map() });
    expect(await store.hitSources([], [], { collections: ['default'] })).toEqual({ carrying: new Map(), corrected: new Map() });

    // Planned once per connection, not at every question: after its five custom plans the statement keeps the
    // generic one (its array parameters are hidden from the planner, see planOnce in store.ts).
    const single = new PostgresQuoteStore({ connectionString: url, schema, poolSize: 1 });
    opened.push(single);
    for (let i = 0; i < 8; i++) await single.quotesForHits([talks.id, copy.quotes[0]!.id], { collections: ['default'] });
    const plans = await (single as unknown as { pool: pg.Pool }).pool.query<{ generic: string; custom: string }>(
      "SELECT generic_plans::text AS generic, custom_plans::text AS custom FROM pg_prepared_statements WHERE statement LIKE '%AS carrying%' AND statement LIKE '%q.id = ANY((SELECT%'",
    );
    expect(plans.rows).toEqual([{ generic: '3', custom: '5' }]);
  });
});

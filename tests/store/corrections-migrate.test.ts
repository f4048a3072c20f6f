import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { migrate } from '../../src/core/store/postgres/migrate.js';
import { PostgresQuoteStore } from '../../src/core/store/postgres/store.js';
import { MIGRATIONS } from '../../src/core/store/sqlite/schema.js';
import { DB_FILE, SqliteQuoteStore } from '../../src/core/store/sqlite/store.js';
import type { QuoteStore } from '../../src/core/store/port.js';
import { articleWith } from './fixtures.js';
import { freshSchema } from './harness.js';

/**
 * The corrections migration (SQLite 7, PostgreSQL 9) upgrades an index written before it in place: its quotes
 * stay, and a correction of one of them works at once.
 */
const pgUrl = inject('pgUrl');

async function correctsAnOldQuote(store: QuoteStore, quoteId: string): Promise<void> {
  expect(await store.listCorrections()).toEqual([]);
  const c = await store.addCorrection({
    id: 'c000000000001',
    quoteId,
    collections: ['default'],
    action: 'speaker',
    speakerId: 'sergey-lavrov',
    speakerName: 'Sergey Lavrov',
    reason: 'migrated',
    by: 'editor',
    at: '2024-01-02T00:00:00.000Z',
  });
  expect(c?.before).toEqual({ name: 'John Kirby' });
  expect((await store.getQuotes([quoteId]))[0]?.speakerName).toBe('Sergey Lavrov');
  expect((await store.rankRowsBySpeakers(['sergey-lavrov'], { collections: ['default'] }, 5)).map((r) => r.id)).toEqual([quoteId]);
}

describe('corrections migration', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('SQLite: an index at schema 5 gains the corrections tables (schema 7) and keeps its quotes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-corr-migrate-'));
    dirs.push(dir);
    // An index as schema 5 left it, with one quote written then.
    const db = new Database(path.join(dir, DB_FILE));
    for (const sql of MIGRATIONS.slice(0, 5)) db.exec(sql);
    db.pragma('user_version = 5');
    db.close();
    const a = articleWith('a', [{ text: 'The ceasefire holds in Aleppo.' }]);
    const raw = new Database(path.join(dir, DB_FILE));
    raw.prepare("INSERT INTO articles (id, collection, content_hash, body_hash, ingested_at) VALUES ('a', 'default', ?, 'b', '2024-01-01')").run(a.article.contentHash);
    raw.prepare("INSERT INTO paragraphs (article_id, idx, text, near_terms) VALUES ('a', 0, ?, '')").run(a.quotes[0]!.context);
    raw
      .prepare(
        `INSERT INTO quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, start, end, confidence, fingerprint, terms, context_terms, near_terms)
         VALUES (?, 'a', 0, 'default', ?, 'direct', 'john-kirby', 'John Kirby', 0, 30, 0.9, ?, ?, ?, ?)`,
      )
      .run(a.quotes[0]!.id, a.quotes[0]!.text, a.quotes[0]!.fingerprint, a.quotes[0]!.terms, a.quotes[0]!.contextTerms, a.quotes[0]!.nearTerms);
    raw.prepare(`INSERT INTO speakers (id, name, is_org, counts, profiles) VALUES ('john-kirby', 'John Kirby', 0, '{"default":1}', '{"default":{"name":"John Kirby","quotes":1,"roles":[],"organisations":[]}}')`).run();
    raw.close();

    const store = new SqliteQuoteStore({ dir });
    await store.init();
    const check = new Database(path.join(dir, DB_FILE), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(MIGRATIONS.length).toBeGreaterThanOrEqual(7);
    check.close();
    expect((await store.getQuotes([a.quotes[0]!.id]))[0]?.text).toBe('The ceasefire holds in Aleppo.');
    await correctsAnOldQuote(store, a.quotes[0]!.id);
    await store.close();
  });

  describe.skipIf(!pgUrl)('PostgreSQL', () => {
    const schemas: string[] = [];
    afterAll(async () => {
      if (!pgUrl) return;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
      await admin.end();
    });

    it('a schema at version 7 gains the corrections tables (version 9) and keeps its quotes', async () => {
      const schema = freshSchema('c');
      schemas.push(schema);
      const pool = new pg.Pool({ connectionString: pgUrl, max: 1 });
      try {
        await migrate(pool, schema, 7);
      } finally {
        await pool.end();
      }
      // A quote written at version 7 (before corrections existed), through the write path of that time.
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      const t = `"${schema}"`;
      const before = await admin.query(`SELECT to_regclass('${schema}.corrections') AS r`);
      expect(before.rows[0].r).toBeNull();
      await admin.query(`INSERT INTO ${t}.articles (id, collection, content_hash, body_hash, ingested_at) VALUES ('a', 'default', 'h', 'b', '2024-01-01')`);
      await admin.query(`INSERT INTO ${t}.paragraphs (article_id, idx, text, near_terms) VALUES ('a', 0, 'Kirby said it.', '')`);
      await admin.query(
        `INSERT INTO ${t}.quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, start, "end", confidence, fingerprint, terms, context_terms)
         VALUES ('q1', 'a', 0, 'default', 'The ceasefire holds.', 'direct', 'john-kirby', 'John Kirby', 0, 20, 0.9, 'f1', 'ceasefir hold', '')`,
      );
      await admin.query(`INSERT INTO ${t}.speakers (id, name, is_org, counts, profiles) VALUES ('john-kirby', 'John Kirby', false, '{"default":1}', '{"default":{"name":"John Kirby","quotes":1,"roles":[],"organisations":[]}}')`);
      const store = new PostgresQuoteStore({ connectionString: pgUrl, schema, poolSize: 2 });
      try {
        await store.init();
        const versions = await admin.query(`SELECT max(version) AS v FROM ${t}.schema_migrations`);
        expect(versions.rows[0].v).toBeGreaterThanOrEqual(9);
        await correctsAnOldQuote(store, 'q1');
      } finally {
        await store.close();
        await admin.end();
      }
    });
  });
});

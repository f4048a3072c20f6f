import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { migrate } from '../../src/core/store/postgres/migrate.js';
import { PostgresQuoteStore } from '../../src/core/store/postgres/store.js';
import { MIGRATIONS } from '../../src/core/store/sqlite/schema.js';
import { DB_FILE, SqliteQuoteStore } from '../../src/core/store/sqlite/store.js';
import type { QuoteStore } from '../../src/core/store/port.js';
import { freshSchema } from './harness.js';

const pgUrl = inject('pgUrl');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** What an upgraded index must do: read its existing quotes by write time, and keep follows. */
async function followsWorkOn(store: QuoteStore): Promise<void> {
  const got = await store.quotesIngestedSince(['john-kirby'], ['default'], '2024-01-01T00:00:00.000Z', 10);
  expect(got.map((q) => [q.id, q.text, q.context, q.ingestedAt])).toEqual([['q1', 'It must hold.', 'Kirby spoke.', '2024-02-01T00:00:00.000Z']]);
  expect(await store.quotesIngestedSince(['john-kirby'], ['default'], '2024-03-01T00:00:00.000Z', 10)).toEqual([]);
  const { follow, created } = await store.addFollow({ platform: 'slack', tenant: 'T1', channel: 'C1', speakerId: 'john-kirby', speakerName: 'John Kirby', topic: '', createdBy: 'U1', createdAt: '2024-01-01T00:00:00.000Z' });
  expect(created).toBe(true);
  expect(await store.claimDeliveries([{ followId: follow.id, fingerprint: 'f1', quoteId: 'q1' }], 60_000)).toHaveLength(1);
}

describe('follows migration: an existing index gains follows in place', () => {
  it('SQLite schema 5 -> 6', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-follows-migrate-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const db = new Database(path.join(dir, DB_FILE));
    for (const sql of MIGRATIONS.slice(0, 5)) db.exec(sql);
    db.pragma('user_version = 5');
    db.prepare("INSERT INTO articles (id, collection, content_hash, body_hash, ingested_at) VALUES ('a', 'default', 'h', 'b', '2024-02-01T00:00:00.000Z')").run();
    db.prepare("INSERT INTO paragraphs (article_id, idx, text, near_terms) VALUES ('a', 0, 'Kirby spoke.', '')").run();
    db.prepare(
      `INSERT INTO quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, start, end, confidence, fingerprint, terms, context_terms, near_terms)
       VALUES ('q1', 'a', 0, 'default', 'It must hold.', 'direct', 'john-kirby', 'John Kirby', 0, 12, 0.9, 'f1', 'must hold', 'kirbi spoke', '')`,
    ).run();
    db.close();
    const store = new SqliteQuoteStore({ dir });
    cleanups.push(() => store.close());
    await store.init();
    await followsWorkOn(store);
    const check = new Database(path.join(dir, DB_FILE), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    check.close();
  });

  it.skipIf(!pgUrl)('PostgreSQL 7 -> 8', async () => {
    const schema = freshSchema('fm');
    const pool = new pg.Pool({ connectionString: pgUrl, max: 2, options: `-c search_path=${schema},public` });
    cleanups.push(async () => {
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    });
    await migrate(pool, schema, 7);
    await pool.query(`
      INSERT INTO articles (id, collection, content_hash, body_hash, ingested_at) VALUES ('a', 'default', 'h', 'b', '2024-02-01T00:00:00.000Z');
      INSERT INTO paragraphs (article_id, idx, text, near_terms) VALUES ('a', 0, 'Kirby spoke.', '');
      INSERT INTO quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, start, "end", confidence, fingerprint, terms, context_terms)
        VALUES ('q1', 'a', 0, 'default', 'It must hold.', 'direct', 'john-kirby', 'John Kirby', 0, 12, 0.9, 'f1', 'must hold', 'kirbi spoke');
    `);
    const store = new PostgresQuoteStore({ connectionString: pgUrl, schema, poolSize: 2 });
    cleanups.push(() => store.close());
    await store.init();
    await followsWorkOn(store);
    const v = await pool.query<{ v: number }>(`SELECT max(version) AS v FROM "${schema}".schema_migrations`);
    expect(v.rows[0]?.v).toBeGreaterThanOrEqual(8);
  });
});

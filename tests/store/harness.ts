import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { QuoteStore } from '../../src/core/store/port.js';
import { SqliteQuoteStore } from '../../src/core/store/sqlite/store.js';
import { PostgresQuoteStore } from '../../src/core/store/postgres/store.js';
import type { StoreHarness } from './contract.js';

/**
 * Opens SQLite stores in a fresh folder (not :memory:), so that `another()` opens the same file as a second
 * process would; `dispose` closes them and removes the folder.
 */
export function sqliteHarness(prefix = 'onrecord-store-'): Promise<StoreHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return harnessOf(
    () => new SqliteQuoteStore({ dir }),
    () => fs.rmSync(dir, { recursive: true, force: true }),
  );
}

/** A fresh schema name: each test gets its own tables in the one test database. */
export function freshSchema(prefix = 't'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** Opens PostgreSQL stores on a fresh schema; `dispose` closes them and drops the schema. */
export function postgresHarness(url: string): Promise<StoreHarness> {
  const schema = freshSchema();
  return harnessOf(
    () => new PostgresQuoteStore({ connectionString: url, schema, poolSize: 4 }),
    async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await c.end();
      }
    },
  );
}

/** A harness over stores made by `make`: every handle opened is closed on dispose, then `cleanup` runs. */
async function harnessOf(make: () => QuoteStore, cleanup: () => unknown): Promise<StoreHarness> {
  const handles: QuoteStore[] = [];
  const open = async () => {
    const s = make();
    await s.init();
    handles.push(s);
    return s;
  };
  return {
    store: await open(),
    another: open,
    async dispose() {
      for (const s of handles) await s.close();
      await cleanup();
    },
  };
}

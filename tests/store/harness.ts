import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PostgresQuoteStore } from '../../src/core/store/postgres/store.js';
import type { StoreHarness } from './contract.js';

/** A fresh schema name: each test gets its own tables in the one test database. */
export function freshSchema(prefix = 't'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** Opens PostgreSQL stores on a fresh schema; `dispose` closes them and drops the schema. */
export async function postgresHarness(url: string): Promise<StoreHarness> {
  const schema = freshSchema();
  const handles: PostgresQuoteStore[] = [];
  const open = async () => {
    const s = new PostgresQuoteStore({ connectionString: url, schema, poolSize: 4 });
    await s.init();
    handles.push(s);
    return s;
  };
  return {
    store: await open(),
    another: open,
    async dispose() {
      for (const s of handles) await s.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await c.end();
      }
    },
  };
}

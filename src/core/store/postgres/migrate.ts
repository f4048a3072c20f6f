import type { Pool, PoolClient } from 'pg';
import { OnRecordError } from '../../errors.js';
import { MIGRATIONS } from './schema.js';

/** Advisory lock key (class id) that serialises migrations of every OnRecord schema in one database. */
export const MIGRATION_LOCK = 0x4f6e5201;

/**
 * Brings `schema` up to the latest version (or `target`, for upgrade tests) in one transaction. Several processes starting at once queue on
 * a transaction-scoped advisory lock, so each migration runs exactly once and a late starter finds the
 * work done. A schema newer than this code is refused rather than used half-understood.
 */
export async function migrate(pool: Pool, schema: string, target = MIGRATIONS.at(-1)?.version ?? 0): Promise<void> {
  let c: PoolClient;
  try {
    c = await pool.connect();
  } catch (err) {
    throw new OnRecordError('STORE_FAILED', `cannot connect to PostgreSQL: ${(err as Error).message}`, { cause: err });
  }
  try {
    await c.query('BEGIN');
    await c.query('SELECT pg_advisory_xact_lock($1, 0)', [MIGRATION_LOCK]);
    await c.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    // Unqualified names in the migrations land in the store's schema; pg_trgm lives in public.
    await c.query(`SET LOCAL search_path TO ${quoteIdent(schema)}, public`);
    await c.query(`CREATE TABLE IF NOT EXISTS ${quoteIdent(schema)}.schema_migrations (
      version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const r = await c.query<{ version: number }>(`SELECT version FROM ${quoteIdent(schema)}.schema_migrations`);
    const applied = new Set(r.rows.map((x) => x.version));
    const current = Math.max(0, ...applied);
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    if (current > latest) {
      throw new OnRecordError('STORE_FAILED', `the database schema "${schema}" was written by a newer OnRecord (version ${current}); upgrade OnRecord`);
    }
    // Every migration not yet applied, in order: a number that was reserved while later ones shipped (11 came
    // after 12) still runs on a database that has the later ones.
    for (const m of MIGRATIONS) {
      if (applied.has(m.version) || m.version > target) continue;
      await m.apply(c);
      await c.query(`INSERT INTO ${quoteIdent(schema)}.schema_migrations (version, description) VALUES ($1, $2)`, [m.version, m.description]);
    }
    await c.query('COMMIT');
  } catch (err) {
    await c.query('ROLLBACK').catch(() => undefined);
    if (err instanceof OnRecordError) throw err;
    throw new OnRecordError('STORE_FAILED', `could not migrate the PostgreSQL schema "${schema}": ${(err as Error).message}`, { cause: err });
  } finally {
    c.release();
  }
}

/** Double-quotes an identifier that has already been validated as a plain name. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

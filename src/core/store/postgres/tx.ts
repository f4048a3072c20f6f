import type { Pool, PoolClient } from 'pg';

/** SQLSTATEs worth retrying: the transaction lost a race, not the data. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 8;

/** True when a pg error is a serialization failure or a deadlock victim. */
export function isRetryable(err: unknown): boolean {
  return typeof err === 'object' && err !== null && RETRYABLE.has((err as { code?: string }).code ?? '');
}

/**
 * What a unit of work returns: its value and, optionally, SQL (without parameters) to run just before
 * COMMIT in the same round trip.
 */
export interface TxOutcome<T> {
  value: T;
  beforeCommit?: string;
}

/**
 * Runs `work` in one transaction and commits it; rolls back on any error. `begin` (plain SQL, no
 * parameters) rides with BEGIN in one round trip. Serialization failures and deadlock victims are retried
 * from the start after a short random pause (the lock order in the write path should make deadlocks
 * impossible; this is the safety net so one never reaches a user as an error).
 */
export async function inTransaction<T>(pool: Pool, work: (c: PoolClient) => Promise<TxOutcome<T>>, begin = ''): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const c = await pool.connect();
    try {
      await c.query(begin ? `BEGIN; ${begin}` : 'BEGIN');
      const out = await work(c);
      await c.query(out.beforeCommit ? `${out.beforeCommit}; COMMIT` : 'COMMIT');
      return out.value;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      if (!isRetryable(err) || attempt >= MAX_ATTEMPTS) throw err;
      await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20 * attempt));
    } finally {
      c.release();
    }
  }
}

/** A stable signed 32-bit key for an advisory lock (FNV-1a of the UTF-8 bytes): equal in every process. */
export function lockKey(id: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(id, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

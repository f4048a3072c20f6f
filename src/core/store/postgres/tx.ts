import type { Pool, PoolClient } from 'pg';

/** SQLSTATEs worth retrying: the transaction lost a race, not the data. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 8;

/** True when a pg error is a serialization failure or a deadlock victim. */
export function isRetryable(err: unknown): boolean {
  return typeof err === 'object' && err !== null && RETRYABLE.has((err as { code?: string }).code ?? '');
}

/**
 * Runs `work` in one transaction and commits it; rolls back on any error. Serialization failures and
 * deadlock victims are retried from the start after a short random pause (the lock order in the write path
 * should make deadlocks impossible; this is the safety net so one never reaches a user as an error).
 */
export async function inTransaction<T>(pool: Pool, work: (c: PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const result = await work(c);
      await c.query('COMMIT');
      return result;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      if (!isRetryable(err) || attempt >= MAX_ATTEMPTS) throw err;
      await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20 * attempt));
    } finally {
      c.release();
    }
  }
}

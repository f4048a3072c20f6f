import type Database from 'better-sqlite3';

/**
 * Prepared statements, compiled once per connection and reused: preparing costs more than running most of
 * our queries (tens of microseconds per call), and an ingest of a million quotes runs each write 100k times.
 */
export class Statements {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  /** The statement for `sql`, prepared on first use. Only for SQL with a fixed shape (no per-call text). */
  get(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      // IN lists of every length are distinct statements: keep the cache bounded.
      if (this.cache.size >= 1000) this.cache.clear();
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }
}

/** `?, ?, ?` for an IN list: variable-length lists get one cached statement per length. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(',');
}

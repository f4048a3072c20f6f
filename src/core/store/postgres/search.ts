import type { QuoteFilter } from '../port.js';

/** Index terms the full-text query accepts: the core's terms are letters, digits and `_`. */
const TERM = /^[\p{L}\p{N}_]+$/u;

/** The distinct, well-formed terms of a query, or none. */
export function cleanTerms(terms: string[]): string[] {
  return [...new Set(terms.filter((t) => TERM.test(t)))];
}

/**
 * The collection and time-window conditions on `q` as SQL, with their parameters numbered from `first`.
 * Collections are always filtered before any limit, so another newsroom's quotes never crowd a pool.
 */
export function filterSql(filter: QuoteFilter, first: number): { sql: string; params: unknown[] } {
  let n = first;
  let sql = `q.collection = ANY($${n++}::text[])`;
  const params: unknown[] = [filter.collections];
  if (filter.from) {
    sql += ` AND q.sort_date >= $${n++}`;
    params.push(filter.from);
  }
  if (filter.to) {
    sql += ` AND q.sort_date <= $${n++}`;
    params.push(filter.to);
  }
  return { sql, params };
}

/**
 * Candidate quotes for terms, best first by BM25 computed exactly as SQLite FTS5's `bm25()` does it
 * (k1 = 1.2, b = 0.75, idf = ln((N - n + 0.5) / (n + 0.5)) floored at 1e-6, N and the average length over
 * all quotes), so both stores hand the core the same pool. PostgreSQL's `ts_rank` has no global IDF, hence
 * the store's own `terms` statistics. Each term is looked up in the GIN index on its own (one bitmap scan
 * per term, as FTS5 walks one posting list per term); its frequency in a quote is 1 unless `repeats` says
 * more. Parameters: $1 terms, $2 limit, then the filter's from $3. Defines the CTE `scored(seq, score)`.
 */
export function bm25Sql(filterClause: string): string {
  return `
    WITH qt AS MATERIALIZED (
      SELECT t.term, m.avgdl, greatest(ln((m.n - coalesce(d.df, 0) + 0.5) / (coalesce(d.df, 0) + 0.5)), 1e-6) AS idf
      FROM unnest($1::text[]) AS t(term)
      CROSS JOIN (SELECT quotes::float8 AS n, CASE WHEN quotes > 0 THEN term_total::float8 / quotes ELSE 1 END AS avgdl FROM meta LIMIT 1) AS m
      LEFT JOIN terms d ON d.term = t.term
    ), scored AS (
      SELECT h.seq, sum(qt.idf * (h.tf * 2.2) / (h.tf + 1.2 * (0.25 + 0.75 * h.term_count / qt.avgdl))) AS score
      FROM qt CROSS JOIN LATERAL (
        SELECT q.seq, q.term_count, coalesce((q.repeats ->> qt.term)::float8, 1) AS tf
        FROM quotes q WHERE q.tsv @@ quote_literal(qt.term)::tsquery AND ${filterClause}
      ) AS h
      GROUP BY h.seq
      ORDER BY score DESC, h.seq
      LIMIT $2
    )`;
}

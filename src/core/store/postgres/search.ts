import type { QuoteFilter } from '../port.js';

/** Index terms the full-text query accepts: the core's terms are letters, digits and `_`. */
const TERM = /^[\p{L}\p{N}_]+$/u;

/** The distinct, well-formed terms of a query, or none. */
export function cleanTerms(terms: string[]): string[] {
  return [...new Set(terms.filter((t) => TERM.test(t)))];
}

/** An OR of exact lexemes (`'a' | 'b'`); quoting keeps each term one lexeme, unparsed. */
export function orQuery(terms: string[]): string {
  return terms.map((t) => `'${t}'`).join(' | ');
}

/**
 * The collection and time-window conditions on `q` as SQL, with their parameters numbered from `first`.
 * Collections are always filtered before any limit, so another newsroom's quotes never crowd a pool.
 */
export function filterSql(filter: QuoteFilter, first: number): { sql: string; params: string[] } {
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
  return { sql, params: params as string[] };
}

/**
 * Candidate quotes for terms, best first by BM25 computed exactly as SQLite FTS5's `bm25()` does it
 * (k1 = 1.2, b = 0.75, idf = ln((N - n + 0.5) / (n + 0.5)) floored at 1e-6, N and the average length over
 * all quotes), so both stores hand the core the same pool. PostgreSQL's `ts_rank` has no global IDF, hence
 * the store's own `terms` statistics. Term frequency is counted in the space-separated terms string (each
 * term padded by its own spaces, so neighbours do not share one). Parameters: $1 terms, $2 tsquery,
 * $3 limit, then the filter's.
 */
export function bm25Sql(filterClause: string): string {
  return `
    WITH s AS (
      SELECT quotes::float8 AS n, CASE WHEN quotes > 0 THEN term_total::float8 / quotes ELSE 1 END AS avgdl FROM meta
    ), qt AS (
      SELECT ' ' || t.term || ' ' AS pat,
        greatest(ln((s.n - coalesce(d.df, 0) + 0.5) / (coalesce(d.df, 0) + 0.5)), 1e-6) AS idf
      FROM unnest($1::text[]) AS t(term) CROSS JOIN s LEFT JOIN terms d ON d.term = t.term
    ), hit AS (
      SELECT q.seq, q.term_count, replace(' ' || q.terms || ' ', ' ', '  ') AS padded
      FROM quotes q WHERE q.tsv @@ $2::tsquery AND ${filterClause}
    ), scored AS (
      SELECT hit.seq, sum(qt.idf * (f.tf * 2.2) / (f.tf + 1.2 * (0.25 + 0.75 * hit.term_count / s.avgdl))) AS score
      FROM hit CROSS JOIN qt CROSS JOIN s
      CROSS JOIN LATERAL (SELECT ((length(hit.padded) - length(replace(hit.padded, qt.pat, ''))) / length(qt.pat))::float8 AS tf) AS f
      WHERE f.tf > 0
      GROUP BY hit.seq
      ORDER BY score DESC, hit.seq
      LIMIT $3
    )`;
}

import type { QuoteFilter } from '../port.js';

/*
 * The first cut of a full-text look-up, the same as the SQLite store's (src/core/store/sqlite/term-search.ts),
 * so both stores hand the core the same candidate pool and answers do not depend on the store:
 *   1. each term's posting list is read newest first, at most POSTING_CAP quotes (a common word adds little
 *      and must not cost much); its length stands in for the document frequency;
 *   2. a quote scores the IDF of every term whose list holds it; candidates are ranked by that (ties: newest),
 *      and those under MIN_SHARE_OF_BEST of the best score are dropped;
 *   3. candidates are read in chunks, best first, keeping those that pass the filter, until a chunk leaves
 *      at least `limit` of them (at most 8 chunks);
 *   4. those are ordered by BM25 of their own terms (ties: newest) and cut to `limit`.
 * IDF and BM25 are computed here in JavaScript with the same arithmetic as SQLite's, not in SQL, so equal
 * inputs give bit-for-bit equal scores.
 */

/** Most quotes read from one term's posting list. */
export const POSTING_CAP = 4000;
/** Candidates below this share of the best one's IDF sum are dropped (they cannot reach the core's coverage). */
export const MIN_SHARE_OF_BEST = 0.2;
const K1 = 1.2;
const B = 0.75;
const TERM = /^[\p{L}\p{N}_]+$/u;

/** The distinct, well-formed terms of a query (the core's terms are letters, digits and `_`). */
export function cleanTerms(terms: string[]): string[] {
  return [...new Set(terms.filter((t) => TERM.test(t)))];
}

/** Inverse document frequency as BM25 has it, never negative. */
export function idf(quotes: number, df: number): number {
  return Math.log(1 + (quotes - df + 0.5) / (df + 0.5));
}

/** BM25 of a quote's own terms for the looked-up terms. */
export function bm25(terms: string, idfs: Map<string, number>, avgLength: number): number {
  const list = terms ? terms.split(' ') : [];
  const tf = new Map<string, number>();
  for (const t of list) if (idfs.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
  const norm = 1 - B + (B * list.length) / (avgLength || 1);
  let s = 0;
  for (const [t, n] of tf) s += (idfs.get(t) as number) * ((n * (K1 + 1)) / (n + K1 * norm));
  return s;
}

/** Candidates read per chunk for a pool of `limit`. */
export function chunkSize(limit: number): number {
  return Math.min(500, Math.max(50, limit * 2));
}

/** The IDF of each term with a non-empty posting list, from exact document frequencies. */
export function termIdfs(terms: string[], df: Record<string, number>, quotes: number): Map<string, number> {
  const idfs = new Map<string, number>();
  for (const t of terms) {
    const len = Math.min(df[t] ?? 0, POSTING_CAP);
    if (len > 0) idfs.set(t, idf(Math.max(quotes, len), len));
  }
  return idfs;
}

/**
 * The collection and time-window conditions on `q` as SQL, with their parameters numbered from `first`.
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
 * Steps 1-2 in SQL, with the filter applied to the first `$3` candidates: rows `(seq, rn, terms)` in rank
 * order. Each term is one GIN look-up; the IDF sum is added in term order (`ORDER BY ti`), as SQLite adds it.
 * Parameters: $1 terms, $2 their IDFs, $3 how many ranked candidates to consider, then the filter's from $4.
 */
export function candidatesSql(filterClause: string): string {
  return `
    WITH qt AS (
      SELECT * FROM unnest($1::text[], $2::float8[]) WITH ORDINALITY AS t(term, w, ti)
    ), posting AS (
      SELECT qt.ti, qt.w, p.seq FROM qt CROSS JOIN LATERAL (
        SELECT q.seq FROM quotes q WHERE q.tsv @@ quote_literal(qt.term)::tsquery ORDER BY q.seq DESC LIMIT ${POSTING_CAP}
      ) AS p
    ), summed AS (
      SELECT seq, sum(w ORDER BY ti) AS s FROM posting GROUP BY seq
    ), ranked AS (
      SELECT seq, s, max(s) OVER () AS best, row_number() OVER (ORDER BY s DESC, seq DESC) AS rn FROM summed
    )
    SELECT r.seq, r.rn, q.terms FROM ranked r JOIN quotes q ON q.seq = r.seq
    WHERE r.rn <= $3 AND r.s >= ${MIN_SHARE_OF_BEST}::float8 * r.best AND ${filterClause}
    ORDER BY r.rn`;
}

/** Steps 3-4 over the filtered candidates: the `seq`s of the pool, best first. */
export function pickPool(rows: { seq: number; rn: number; terms: string }[], limit: number, idfs: Map<string, number>, avgLength: number): number[] {
  const chunk = chunkSize(limit);
  const kept: { seq: number; s: number }[] = [];
  let i = 0;
  for (let c = 0; c < 8 && kept.length < limit; c++) {
    const end = (c + 1) * chunk;
    while (i < rows.length && (rows[i] as { rn: number }).rn <= end) {
      const r = rows[i++] as { seq: number; terms: string };
      kept.push({ seq: r.seq, s: bm25(r.terms, idfs, avgLength) });
    }
    if (i >= rows.length) break;
  }
  return kept.sort((a, b) => b.s - a.s || b.seq - a.seq).slice(0, limit).map((k) => k.seq);
}

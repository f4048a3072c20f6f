import type { QuoteFilter } from '../port.js';
import type { PostingsAnswer } from '../term-search.js';

/*
 * PostgreSQL's answers to the shared term search's index reads (src/core/store/term-search.ts). Posting lists
 * live in `postings (term, seq)` (schema 10), a B-tree ordered by term then row number: a term's newest quotes
 * are one backward range scan of at most the cap, read from the index alone, instead of a GIN bitmap scan that
 * visits every matching row and sorts them all. Each read is one statement (one round trip).
 */

export { cleanTerms } from '../term-search.js';

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
 * The `postings` read in one statement (one snapshot): totals, each term's document frequency and each term's
 * newest `$2` row numbers in `postings` and in `about_postings` (schema 15) (comma-separated: a few thousand numbers parse faster from one string than from a
 * bigint array). Parameters: $1 terms, $2 cap, $3 the about lists' cap.
 */
export const POSTINGS_SQL = `
  SELECT m.quotes, m.term_total,
    (SELECT json_object_agg(term, df) FROM terms WHERE term = ANY($1::text[])) AS df,
    (SELECT json_object_agg(t.term, (
        SELECT string_agg(x.seq::text, ',' ORDER BY x.seq DESC)
        FROM (SELECT p.seq FROM postings p WHERE p.term = t.term ORDER BY p.seq DESC LIMIT $2) x))
     FROM unnest($1::text[]) AS t(term)) AS lists,
    (SELECT json_object_agg(t.term, (
        SELECT string_agg(x.seq::text, ',' ORDER BY x.seq DESC)
        FROM (SELECT p.seq FROM about_postings p WHERE p.term = t.term ORDER BY p.seq DESC LIMIT $3) x))
     FROM unnest($1::text[]) AS t(term)) AS about
  FROM meta m`;

/**
 * The `allOf` read: the newest `$3` row numbers holding `$1` (the rarest term, walked newest first) and every
 * term of `$2`: first the term signature `$4` of all of them, tested in the key entry itself (schema 14), then
 * each remaining posting probed in the primary key for every term of `$2`.
 */
export const ALL_OF_SQL = `
  SELECT string_agg(s.seq::text, ',' ORDER BY s.seq DESC) AS seqs FROM (
    SELECT p.seq FROM postings p
    WHERE p.term = $1 AND (p.sig & $4::bigint) = $4::bigint
      AND (SELECT count(*) FROM postings x WHERE x.term = ANY($2::text[]) AND x.seq = p.seq) = cardinality($2::text[])
    ORDER BY p.seq DESC LIMIT $3) s`;

/** Row numbers from their comma-separated form (null: none). */
export function parseSeqs(s: string | null | undefined): number[] {
  return s ? s.split(',').map(Number) : [];
}

/** The row `POSTINGS_SQL` returns. */
export interface PostingsRow {
  quotes: string;
  term_total: string;
  df: Record<string, number> | null;
  lists: Record<string, string | null> | null;
  about: Record<string, string | null> | null;
}

/** The answer to a `postings` read from the row of `POSTINGS_SQL`. */
export function postingsAnswer(row: PostingsRow | undefined): PostingsAnswer {
  const lists = new Map<string, number[]>();
  for (const [t, s] of Object.entries(row?.lists ?? {})) lists.set(t, parseSeqs(s));
  const about = new Map<string, number[]>();
  for (const [t, s] of Object.entries(row?.about ?? {})) about.set(t, parseSeqs(s));
  return { quotes: Number(row?.quotes ?? 0), termTotal: Number(row?.term_total ?? 0), df: new Map(Object.entries(row?.df ?? {})), lists, about };
}

/** Each non-empty space-separated token of `s.terms` as a row `t(term)`: how both posting forms split a term string. */
const TERMS_OF_S = `CROSS JOIN LATERAL unnest(string_to_array(s.terms, ' ')) AS t(term) WHERE t.term <> ''`;

/**
 * Terms of a term string as posting rows: each distinct non-empty token once. SQL over `src` rows `(seq, terms)`.
 * (Schema 10's form, and the rows a delete removes: since 14 a written row also carries its quote's signature.)
 */
export function postingRowsSql(src: string): string {
  return `SELECT DISTINCT t.term, s.seq FROM ${src} s ${TERMS_OF_S}`;
}

/**
 * Posting rows with their quote's term signature (schema 14, see term-signature.ts): SQL over `src` rows
 * `(seq, id, terms)`, the signatures given as two parallel arrays `ids` and `sigs` (parameter names).
 */
export function signedPostingRowsSql(src: string, ids: string, sigs: string): string {
  return `SELECT DISTINCT t.term, s.seq, g.sig FROM ${src} s
    JOIN unnest(${ids}::text[], ${sigs}::bigint[]) AS g(id, sig) ON g.id = s.id ${TERMS_OF_S}`;
}

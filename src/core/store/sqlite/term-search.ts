import type { PostingsAnswer, TermRead } from '../term-search.js';
import type { Statements } from './statements.js';

/*
 * SQLite's answers to the shared term search's index reads (src/core/store/term-search.ts): posting lists from
 * FTS5 read newest first with a LIMIT (no `ORDER BY rank`, which would score every quote holding any term), and
 * FTS5's own intersection for `allOf`. Rows are read by the store, which knows the columns asked for.
 */

const POSTING = 'SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT ?';
/** The `about` field's postings (schema 11). */
const ABOUT_POSTING = 'SELECT rowid FROM quotes_about_fts WHERE quotes_about_fts MATCH ? ORDER BY rowid DESC LIMIT ?';

/** The `postings` read: each term's newest rowids, with the statistics (frequencies lag the term log by < 1,000 writes). */
export function readPostings(st: Statements, read: Extract<TermRead, { read: 'postings' }>, meta: (key: string) => string): PostingsAnswer {
  const posting = st.get(POSTING).pluck();
  const aboutPosting = st.get(ABOUT_POSTING).pluck();
  const dfOf = st.get('SELECT df FROM terms WHERE term = ?').pluck();
  const lists = new Map<string, number[]>();
  const about = new Map<string, number[]>();
  const df = new Map<string, number>();
  for (const t of read.terms) {
    lists.set(t, posting.all(`"${t}"`, read.cap) as number[]);
    about.set(t, aboutPosting.all(`"${t}"`, read.aboutCap) as number[]);
    const n = dfOf.get(t) as number | undefined;
    if (n) df.set(t, n);
  }
  return { quotes: Number(meta('quotes')), termTotal: Number(meta('term_total')), df, lists, about };
}

/** The `allOf` read: the newest rowids holding every term. */
export function readAllOf(st: Statements, read: Extract<TermRead, { read: 'allOf' }>): number[] {
  return st.get(POSTING).pluck().all(read.terms.map((t) => `"${t}"`).join(' AND '), read.cap) as number[];
}

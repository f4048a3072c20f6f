import type { PoolClient } from 'pg';
import { aboutTerms } from '../about-terms.js';
import type { RankRowRecord } from '../rows.js';
import { RANK_ROW_COLUMNS, rankRowFromRow } from './rows.js';

/*
 * The `about` field's postings (schema 15): `about_postings (term, seq)`, one row per distinct term of a quote's
 * about terms (../about-terms.ts), read like `postings` by the term search at a lower weight. Written with the
 * quote, removed with it by (term, seq) as computed from the quote's stored rank row.
 */

/** A stored quote's row number, rank row columns (as read with `ABOUT_COLUMNS`) and its speaker's stated details. */
export type SeqRankRow = RankRowRecord & { seq: string | number; speaker_name: string | null; role: string | null; organisation: string | null };

/** What the about terms of a stored quote are computed from (quotes as `q`). */
export const ABOUT_COLUMNS = `q.seq, ${RANK_ROW_COLUMNS}, q.speaker_name, q.role, q.organisation`;

/** The about postings of stored quotes as two parallel arrays (terms, row numbers). */
export function aboutPostingsOf(rows: SeqRankRow[]): [string[], string[]] {
  const terms: string[] = [];
  const seqs: string[] = [];
  for (const r of rows) {
    const about = aboutTerms({ ...rankRowFromRow(r), speakerName: r.speaker_name, role: r.role, organisation: r.organisation });
    for (const t of about ? about.split(' ') : []) {
      terms.push(t);
      seqs.push(String(r.seq));
    }
  }
  return [terms, seqs];
}

/** Removes the about postings of quotes being deleted (their stored rank rows). */
export async function unpostAbout(c: PoolClient, rows: SeqRankRow[]): Promise<void> {
  const [terms, seqs] = aboutPostingsOf(rows);
  if (terms.length === 0) return;
  await c.query('DELETE FROM about_postings p USING unnest($1::text[], $2::bigint[]) AS o(term, seq) WHERE p.term = o.term AND p.seq = o.seq', [terms, seqs]);
}

/** Quotes whose about postings one round trip of the migration writes. */
const QUOTES_PER_BATCH = 5000;

/** Schema 15: the about postings of every stored quote, in row-number batches, inside the migrating transaction. */
export async function postStoredAbout(c: PoolClient): Promise<void> {
  for (let after = -1; ; ) {
    const r = await c.query<SeqRankRow>(`SELECT ${ABOUT_COLUMNS} FROM quotes q WHERE q.seq > $1 ORDER BY q.seq LIMIT $2`, [after, QUOTES_PER_BATCH]);
    if (r.rows.length === 0) break;
    const [terms, seqs] = aboutPostingsOf(r.rows);
    if (terms.length) await c.query('INSERT INTO about_postings (term, seq) SELECT * FROM unnest($1::text[], $2::bigint[])', [terms, seqs]);
    after = Number((r.rows[r.rows.length - 1] as SeqRankRow).seq);
  }
}

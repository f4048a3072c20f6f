import { aboutTerms } from '../about-terms.js';
import { RANK_COLUMNS, rankRowFromArray } from './rows.js';
import type { Statements } from './statements.js';
import type { TermIds } from './term-ids.js';

/**
 * Schema 11: indexes every stored quote's about terms (../about-terms.ts) in `quotes_about_fts`, from what its
 * rank row holds (own, sentence and lead-in terms) and its speaker's name, role and organisation, in rowid batches inside the migration's transaction.
 */
export function indexStoredAbout(st: Statements, ids: TermIds): void {
  ids.sync();
  const decode = (code: string | null, inner: string) => ids.decode(code, inner);
  const batch = st.get(`SELECT ${RANK_COLUMNS}, q.speaker_name, q.role, q.organisation, q.rowid FROM quotes q WHERE q.rowid > ? ORDER BY q.rowid LIMIT 2000`).raw();
  const at = RANK_COLUMNS.split(',').length;
  const insert = st.get('INSERT INTO quotes_about_fts (rowid, terms) VALUES (?, ?)');
  for (let after = 0; ; ) {
    const rows = batch.all(after) as unknown[][];
    if (rows.length === 0) break;
    for (const r of rows) {
      const about = aboutTerms({ ...rankRowFromArray(r, decode), speakerName: r[at] as string | null, role: r[at + 1] as string | null, organisation: r[at + 2] as string | null });
      if (about) insert.run(r[r.length - 1], about);
    }
    const last = rows[rows.length - 1] as unknown[];
    after = last[last.length - 1] as number;
  }
}

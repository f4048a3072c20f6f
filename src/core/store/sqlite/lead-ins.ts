import type { StoredQuote } from '../port.js';
import { deriveLeadIns, type StoredLeadQuote } from '../lead-derive.js';
import { leadCount } from '../lead-terms.js';
import { QUOTE_TEXT_SQL } from './quote-text.js';
import type { Statements } from './statements.js';
import type { TermIds } from './term-ids.js';

/**
 * The `lead_in` value of a quote (schema 10): NULL for no lead-in, the count of neighbourhood terms it is (see
 * ../lead-terms.ts), or else its terms as a term-id list.
 */
export function storedLeadIn(q: Pick<StoredQuote, 'leadTerms' | 'nearTerms' | 'contextTerms'>, ids: TermIds): bigint | string | null {
  if (!q.leadTerms) return null;
  const n = leadCount(q.nearTerms, q.contextTerms, q.leadTerms);
  // A bigint binds as an INTEGER (one byte for a sentence's count); a number would bind as an 8-byte REAL in a
  // column without affinity.
  return n === null ? ids.encode(q.leadTerms) : BigInt(n);
}

/**
 * Schema 10: derives every stored quote's lead-in from the kept paragraphs (../lead-derive.ts), an article at a
 * time, inside the migration's transaction.
 */
export function deriveStoredLeadIns(st: Statements, ids: TermIds): void {
  ids.sync();
  const articles = st.get('SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT 500').pluck();
  const paragraphs = st.get('SELECT idx, text FROM paragraphs WHERE article_id = ?').raw();
  const quotes = st
    .get(
      `SELECT q.rowid, q.paragraph, q.start, q.end, ${QUOTE_TEXT_SQL}, q.speaker_id, q.confidence, q.terms, q.context_terms, q.near_terms FROM quotes q
       LEFT JOIN paragraphs p ON p.article_id = q.article_id AND p.idx = q.paragraph WHERE q.article_id = ?`,
    )
    .raw();
  const write = st.get('UPDATE quotes SET lead_in = ? WHERE rowid = ?');
  let after = '';
  for (;;) {
    const batch = articles.all(after) as string[];
    if (batch.length === 0) break;
    for (const id of batch) {
      const paras = new Map((paragraphs.all(id) as [number, string][]).map(([idx, text]) => [idx, text]));
      const rows = quotes.all(id) as [number, number, number, number, string | null, string | null, number, string, string, string | null][];
      const read: (StoredLeadQuote & { rowid: number })[] = rows.map(([rowid, paragraph, start, end, text, speakerId, confidence, terms, context, near]) => {
        const t = ids.decode(terms, '');
        const contextTerms = ids.decode(context, t);
        return { rowid, paragraph, start, end, text: text ?? '', speakerId, confidence, contextTerms, nearTerms: ids.decode(near, contextTerms) };
      });
      const leads = deriveLeadIns(paras, read);
      read.forEach((q, i) => {
        const leadTerms = leads[i] as string;
        if (leadTerms) write.run(storedLeadIn({ ...q, leadTerms }, ids), q.rowid);
      });
    }
    after = batch[batch.length - 1] as string;
  }
}

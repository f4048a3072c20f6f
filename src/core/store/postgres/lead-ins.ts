import type { PoolClient } from 'pg';
import { deriveLeadIns, type StoredLeadQuote } from '../lead-derive.js';
import { leadColumns, unnested } from './rows.js';

/** Articles whose lead-ins one round trip derives and writes. */
const ARTICLES_PER_BATCH = 500;

/**
 * Schema 13: derives every stored quote's lead-in from the kept paragraphs (../lead-derive.ts), a batch of
 * articles at a time, inside the migrating transaction.
 */
export async function deriveLeadInColumns(c: PoolClient): Promise<void> {
  let after = '';
  for (;;) {
    const batch = await c.query<{ id: string }>('SELECT id FROM articles WHERE id > $1 ORDER BY id LIMIT $2', [after, ARTICLES_PER_BATCH]);
    if (batch.rows.length === 0) break;
    const ids = batch.rows.map((r) => r.id);
    const paras = await c.query<{ article_id: string; idx: number; text: string }>('SELECT article_id, idx, text FROM paragraphs WHERE article_id = ANY($1::text[])', [ids]);
    // Schema 11 (always applied before 13) keeps the neighbourhood terms on the quote row, nested: put back whole.
    const quotes = await c.query<{ id: string; article_id: string; paragraph: number; start: number; end: number; text: string; speaker_id: string | null; confidence: number; terms: string; context_terms: string; near_terms: string | null }>(
      `SELECT q.id, q.article_id, q.paragraph, q.start, q."end" AS "end", q.text, q.speaker_id, q.confidence, q.terms, q.context_terms, q.near_terms
       FROM quotes q WHERE q.article_id = ANY($1::text[])`,
      [ids],
    );
    for (const q of quotes.rows) unnested(q);
    const updates: { id: string; lead_in: number | null; lead_terms: string | null }[] = [];
    const parasOf = groupBy(paras.rows, (p) => p.article_id);
    const quotesOf = groupBy(quotes.rows, (q) => q.article_id);
    for (const id of ids) {
      const paragraphs = new Map((parasOf.get(id) ?? []).map((p) => [p.idx, p.text]));
      const rows = quotesOf.get(id) ?? [];
      const read: StoredLeadQuote[] = rows.map((q) => ({ paragraph: q.paragraph, start: q.start, end: q.end, text: q.text, speakerId: q.speaker_id, confidence: q.confidence, contextTerms: q.context_terms, nearTerms: q.near_terms ?? '' }));
      deriveLeadIns(paragraphs, read).forEach((leadTerms, i) => {
        if (leadTerms) updates.push({ id: (rows[i] as { id: string }).id, ...leadColumns({ ...(read[i] as StoredLeadQuote), leadTerms }) });
      });
    }
    if (updates.length > 0) {
      await c.query(
        `UPDATE quotes q SET lead_in = u.lead_in, lead_terms = u.lead_terms
         FROM json_to_recordset($1::json) AS u(id text, lead_in integer, lead_terms text) WHERE q.id = u.id`,
        [JSON.stringify(updates)],
      );
    }
    after = ids[ids.length - 1] as string;
  }
}

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

import type { PoolClient } from 'pg';
import type { ReplaceResult, StoredArticle, StoredQuote } from '../port.js';
import { articleRecord, quoteRecord } from './rows.js';
import { postingRowsSql } from './search.js';
import { addToSpeakers, recountSpeakers } from './speakers.js';
import { lockKey, type TxOutcome } from './tx.js';

/** Advisory lock class ids: one lock per article id, one per speaker id (second key = `lockKey(id)`). */
export const ARTICLE_LOCK = 0x4f6e5202;
export const SPEAKER_LOCK = 0x4f6e5203;

interface OldQuote {
  speaker_id: string | null;
  terms: string;
}

/*
 * Lock order, the same in every write, so concurrent writers never wait on each other in a cycle:
 *   1. the article's advisory lock, taken with BEGIN (one article per transaction: re-ingests of one
 *      article queue here);
 *   2. the rows of the `terms` table touched, in sorted order (one upsert statement);
 *   3. the speakers' advisory locks, in key order, before their registry rows are recomputed;
 *   4. the single `meta` row (totals and revision), last, sent with COMMIT so it is held for one round trip.
 * Quotes, paragraphs and the article row belong to the locked article alone.
 * Statements are merged where the order allows it: each round trip costs more than the work on this scale.
 */

/** SQL taking the article's advisory lock; sent with BEGIN (the key is an integer, safe to inline). */
export function articleLockSql(articleId: string): string {
  return `SELECT pg_advisory_xact_lock(${ARTICLE_LOCK}, ${lockKey(articleId)})`;
}

/** Replaces one article and its quotes inside a transaction begun with `articleLockSql(article.id)`. */
export async function replaceArticleTx(c: PoolClient, article: StoredArticle, quotes: StoredQuote[]): Promise<TxOutcome<ReplaceResult>> {
  const existing = await c.query<{ content_hash: string }>('SELECT content_hash FROM articles WHERE id = $1', [article.id]);
  const prior = existing.rows[0];
  if (prior && prior.content_hash === article.contentHash) return { value: { status: 'unchanged', articleId: article.id, quotes: quotes.length } };
  const old = prior ? await deleteRows(c, article.id) : [];
  // One statement for the article, its paragraphs and its quotes: foreign keys are checked at its end.
  // WITH ORDINALITY keeps the caller's quote order, so `seq` (the tie-break of "newest first") follows it.
  await c.query(
    `WITH a AS (
       INSERT INTO articles (id, collection, content_hash, body_hash, title, url, outlet, published, byline, source, ingested_at)
       SELECT id, collection, content_hash, body_hash, title, url, outlet, published, byline, source, ingested_at
       FROM json_populate_record(NULL::articles, $1::json)
     ), p AS (
       INSERT INTO paragraphs (article_id, idx, text, near_terms)
       SELECT $2, idx, text, near_terms FROM json_to_recordset($3::json) AS x(idx integer, text text, near_terms text)
     ), q AS (
       INSERT INTO quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, role, organisation, cue,
         audience, setting, said_on_text, said_on, sort_date, start, "end", confidence, fingerprint, terms, context_terms)
       SELECT r.id, r.article_id, r.paragraph, r.collection, r.text, r.kind, r.speaker_id, r.speaker_name, r.role, r.organisation, r.cue,
         r.audience, r.setting, r.said_on_text, r.said_on, r.sort_date, r.start, r."end", r.confidence, r.fingerprint, r.terms, r.context_terms
       FROM json_array_elements($4::json) WITH ORDINALITY AS e(doc, n)
       CROSS JOIN LATERAL json_populate_record(NULL::quotes, e.doc) AS r
       ORDER BY e.n
       RETURNING seq, terms
     )
     INSERT INTO postings (term, seq) ${postingRowsSql('q')}`,
    [JSON.stringify(articleRecord(article)), article.id, JSON.stringify(paragraphsOf(quotes)), JSON.stringify(quotes.map((q) => quoteRecord(q, article)))],
  );
  const beforeCommit = await finishWrite(c, old, quotes, article.collection);
  return { value: { status: prior ? 'updated' : 'added', articleId: article.id, quotes: quotes.length }, beforeCommit };
}

/** Deletes one article inside a transaction begun with `articleLockSql(id)`; false when it did not exist. */
export async function deleteArticleTx(c: PoolClient, id: string): Promise<TxOutcome<boolean>> {
  const exists = await c.query('SELECT 1 FROM articles WHERE id = $1', [id]);
  if (exists.rowCount === 0) return { value: false };
  const old = await deleteRows(c, id);
  return { value: true, beforeCommit: await finishWrite(c, old, [], '') };
}

/** Deletes an article with its quotes and paragraphs, returning what the statistics need of the quotes. */
async function deleteRows(c: PoolClient, id: string): Promise<OldQuote[]> {
  const r = await c.query<OldQuote>(
    `WITH old AS (DELETE FROM quotes WHERE article_id = $1 RETURNING seq, speaker_id, terms),
          gone AS (DELETE FROM articles WHERE id = $1),
          unposted AS (DELETE FROM postings p USING (${postingRowsSql('old')}) o WHERE p.term = o.term AND p.seq = o.seq)
     SELECT speaker_id, terms FROM old`,
    [id],
  );
  return r.rows;
}

/**
 * Term statistics and speaker registry rows after an article's quotes changed; returns the `meta` update
 * (totals and revision) for the caller to send with COMMIT.
 */
async function finishWrite(c: PoolClient, old: OldQuote[], added: StoredQuote[], collection: string): Promise<string> {
  const delta = new Map<string, number>();
  let total = 0;
  const count = (terms: string, sign: number) => {
    const list = terms ? terms.split(' ') : [];
    total += sign * list.length;
    for (const t of new Set(list)) delta.set(t, (delta.get(t) ?? 0) + sign);
  };
  for (const q of old) count(q.terms, -1);
  for (const q of added) count(q.terms, +1);
  const changed = [...delta].filter(([, n]) => n !== 0).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const terms = changed.map(([t]) => t);
  if (changed.length > 0) {
    await c.query(
      `INSERT INTO terms (term, df) SELECT * FROM unnest($1::text[], $2::integer[])
       ON CONFLICT (term) DO UPDATE SET df = terms.df + excluded.df`,
      [terms, changed.map(([, n]) => n)],
    );
  }
  const cleanup = changed.some(([, n]) => n < 0);
  const speakers = new Set<string>();
  for (const q of old) if (q.speaker_id) speakers.add(q.speaker_id);
  for (const q of added) if (q.speakerId) speakers.add(q.speakerId);
  const ids = [...speakers];
  const keys = [...new Set(ids.map(lockKey))].sort((a, b) => a - b);
  if (cleanup || keys.length > 0) {
    // Emptied terms go, and the speakers' locks are taken (in key order), in one round trip.
    await c.query(
      `WITH gone AS (DELETE FROM terms WHERE $1 AND term = ANY($2::text[]) AND df <= 0)
       SELECT pg_advisory_xact_lock($3, k) FROM (SELECT k FROM unnest($4::integer[]) WITH ORDINALITY AS u(k, n) ORDER BY n OFFSET 0) AS s`,
      [cleanup, terms, SPEAKER_LOCK, keys],
    );
  }
  if (ids.length > 0) {
    // A new article only adds to its speakers' rows; a replaced or deleted one makes them recount.
    if (old.length === 0) await addToSpeakers(c, added, collection);
    else await recountSpeakers(c, ids);
  }
  return `UPDATE meta SET revision = revision + 1, quotes = quotes + ${added.length - old.length}, term_total = term_total + ${total}`;
}

/** The paragraphs that hold quotes, once each: only they are shown as context, so only they are kept. */
function paragraphsOf(quotes: StoredQuote[]): { idx: number; text: string; near_terms: string }[] {
  const seen = new Map<number, { idx: number; text: string; near_terms: string }>();
  for (const q of quotes) if (!seen.has(q.paragraph)) seen.set(q.paragraph, { idx: q.paragraph, text: q.context, near_terms: q.nearTerms });
  return [...seen.values()];
}

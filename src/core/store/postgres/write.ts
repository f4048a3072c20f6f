import type { PoolClient } from 'pg';
import type { ReplaceResult, StoredArticle, StoredQuote } from '../port.js';
import { articleRecord, quoteRecord } from './rows.js';
import { aboutTerms } from '../about-terms.js';
import { ABOUT_COLUMNS, unpostAbout, type SeqRankRow } from './about.js';
import { applyOverrides, articleKeyOf } from '../corrections.js';
import { activeOverridesOf, overrideKey, recordApplied } from './corrections.js';
import { postingRowsSql, signedPostingRowsSql } from './search.js';
import { signatureOfTerms } from './term-signature.js';
import { addToSpeakers, recountSpeakers } from './speakers.js';
import { lockKey, type TxOutcome } from './tx.js';


/** Advisory lock class ids: one lock per article id, one per speaker id (second key = `lockKey(id)`). */
export const ARTICLE_LOCK = 0x4f6e5202;
export const SPEAKER_LOCK = 0x4f6e5203;

interface OldQuote {
  speaker_id: string | null;
  terms: string;
}

/** One article to write. */
export interface ArticleWrite {
  article: StoredArticle;
  /** The extractor's records; editors' corrections are applied to them here, inside the write. */
  quotes: StoredQuote[];
  /** Rewrite even when the text is unchanged (a correction or its undo rewrites the article's quotes). */
  force?: boolean;
}

/*
 * Lock order, the same in every write, so concurrent writers never wait on each other in a cycle:
 *   1. the articles' advisory locks, in key order, taken with BEGIN (re-ingests of one article queue here);
 *   2. the rows of the `terms` table touched, in sorted order (one upsert statement);
 *   3. the speakers' advisory locks, in key order, before their registry rows are recomputed;
 *   4. the single `meta` row (totals and revision), last, sent with COMMIT so it is held for one round trip.
 * Quotes, postings, paragraphs and the article rows belong to the locked articles alone.
 * A write is one article or a batch of them (a bulk ingest): a batch is one transaction with the same number
 * of round trips as one article (about six), so the cost per article is the server's work alone.
 * Statements are merged where the order allows it: each round trip costs more than the work on this scale.
 */

/** SQL taking the articles' advisory locks in key order; sent with BEGIN (keys are integers, safe to inline). */
export function articleLockSql(articleIds: string[]): string {
  const keys = [...new Set(articleIds.map(lockKey))].sort((a, b) => a - b);
  if (keys.length === 1) return `SELECT pg_advisory_xact_lock(${ARTICLE_LOCK}, ${keys[0]})`;
  return `SELECT pg_advisory_xact_lock(${ARTICLE_LOCK}, k) FROM (SELECT k FROM unnest('{${keys.join(',')}}'::integer[]) WITH ORDINALITY AS u(k, n) ORDER BY n OFFSET 0) AS s`;
}

/**
 * Replaces articles and their quotes inside a transaction begun with `articleLockSql` of their ids. The ids
 * must be distinct (a batch holding one article twice is written one by one by the caller). Results in input order.
 */
export async function replaceArticlesTx(c: PoolClient, items: ArticleWrite[]): Promise<TxOutcome<ReplaceResult[]>> {
  const existing = await c.query<{ id: string; content_hash: string }>('SELECT id, content_hash FROM articles WHERE id = ANY($1::text[])', [items.map((x) => x.article.id)]);
  const prior = new Map(existing.rows.map((r) => [r.id, r.content_hash]));
  const results: ReplaceResult[] = [];
  const changed = items.filter((x) => x.force || prior.get(x.article.id) !== x.article.contentHash);
  // Editors' corrections of these articles' quotes are applied before anything is written (see corrections.ts):
  // one look-up for the whole batch.
  const overrides = await activeOverridesOf(c, changed.map((x) => ({ collection: x.article.collection, articleKey: articleKeyOf(x.article) })));
  const writes: (ArticleWrite & { replaced: boolean; applied: ReturnType<typeof applyOverrides>['applied'] })[] = [];
  for (const x of items) {
    const hash = prior.get(x.article.id);
    if (!x.force && hash !== undefined && hash === x.article.contentHash) {
      results.push({ status: 'unchanged', articleId: x.article.id, quotes: x.quotes.length });
      continue;
    }
    const { quotes, applied } = applyOverrides(x.quotes, overrides.get(overrideKey(x.article.collection, articleKeyOf(x.article))) ?? []);
    results.push({ status: hash !== undefined ? 'updated' : 'added', articleId: x.article.id, quotes: quotes.length });
    writes.push({ article: x.article, quotes, replaced: hash !== undefined, applied });
  }
  if (writes.length === 0) return { value: results };
  const replacedIds = writes.filter((w) => w.replaced).map((w) => w.article.id);
  const old = replacedIds.length > 0 ? await deleteRows(c, replacedIds) : [];
  await insertRows(c, writes);
  for (const w of writes) await recordApplied(c, w.article.id, w.applied);
  const beforeCommit = await finishWrite(c, old, writes);
  return { value: results, beforeCommit };
}

/**
 * One statement for the articles, their paragraphs, quotes and postings: foreign keys are checked at its end.
 * WITH ORDINALITY keeps the caller's order (articles, then quotes within each), so `seq` (the tie-break of
 * "newest first") follows it, as if the articles had been written one by one.
 */
async function insertRows(c: PoolClient, writes: ArticleWrite[]): Promise<void> {
  const paragraphs = writes.flatMap((w) => paragraphsOf(w.quotes).map((p) => ({ article_id: w.article.id, ...p })));
  const quotes = writes.flatMap((w) => w.quotes.map((q) => quoteRecord(q, w.article)));
  await c.query(
    `WITH a AS (
       INSERT INTO articles (id, collection, content_hash, body_hash, title, url, outlet, published, byline, source, ingested_at)
       SELECT id, collection, content_hash, body_hash, title, url, outlet, published, byline, source, ingested_at
       FROM json_populate_recordset(NULL::articles, $1::json)
     ), p AS (
       INSERT INTO paragraphs (article_id, idx, text)
       SELECT article_id, idx, text FROM json_to_recordset($2::json) AS x(article_id text, idx integer, text text)
     ), q AS (
       INSERT INTO quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, role, organisation, cue,
         audience, setting, said_on_text, said_on, sort_date, start, "end", confidence, fingerprint, terms, context_terms, near_terms, lead_in, lead_terms)
       SELECT r.id, r.article_id, r.paragraph, r.collection, r.text, r.kind, r.speaker_id, r.speaker_name, r.role, r.organisation, r.cue,
         r.audience, r.setting, r.said_on_text, r.said_on, r.sort_date, r.start, r."end", r.confidence, r.fingerprint, r.terms, r.context_terms, r.near_terms,
         r.lead_in, r.lead_terms
       FROM json_array_elements($3::json) WITH ORDINALITY AS e(doc, n)
       CROSS JOIN LATERAL json_populate_record(NULL::quotes, e.doc) AS r
       ORDER BY e.n
       RETURNING seq, id, terms
     ), ab AS (
       INSERT INTO about_postings (term, seq)
       SELECT t.term, q.seq FROM q JOIN unnest($6::text[], $7::text[]) AS g(id, about) ON g.id = q.id
       CROSS JOIN LATERAL unnest(string_to_array(g.about, ' ')) AS t(term) WHERE t.term <> ''
     )
     INSERT INTO postings (term, seq, sig) ${signedPostingRowsSql('q', '$4', '$5')}`,
    [JSON.stringify(writes.map((w) => articleRecord(w.article))), JSON.stringify(paragraphs), JSON.stringify(quotes), ...signedIds(writes), ...aboutOf(writes)],
  );
}

/** The written quotes' ids and term signatures, as two parallel arrays (the posting rows' `sig`, schema 14). */
function signedIds(writes: ArticleWrite[]): [string[], string[]] {
  const ids: string[] = [];
  const sigs: string[] = [];
  for (const w of writes) {
    for (const q of w.quotes) {
      ids.push(q.id);
      sigs.push(signatureOfTerms(q.terms));
    }
  }
  return [ids, sigs];
}

/** The written quotes' about terms (about_postings, schema 15), as two parallel arrays: ids and terms. */
function aboutOf(writes: ArticleWrite[]): [string[], string[]] {
  const ids: string[] = [];
  const abouts: string[] = [];
  for (const w of writes) {
    for (const q of w.quotes) {
      const about = aboutTerms(q);
      if (!about) continue;
      ids.push(q.id);
      abouts.push(about);
    }
  }
  return [ids, abouts];
}

/** Deletes one article inside a transaction begun with `articleLockSql([id])`; false when it did not exist. */
export async function deleteArticleTx(c: PoolClient, id: string): Promise<TxOutcome<boolean>> {
  const exists = await c.query('SELECT 1 FROM articles WHERE id = $1', [id]);
  if (exists.rowCount === 0) return { value: false };
  const old = await deleteRows(c, [id]);
  return { value: true, beforeCommit: await finishWrite(c, old, []) };
}

/** Deletes articles with their quotes, postings and paragraphs, returning what the statistics need of the quotes. */
async function deleteRows(c: PoolClient, ids: string[]): Promise<OldQuote[]> {
  const r = await c.query<OldQuote & SeqRankRow>(
    `WITH old AS (DELETE FROM quotes q WHERE q.article_id = ANY($1::text[]) RETURNING ${ABOUT_COLUMNS}),
          gone AS (DELETE FROM articles WHERE id = ANY($1::text[])),
          unposted AS (DELETE FROM postings p USING (${postingRowsSql('old')}) o WHERE p.term = o.term AND p.seq = o.seq)
     SELECT * FROM old`,
    [ids],
  );
  // The about postings are found from each quote's stored term lists (about.ts).
  const old = r.rows.map((q) => ({ speaker_id: q.speaker_id, terms: q.terms }));
  await unpostAbout(c, r.rows);
  return old;
}

/**
 * Term statistics and speaker registry rows after articles' quotes changed; returns the `meta` update
 * (totals and revision) for the caller to send with COMMIT.
 */
async function finishWrite(c: PoolClient, old: OldQuote[], added: (ArticleWrite & { replaced: boolean })[]): Promise<string> {
  const delta = new Map<string, number>();
  let total = 0;
  let addedQuotes = 0;
  const count = (terms: string, sign: number) => {
    const list = terms ? terms.split(' ') : [];
    total += sign * list.length;
    for (const t of new Set(list)) delta.set(t, (delta.get(t) ?? 0) + sign);
  };
  for (const q of old) count(q.terms, -1);
  for (const w of added) {
    addedQuotes += w.quotes.length;
    for (const q of w.quotes) count(q.terms, +1);
  }
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
  // A replaced or deleted article makes its speakers recount; a new one only adds to their rows.
  const recount = new Set<string>();
  for (const q of old) if (q.speaker_id) recount.add(q.speaker_id);
  for (const w of added) if (w.replaced) for (const q of w.quotes) if (q.speakerId) recount.add(q.speakerId);
  const adds = new Map<string, StoredQuote[]>();
  const speakers = new Set(recount);
  for (const w of added) {
    if (w.replaced) continue;
    for (const q of w.quotes) {
      if (!q.speakerId) continue;
      speakers.add(q.speakerId);
      if (recount.has(q.speakerId)) continue;
      const list = adds.get(w.article.collection) ?? [];
      list.push(q);
      adds.set(w.article.collection, list);
    }
  }
  const keys = [...new Set([...speakers].map(lockKey))].sort((a, b) => a - b);
  if (cleanup || keys.length > 0) {
    // Emptied terms go, and the speakers' locks are taken (in key order), in one round trip.
    await c.query(
      `WITH gone AS (DELETE FROM terms WHERE $1 AND term = ANY($2::text[]) AND df <= 0)
       SELECT pg_advisory_xact_lock($3, k) FROM (SELECT k FROM unnest($4::integer[]) WITH ORDINALITY AS u(k, n) ORDER BY n OFFSET 0) AS s`,
      [cleanup, terms, SPEAKER_LOCK, keys],
    );
  }
  for (const [collection, quotes] of adds) await addToSpeakers(c, quotes, collection);
  if (recount.size > 0) await recountSpeakers(c, [...recount]);
  return `UPDATE meta SET revision = revision + 1, quotes = quotes + ${addedQuotes - old.length}, term_total = term_total + ${total}`;
}

/**
 * The paragraphs that hold quotes, once each: only they are shown as context, so only they are kept. Their
 * neighbourhood terms are on each quote's row (schema 11), where the ranker reads them without a join.
 */
function paragraphsOf(quotes: StoredQuote[]): { idx: number; text: string }[] {
  const seen = new Map<number, { idx: number; text: string }>();
  for (const q of quotes) if (!seen.has(q.paragraph)) seen.set(q.paragraph, { idx: q.paragraph, text: q.context });
  return [...seen.values()];
}

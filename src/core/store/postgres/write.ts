import type { PoolClient } from 'pg';
import type { ReplaceResult, StoredArticle, StoredQuote } from '../port.js';
import { articleRecord, quoteRecord } from './rows.js';

/** Advisory lock class ids: one lock per article id, one per speaker id (second key = hash of the id). */
export const ARTICLE_LOCK = 0x4f6e5202;
export const SPEAKER_LOCK = 0x4f6e5203;

interface OldQuote {
  speaker_id: string | null;
  terms: string;
}

/*
 * Lock order, the same in every write, so concurrent writers never wait on each other in a cycle:
 *   1. the article's advisory lock (one article per transaction: re-ingests of one article queue here);
 *   2. the rows of the `terms` table touched, in sorted order (one upsert statement);
 *   3. the speakers' advisory locks, in hash order, before their registry rows are recomputed;
 *   4. the single `meta` row (totals and revision), last, so it is held only until commit.
 * Quotes, paragraphs and the article row belong to the locked article alone.
 */

/** Replaces one article and its quotes inside the caller's transaction. */
export async function replaceArticleTx(c: PoolClient, article: StoredArticle, quotes: StoredQuote[]): Promise<ReplaceResult> {
  await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ARTICLE_LOCK, article.id]);
  const existing = await c.query<{ content_hash: string }>('SELECT content_hash FROM articles WHERE id = $1', [article.id]);
  const prior = existing.rows[0];
  if (prior && prior.content_hash === article.contentHash) return { status: 'unchanged', articleId: article.id, quotes: quotes.length };
  const old = prior ? (await c.query<OldQuote>('SELECT speaker_id, terms FROM quotes WHERE article_id = $1', [article.id])).rows : [];
  if (prior) await c.query('DELETE FROM articles WHERE id = $1', [article.id]);
  await c.query(
    `INSERT INTO articles (id, collection, content_hash, body_hash, title, url, outlet, published, byline, source, ingested_at)
     SELECT id, collection, content_hash, body_hash, title, url, outlet, published, byline, source, ingested_at
     FROM json_populate_record(NULL::articles, $1::json)`,
    [JSON.stringify(articleRecord(article))],
  );
  if (quotes.length > 0) {
    await c.query(
      `INSERT INTO paragraphs (article_id, idx, text, near_terms)
       SELECT $1, idx, text, near_terms FROM json_to_recordset($2::json) AS x(idx integer, text text, near_terms text)
       ON CONFLICT (article_id, idx) DO UPDATE SET text = excluded.text, near_terms = excluded.near_terms`,
      [article.id, JSON.stringify(paragraphsOf(quotes))],
    );
    // WITH ORDINALITY keeps the caller's order, so `seq` (the tie-break of "newest first") follows it.
    await c.query(
      `INSERT INTO quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, role, organisation, cue,
         audience, setting, said_on_text, said_on, sort_date, start, "end", confidence, fingerprint, terms, context_terms, term_count, repeats)
       SELECT r.id, r.article_id, r.paragraph, r.collection, r.text, r.kind, r.speaker_id, r.speaker_name, r.role, r.organisation, r.cue,
         r.audience, r.setting, r.said_on_text, r.said_on, r.sort_date, r.start, r."end", r.confidence, r.fingerprint, r.terms, r.context_terms, r.term_count, r.repeats
       FROM json_array_elements($1::json) WITH ORDINALITY AS e(doc, n)
       CROSS JOIN LATERAL json_populate_record(NULL::quotes, e.doc) AS r
       ORDER BY e.n`,
      [JSON.stringify(quotes.map((q) => quoteRecord(q, article)))],
    );
  }
  await finishWrite(c, old, quotes);
  return { status: prior ? 'updated' : 'added', articleId: article.id, quotes: quotes.length };
}

/** Deletes one article inside the caller's transaction; false when it did not exist. */
export async function deleteArticleTx(c: PoolClient, id: string): Promise<boolean> {
  await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ARTICLE_LOCK, id]);
  const old = (await c.query<OldQuote>('SELECT speaker_id, terms FROM quotes WHERE article_id = $1', [id])).rows;
  const r = await c.query('DELETE FROM articles WHERE id = $1', [id]);
  if (r.rowCount === 0) return false;
  await finishWrite(c, old, []);
  return true;
}

/** Term statistics, speaker registry rows and the revision, after an article's quotes changed. */
async function finishWrite(c: PoolClient, old: OldQuote[], added: StoredQuote[]): Promise<void> {
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
  if (changed.length > 0) {
    const terms = changed.map(([t]) => t);
    await c.query(
      `INSERT INTO terms (term, df) SELECT * FROM unnest($1::text[], $2::integer[])
       ON CONFLICT (term) DO UPDATE SET df = terms.df + excluded.df`,
      [terms, changed.map(([, n]) => n)],
    );
    if (changed.some(([, n]) => n < 0)) await c.query('DELETE FROM terms WHERE term = ANY($1::text[]) AND df <= 0', [terms]);
  }
  const speakers = new Set<string>();
  for (const q of old) if (q.speaker_id) speakers.add(q.speaker_id);
  for (const q of added) if (q.speakerId) speakers.add(q.speakerId);
  if (speakers.size > 0) await refreshSpeakers(c, [...speakers]);
  await c.query('UPDATE meta SET revision = revision + 1, quotes = quotes + $1, term_total = term_total + $2', [added.length - old.length, total]);
}

/**
 * Recomputes the registry rows of `ids` from their quotes. The advisory locks make a second writer of the
 * same speaker wait until this transaction commits; its recount, a later statement, then sees these quotes
 * (READ COMMITTED takes a fresh snapshot per statement), so no count is lost.
 */
async function refreshSpeakers(c: PoolClient, ids: string[]): Promise<void> {
  await c.query(
    `SELECT pg_advisory_xact_lock($1, h) FROM (SELECT DISTINCT hashtext(id) AS h FROM unnest($2::text[]) AS id ORDER BY h OFFSET 0) AS k`,
    [SPEAKER_LOCK, ids],
  );
  await c.query(
    `INSERT INTO speakers (id, name, is_org, roles, organisations, counts, last_said)
     SELECT s.id,
       (SELECT speaker_name FROM quotes WHERE speaker_id = s.id ORDER BY sort_date DESC NULLS LAST, seq DESC LIMIT 1),
       s.id LIKE 'org:%',
       ARRAY(SELECT role FROM quotes WHERE speaker_id = s.id AND role IS NOT NULL GROUP BY role ORDER BY count(*) DESC, role LIMIT 8),
       ARRAY(SELECT organisation FROM quotes WHERE speaker_id = s.id AND organisation IS NOT NULL
             GROUP BY organisation ORDER BY count(*) DESC, organisation LIMIT 8),
       (SELECT jsonb_object_agg(collection, n) FROM (SELECT collection, count(*) AS n FROM quotes WHERE speaker_id = s.id GROUP BY collection) AS pc),
       (SELECT max(sort_date) FROM quotes WHERE speaker_id = s.id)
     FROM unnest($1::text[]) AS s(id)
     WHERE EXISTS (SELECT 1 FROM quotes WHERE speaker_id = s.id)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, is_org = excluded.is_org, roles = excluded.roles,
       organisations = excluded.organisations, counts = excluded.counts, last_said = excluded.last_said`,
    [ids],
  );
  await c.query('DELETE FROM speakers s WHERE s.id = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = s.id)', [ids]);
}

/** The paragraphs that hold quotes, once each: only they are shown as context, so only they are kept. */
function paragraphsOf(quotes: StoredQuote[]): { idx: number; text: string; near_terms: string }[] {
  const seen = new Map<number, { idx: number; text: string; near_terms: string }>();
  for (const q of quotes) if (!seen.has(q.paragraph)) seen.set(q.paragraph, { idx: q.paragraph, text: q.context, near_terms: q.nearTerms });
  return [...seen.values()];
}

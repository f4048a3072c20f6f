import type { PoolClient } from 'pg';
import { correctionFromRow, type ActiveOverride, type AppliedOverride, type CorrectionRow } from '../corrections.js';
import type { CorrectionRecord, NewCorrection, SpeakerShown, StoredQuote } from '../port.js';

/** The SQL of editors' corrections in the PostgreSQL store (the rules are in `store/corrections.ts`). */

type Client = Pick<PoolClient, 'query'>;

/** The key of `activeOverridesOf`'s map. */
export function overrideKey(collection: string, articleKey: string): string {
  return `${collection}\u0000${articleKey}`;
}

/** The active overrides of several articles in one look-up (a batch write), by `overrideKey`. */
export async function activeOverridesOf(c: Client, articles: { collection: string; articleKey: string }[]): Promise<Map<string, ActiveOverride[]>> {
  const out = new Map<string, ActiveOverride[]>();
  if (articles.length === 0) return out;
  const r = await c.query<{ collection: string; article_key: string; id: string; fingerprint: string; action: string; speaker_id: string | null; speaker_name: string | null }>(
    `SELECT collection, article_key, id, fingerprint, action, speaker_id, speaker_name FROM corrections
     WHERE status = 'active' AND (collection, article_key) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [articles.map((a) => a.collection), articles.map((a) => a.articleKey)],
  );
  for (const x of r.rows) {
    const key = overrideKey(x.collection, x.article_key);
    const list = out.get(key) ?? [];
    list.push({ id: x.id, fingerprint: x.fingerprint, action: x.action === 'not_quote' ? 'not_quote' : 'speaker', speakerId: x.speaker_id, speakerName: x.speaker_name });
    out.set(key, list);
  }
  return out;
}

/** Records which overrides rewrote an article just written (its old rows went with the article row). */
export async function recordApplied(c: Client, articleId: string, applied: AppliedOverride[]): Promise<void> {
  if (applied.length === 0) return;
  await c.query(
    `INSERT INTO corrected_quotes (article_id, fingerprint, correction_id, original)
     SELECT $1, x.fingerprint, x.correction_id, x.original FROM json_to_recordset($2::json) AS x(fingerprint text, correction_id text, original jsonb)
     ON CONFLICT (article_id, fingerprint) DO UPDATE SET correction_id = excluded.correction_id, original = excluded.original`,
    [articleId, JSON.stringify(applied.map((a) => ({ fingerprint: a.fingerprint, correction_id: a.correctionId, original: a.original })))],
  );
}

/** The overrides applied to an article now, with the extractor's records they replaced. */
export async function appliedTo(c: Client, articleId: string): Promise<{ fingerprint: string; original: StoredQuote[] }[]> {
  const r = await c.query<{ fingerprint: string; original: StoredQuote[] }>('SELECT fingerprint, original FROM corrected_quotes WHERE article_id = $1', [articleId]);
  return r.rows;
}

export async function articlesOf(c: Client, correctionId: string): Promise<string[]> {
  const r = await c.query<{ article_id: string }>('SELECT article_id FROM corrected_quotes WHERE correction_id = $1 ORDER BY article_id', [correctionId]);
  return r.rows.map((x) => x.article_id);
}

export async function insertCorrection(
  c: Client,
  n: NewCorrection,
  quote: { collection: string; articleKey: string; articleId: string; fingerprint: string; text: string },
  before: SpeakerShown,
): Promise<CorrectionRecord> {
  await c.query("UPDATE corrections SET status = 'superseded' WHERE collection = $1 AND article_key = $2 AND fingerprint = $3 AND status = 'active'", [
    quote.collection,
    quote.articleKey,
    quote.fingerprint,
  ]);
  const r = await c.query<CorrectionRow>(
    `INSERT INTO corrections (id, collection, article_key, article_id, fingerprint, quote_id, quote_text, action, speaker_id, speaker_name,
       shown_before, reason, editor, made_at, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, 'active') RETURNING ${CORRECTION_COLUMNS}`,
    [
      n.id,
      quote.collection,
      quote.articleKey,
      quote.articleId,
      quote.fingerprint,
      n.quoteId,
      quote.text,
      n.action,
      n.action === 'speaker' ? n.speakerId : null,
      n.action === 'speaker' ? n.speakerName : null,
      JSON.stringify(before),
      n.reason,
      n.by,
      n.at,
    ],
  );
  return correctionFromRow(r.rows[0] as CorrectionRow);
}

export const CORRECTION_COLUMNS =
  'id, collection, article_key, article_id, fingerprint, quote_id, quote_text, action, speaker_id, speaker_name, shown_before, reason, editor, made_at, status, undone_by, undone_at';

export async function getCorrection(c: Client, id: string, lock = false): Promise<CorrectionRecord | null> {
  const r = await c.query<CorrectionRow>(`SELECT ${CORRECTION_COLUMNS} FROM corrections WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return r.rows[0] ? correctionFromRow(r.rows[0]) : null;
}

export async function markUndone(c: Client, id: string, by: string, at: string): Promise<void> {
  await c.query("UPDATE corrections SET status = 'undone', undone_by = $2, undone_at = $3 WHERE id = $1", [id, by, at]);
}

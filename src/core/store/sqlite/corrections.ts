import { correctionFromRow, type ActiveOverride, type AppliedOverride, type CorrectionRow } from '../corrections.js';
import type { CorrectionRecord, NewCorrection, SpeakerShown, StoredQuote } from '../port.js';
import type { Statements } from './statements.js';

/** The SQL of editors' corrections in the SQLite store (the rules are in `store/corrections.ts`). */

export function activeOverrides(st: Statements, collection: string, articleKey: string): ActiveOverride[] {
  const rows = st
    .get("SELECT id, fingerprint, action, speaker_id, speaker_name FROM corrections WHERE collection = ? AND article_key = ? AND status = 'active'")
    .all(collection, articleKey) as { id: string; fingerprint: string; action: string; speaker_id: string | null; speaker_name: string | null }[];
  return rows.map((r) => ({ id: r.id, fingerprint: r.fingerprint, action: r.action === 'not_quote' ? 'not_quote' : 'speaker', speakerId: r.speaker_id, speakerName: r.speaker_name }));
}

/** Records which overrides rewrote an article just written (its old rows went with the article row). */
export function recordApplied(st: Statements, articleId: string, applied: AppliedOverride[]): void {
  const ins = st.get('INSERT OR REPLACE INTO corrected_quotes (article_id, fingerprint, correction_id, original) VALUES (?, ?, ?, ?)');
  for (const a of applied) ins.run(articleId, a.fingerprint, a.correctionId, JSON.stringify(a.original));
}

/** The overrides applied to an article now, with the extractor's records they replaced. */
export function appliedTo(st: Statements, articleId: string): { fingerprint: string; original: StoredQuote[] }[] {
  const rows = st.get('SELECT fingerprint, original FROM corrected_quotes WHERE article_id = ?').all(articleId) as { fingerprint: string; original: string }[];
  return rows.map((r) => ({ fingerprint: r.fingerprint, original: JSON.parse(r.original) as StoredQuote[] }));
}

/** Articles an override is applied to now. */
export function articlesOf(st: Statements, correctionId: string): string[] {
  return (st.get('SELECT article_id FROM corrected_quotes WHERE correction_id = ? ORDER BY article_id').all(correctionId) as { article_id: string }[]).map((r) => r.article_id);
}

/** Inserts a correction of `quote`, superseding the active one of the same words. */
export function insertCorrection(st: Statements, c: NewCorrection, quote: { collection: string; articleKey: string; articleId: string; fingerprint: string; text: string }, before: SpeakerShown): CorrectionRecord {
  st.get("UPDATE corrections SET status = 'superseded' WHERE collection = ? AND article_key = ? AND fingerprint = ? AND status = 'active'").run(
    quote.collection,
    quote.articleKey,
    quote.fingerprint,
  );
  const row: CorrectionRow = {
    id: c.id,
    collection: quote.collection,
    article_key: quote.articleKey,
    article_id: quote.articleId,
    fingerprint: quote.fingerprint,
    quote_id: c.quoteId,
    quote_text: quote.text,
    action: c.action,
    speaker_id: c.action === 'speaker' ? c.speakerId : null,
    speaker_name: c.action === 'speaker' ? c.speakerName : null,
    shown_before: JSON.stringify(before),
    reason: c.reason,
    editor: c.by,
    made_at: c.at,
    status: 'active',
    undone_by: null,
    undone_at: null,
  };
  st.get(
    `INSERT INTO corrections (id, collection, article_key, article_id, fingerprint, quote_id, quote_text, action, speaker_id, speaker_name,
       shown_before, reason, editor, made_at, status, undone_by, undone_at)
     VALUES (@id, @collection, @article_key, @article_id, @fingerprint, @quote_id, @quote_text, @action, @speaker_id, @speaker_name,
       @shown_before, @reason, @editor, @made_at, @status, @undone_by, @undone_at)`,
  ).run(row);
  return correctionFromRow(row);
}

export function getCorrection(st: Statements, id: string): CorrectionRecord | null {
  const r = st.get('SELECT * FROM corrections WHERE id = ?').get(id) as CorrectionRow | undefined;
  return r ? correctionFromRow(r) : null;
}

export function markUndone(st: Statements, id: string, by: string, at: string): void {
  st.get("UPDATE corrections SET status = 'undone', undone_by = ?, undone_at = ? WHERE id = ?").run(by, at, id);
}

import { canonicalUrl } from '../ingest.js';
import type { CorrectionRecord, SpeakerShown, StoredArticle, StoredQuote } from './port.js';

/**
 * Editors' corrections as both stores apply them: the same pure rules on SQLite and PostgreSQL, so a correction
 * changes the same rows whichever store holds it.
 *
 * A correction is an override keyed by the article's identity (collection + canonical URL, else its source
 * path, else its id) and the quote's words (the quote fingerprint). Every write of an article applies the
 * active overrides to the extractor's records before they are stored, so the speaker registry, the term
 * statistics and the full-text index see the corrected quote exactly as they would see an extracted one, and a
 * re-ingest (changed elsewhere or not) keeps the correction. The extractor's own records of a corrected quote are
 * kept beside it (the "original"), so an undo restores them without the article's text.
 */

/** The key of an article for corrections: stable across re-ingests of a changed article. */
export function articleKeyOf(a: Pick<StoredArticle, 'id' | 'meta' | 'source'>): string {
  if (a.meta.url) return `url:${canonicalUrl(a.meta.url)}`;
  if (a.source) return `source:${a.source}`;
  return `id:${a.id}`;
}

/** What an active override needs to rewrite a quote. */
export type ActiveOverride = Pick<CorrectionRecord, 'id' | 'fingerprint' | 'action' | 'speakerId' | 'speakerName'>;

/** One override applied to an article: the correction, the words, and the extractor's records it replaced. */
export interface AppliedOverride {
  correctionId: string;
  fingerprint: string;
  original: StoredQuote[];
}

/**
 * The records to store for an article: the extractor's records with the overrides applied (a quote marked "not
 * a quote" is left out; a corrected speaker replaces the extracted one, with full confidence, as an editor said
 * so). Also which overrides matched, with the records they replaced.
 */
export function applyOverrides(records: StoredQuote[], overrides: ActiveOverride[]): { quotes: StoredQuote[]; applied: AppliedOverride[] } {
  if (overrides.length === 0) return { quotes: records, applied: [] };
  const byWords = new Map(overrides.map((o) => [o.fingerprint, o]));
  const originals = new Map<string, StoredQuote[]>();
  const quotes: StoredQuote[] = [];
  for (const q of records) {
    const o = byWords.get(q.fingerprint);
    if (!o) {
      quotes.push(q);
      continue;
    }
    originals.set(o.id, [...(originals.get(o.id) ?? []), q]);
    if (o.action === 'not_quote') continue;
    const { role: _role, organisation: _organisation, ...rest } = q;
    quotes.push({ ...rest, speakerId: o.speakerId, speakerName: o.speakerName, confidence: 1 });
  }
  const applied = overrides.filter((o) => originals.has(o.id)).map((o) => ({ correctionId: o.id, fingerprint: o.fingerprint, original: originals.get(o.id) ?? [] }));
  return { quotes, applied };
}

/**
 * The extractor's records of an article as stored now: its current rows, with every corrected quote put back
 * as the extractor had it (quotes marked "not a quote" included). In article order.
 */
export function extractorRecords(current: StoredQuote[], applied: { fingerprint: string; original: StoredQuote[] }[]): StoredQuote[] {
  const replaced = new Set(applied.map((a) => a.fingerprint));
  const out = current.filter((q) => !replaced.has(q.fingerprint));
  for (const a of applied) out.push(...a.original);
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}

/** What a quote showed as its speaker (the audit's "before"). */
export function shownSpeaker(q: Pick<StoredQuote, 'speakerName' | 'role' | 'organisation'>): SpeakerShown {
  const s: SpeakerShown = { name: q.speakerName };
  if (q.role) s.role = q.role;
  if (q.organisation) s.organisation = q.organisation;
  return s;
}

/** Row shape of the `corrections` table in both stores. */
export interface CorrectionRow {
  id: string;
  collection: string;
  article_key: string;
  article_id: string;
  fingerprint: string;
  quote_id: string;
  quote_text: string;
  action: string;
  speaker_id: string | null;
  speaker_name: string | null;
  shown_before: string | SpeakerShown;
  reason: string;
  editor: string;
  made_at: string;
  status: string;
  undone_by: string | null;
  undone_at: string | null;
}

/** A `corrections` row as the port's model. */
export function correctionFromRow(r: CorrectionRow): CorrectionRecord {
  const c: CorrectionRecord = {
    id: r.id,
    collection: r.collection,
    articleKey: r.article_key,
    articleId: r.article_id,
    fingerprint: r.fingerprint,
    quoteId: r.quote_id,
    quoteText: r.quote_text,
    action: r.action === 'not_quote' ? 'not_quote' : 'speaker',
    speakerId: r.speaker_id,
    speakerName: r.speaker_name,
    before: typeof r.shown_before === 'string' ? (JSON.parse(r.shown_before) as SpeakerShown) : r.shown_before,
    reason: r.reason,
    by: r.editor,
    at: r.made_at,
    status: r.status === 'undone' ? 'undone' : r.status === 'superseded' ? 'superseded' : 'active',
  };
  if (r.undone_by) c.undoneBy = r.undone_by;
  if (r.undone_at) c.undoneAt = r.undone_at;
  return c;
}

import type { QuoteKind } from '../../extraction/model.js';
import type { StoredArticle, StoredQuote } from '../port.js';

/** Row shapes as SQLite returns them (snake_case, NULL for absent). */
export interface ArticleRow {
  id: string;
  collection: string;
  content_hash: string;
  body_hash: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  byline: string | null;
  source: string | null;
  ingested_at: string;
}

export interface QuoteRow {
  id: string;
  article_id: string;
  paragraph: number;
  collection: string;
  text: string;
  kind: string;
  speaker_id: string | null;
  speaker_name: string | null;
  role: string | null;
  organisation: string | null;
  cue: string | null;
  audience: string | null;
  setting: string | null;
  said_on_text: string | null;
  said_on: string | null;
  sort_date: string | null;
  start: number;
  end: number;
  confidence: number;
  fingerprint: string;
  terms: string;
  context: string;
  context_terms: string;
  near_terms: string | null;
}

export function articleFromRow(r: ArticleRow): StoredArticle {
  const a: StoredArticle = { id: r.id, collection: r.collection, contentHash: r.content_hash, bodyHash: r.body_hash, meta: {}, ingestedAt: r.ingested_at };
  if (r.title) a.meta.title = r.title;
  if (r.url) a.meta.url = r.url;
  if (r.outlet) a.meta.outlet = r.outlet;
  if (r.published) a.meta.published = r.published;
  if (r.byline) a.meta.byline = r.byline;
  if (r.source) a.source = r.source;
  return a;
}

export function quoteFromRow(r: QuoteRow): StoredQuote {
  const q: StoredQuote = {
    id: r.id,
    articleId: r.article_id,
    paragraph: r.paragraph,
    collection: r.collection,
    text: r.text,
    kind: r.kind as QuoteKind,
    speakerId: r.speaker_id,
    speakerName: r.speaker_name,
    context: r.context,
    start: r.start,
    end: r.end,
    confidence: r.confidence,
    fingerprint: r.fingerprint,
    terms: r.terms,
    contextTerms: r.context_terms,
    nearTerms: r.near_terms ?? '',
  };
  if (r.role) q.role = r.role;
  if (r.organisation) q.organisation = r.organisation;
  if (r.cue) q.cue = r.cue;
  if (r.audience) q.audience = r.audience;
  if (r.setting) q.setting = r.setting;
  if (r.said_on_text) q.saidOnText = r.said_on_text;
  if (r.said_on) q.saidOn = r.said_on;
  if (r.sort_date) q.sortDate = r.sort_date;
  return q;
}

/**
 * The columns of a quote with its paragraph, in the order `quoteFromArray` reads them. Hot reads fetch rows as
 * arrays: better-sqlite3 builds a 25-key object per row several times slower than an array.
 */
export const QUOTE_COLUMNS =
  'q.rowid, q.id, q.article_id, q.paragraph, q.collection, q.text, q.kind, q.speaker_id, q.speaker_name, q.role, q.organisation, q.cue, ' +
  'q.audience, q.setting, q.said_on_text, q.said_on, q.sort_date, q.start, q.end, q.confidence, q.fingerprint, q.terms, q.context_terms, ' +
  'p.text, p.near_terms';

/** A quote from a row of `QUOTE_COLUMNS` fetched raw (an array). Same result as `quoteFromRow`. */
export function quoteFromArray(a: unknown[]): StoredQuote {
  const q: StoredQuote = {
    id: a[1] as string,
    articleId: a[2] as string,
    paragraph: a[3] as number,
    collection: a[4] as string,
    text: a[5] as string,
    kind: a[6] as QuoteKind,
    speakerId: a[7] as string | null,
    speakerName: a[8] as string | null,
    context: a[23] as string,
    start: a[17] as number,
    end: a[18] as number,
    confidence: a[19] as number,
    fingerprint: a[20] as string,
    terms: a[21] as string,
    contextTerms: a[22] as string,
    nearTerms: (a[24] as string | null) ?? '',
  };
  if (a[9]) q.role = a[9] as string;
  if (a[10]) q.organisation = a[10] as string;
  if (a[11]) q.cue = a[11] as string;
  if (a[12]) q.audience = a[12] as string;
  if (a[13]) q.setting = a[13] as string;
  if (a[14]) q.saidOnText = a[14] as string;
  if (a[15]) q.saidOn = a[15] as string;
  if (a[16]) q.sortDate = a[16] as string;
  return q;
}

/** Speakers whose registry rows a replacement touches: every speaker of the old and the new quotes. */
export function affectedSpeakers(oldQuotes: { speaker_id: string | null }[], newQuotes: { speakerId: string | null }[]): Set<string> {
  const ids = new Set<string>();
  for (const q of oldQuotes) if (q.speaker_id) ids.add(q.speaker_id);
  for (const q of newQuotes) if (q.speakerId) ids.add(q.speakerId);
  return ids;
}

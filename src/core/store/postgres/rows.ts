import { leadCount } from '../lead-terms.js';
import type { SpeakerProfile, SpeakerRecord, StoredArticle, StoredQuote } from '../port.js';
import { speakerRecord } from '../speaker-tallies.js';

export { articleFromRow, quoteFromRow, type ArticleRow, type QuoteRow } from '../rows.js';

/** Columns of an article, in the order `ArticleRow` expects. */
export const ARTICLE_COLUMNS = 'a.id, a.collection, a.content_hash, a.body_hash, a.title, a.url, a.outlet, a.published, a.byline, a.source, a.ingested_at';

/** Columns of a quote with its paragraph (context), in the order `QuoteRow` expects. */
export const QUOTE_COLUMNS = `q.id, q.article_id, q.paragraph, q.collection, q.text, q.kind, q.speaker_id, q.speaker_name, q.role,
  q.organisation, q.cue, q.audience, q.setting, q.said_on_text, q.said_on, q.sort_date, q.start, q."end", q.confidence,
  q.fingerprint, q.terms, q.context_terms, p.text AS context, p.near_terms, q.lead_in, q.lead_terms`;

export interface SpeakerRow {
  id: string;
  is_org: boolean;
  profiles: Record<string, SpeakerProfile>;
}

/** Columns of a speaker row, in the shape of `SpeakerRow`. */
export const SPEAKER_COLUMNS = 'id, is_org, profiles';

/** A speaker row as the port's model. */
export function speakerFromRow(r: SpeakerRow): SpeakerRecord {
  return speakerRecord(r.id, r.is_org, r.profiles);
}

/** The article as the JSON record `json_populate_record` reads in the write path. */
export function articleRecord(a: StoredArticle): Record<string, unknown> {
  return {
    id: a.id,
    collection: a.collection,
    content_hash: a.contentHash,
    body_hash: a.bodyHash,
    title: a.meta.title ?? null,
    url: a.meta.url ?? null,
    outlet: a.meta.outlet ?? null,
    published: a.meta.published ?? null,
    byline: a.meta.byline ?? null,
    source: a.source ?? null,
    ingested_at: a.ingestedAt,
  };
}

/** One quote as the JSON record the bulk insert reads; the collection is the article's, as in SQLite. */
export function quoteRecord(q: StoredQuote, article: StoredArticle): Record<string, unknown> {
  return {
    id: q.id,
    article_id: article.id,
    paragraph: q.paragraph,
    collection: article.collection,
    text: q.text,
    kind: q.kind,
    speaker_id: q.speakerId,
    speaker_name: q.speakerName,
    role: q.role ?? null,
    organisation: q.organisation ?? null,
    cue: q.cue ?? null,
    audience: q.audience ?? null,
    setting: q.setting ?? null,
    said_on_text: q.saidOnText ?? null,
    said_on: q.saidOn ?? null,
    sort_date: q.sortDate ?? null,
    start: q.start,
    end: q.end,
    confidence: q.confidence,
    fingerprint: q.fingerprint,
    terms: q.terms,
    context_terms: q.contextTerms,
    ...leadColumns(q),
  };
}

/**
 * The lead-in's columns (schema 13): how many neighbourhood terms it is (see ../lead-terms.ts), or its terms where
 * they are no such run; both NULL for none.
 */
export function leadColumns(q: Pick<StoredQuote, 'leadTerms' | 'nearTerms' | 'contextTerms'>): { lead_in: number | null; lead_terms: string | null } {
  if (!q.leadTerms) return { lead_in: null, lead_terms: null };
  const n = leadCount(q.nearTerms, q.contextTerms, q.leadTerms);
  return n === null ? { lead_in: null, lead_terms: q.leadTerms } : { lead_in: n, lead_terms: null };
}

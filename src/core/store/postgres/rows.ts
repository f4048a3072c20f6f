import { leadCount } from '../lead-terms.js';
import type { RankRow, SpeakerProfile, SpeakerRecord, StoredArticle, StoredQuote } from '../port.js';
import { quoteFromRow as sharedQuoteFromRow, rankRowFromRow as sharedRankRowFromRow, type QuoteRow, type RankRowRecord } from '../rows.js';
import { speakerRecord } from '../speaker-tallies.js';
import { nestTerms, unnestTerms } from './nested-terms.js';

export { articleFromRow, type ArticleRow, type QuoteRow, type RankRowRecord } from '../rows.js';

/** Columns of an article, in the order `ArticleRow` expects. */
export const ARTICLE_COLUMNS = 'a.id, a.collection, a.content_hash, a.body_hash, a.title, a.url, a.outlet, a.published, a.byline, a.source, a.ingested_at';

/** Columns of a quote with its paragraph (context), in the order `QuoteRow` expects. */
export const QUOTE_COLUMNS = `q.id, q.article_id, q.paragraph, q.collection, q.text, q.kind, q.speaker_id, q.speaker_name, q.role,
  q.organisation, q.cue, q.audience, q.setting, q.said_on_text, q.said_on, q.sort_date, q.start, q."end", q.confidence,
  q.fingerprint, q.terms, q.context_terms, p.text AS context, q.near_terms, q.lead_in, q.lead_terms`;

/** The paragraph a quote row's context comes from (only full rows need it: rank rows are the quote row alone). */
export const JOIN_PARAGRAPH = 'JOIN paragraphs p ON p.article_id = q.article_id AND p.idx = q.paragraph';

/** What the ranker reads of a quote (see RankRow): the quote row alone, no display text, no paragraph. */
export const RANK_ROW_COLUMNS = 'q.id, q.collection, q.kind, q.speaker_id, q.sort_date, q.confidence, q.fingerprint, q.terms, q.context_terms, q.near_terms, q.lead_in, q.lead_terms';

/**
 * The term lists of a row as the core wrote them (stored nested since schema 11, see nested-terms.ts). In place:
 * the row is the driver's fresh object, and a pool is thousands of them.
 */
export function unnested<R extends { terms: string; context_terms: string; near_terms: string | null }>(r: R): R {
  r.context_terms = unnestTerms(r.context_terms, r.terms);
  if (r.near_terms !== null) r.near_terms = unnestTerms(r.near_terms, r.context_terms);
  return r;
}

/** A quote row (nested term lists) as the port's model. */
export function quoteFromRow(r: QuoteRow): StoredQuote {
  return sharedQuoteFromRow(unnested(r));
}

/** A rank row (nested term lists) as the port's model. */
export function rankRowFromRow(r: RankRowRecord): RankRow {
  return sharedRankRowFromRow(unnested(r));
}

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
    // Each list stored with the one inside it as a marker (schema 11): the runs are kept once.
    context_terms: nestTerms(q.contextTerms, q.terms),
    near_terms: nestTerms(q.nearTerms, q.contextTerms),
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

import type { QuoteKind } from '../../extraction/model.js';
import type { StoredArticle, StoredQuote, StoredSpeaker } from '../port.js';

/** Columns of an article, in the order `ArticleRow` expects. */
export const ARTICLE_COLUMNS = 'a.id, a.collection, a.content_hash, a.body_hash, a.title, a.url, a.outlet, a.published, a.byline, a.source, a.ingested_at';

/** Columns of a quote with its paragraph (context), in the order `QuoteRow` expects. */
export const QUOTE_COLUMNS = `q.id, q.article_id, q.paragraph, q.collection, q.text, q.kind, q.speaker_id, q.speaker_name, q.role,
  q.organisation, q.cue, q.audience, q.setting, q.said_on_text, q.said_on, q.sort_date, q.start, q."end", q.confidence,
  q.fingerprint, q.terms, q.context_terms, p.text AS context, p.near_terms`;

/** Row shapes as pg returns them (snake_case, NULL for absent). */
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
  near_terms: string;
}

export interface SpeakerRow {
  id: string;
  name: string;
  is_org: boolean;
  roles: string[];
  organisations: string[];
  counts: Record<string, number>;
  last_said: string | null;
}

/** An article row as the port's model; absent metadata stays absent (not null), as in the SQLite store. */
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

/** A quote row as the port's model. */
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
    nearTerms: r.near_terms,
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

/** A speaker row as the port's model. */
export function speakerFromRow(r: SpeakerRow): StoredSpeaker {
  const s: StoredSpeaker = { id: r.id, name: r.name, isOrganisation: r.is_org, roles: r.roles, organisations: r.organisations, quoteCounts: r.counts };
  if (r.last_said) s.lastSaid = r.last_said;
  return s;
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
  };
}

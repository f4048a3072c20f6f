import type { QuoteKind } from '../extraction/model.js';
import { leadFrom } from './lead-terms.js';
import type { FollowRecord, RankRow, StoredArticle, StoredQuote } from './port.js';

/**
 * Rows to the port's model, the same for both stores: what SQLite and PostgreSQL hand back for an article or a
 * quote has one shape, so one mapping (and one place to add a column).
 */

/** Row shapes as both stores return them (snake_case, NULL for absent). */
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
  lead_in?: number | null;
  lead_terms?: string | null;
}

/** An article row as the port's model; absent metadata stays absent (not null). */
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

/** A quote row as the port's model: its rank row plus what an answer shows. */
export function quoteFromRow(r: QuoteRow): StoredQuote {
  const q: StoredQuote = {
    ...rankRowFromRow(r),
    articleId: r.article_id,
    paragraph: r.paragraph,
    text: r.text,
    speakerName: r.speaker_name,
    context: r.context,
    start: r.start,
    end: r.end,
  };
  if (r.role) q.role = r.role;
  if (r.organisation) q.organisation = r.organisation;
  if (r.cue) q.cue = r.cue;
  if (r.audience) q.audience = r.audience;
  if (r.setting) q.setting = r.setting;
  if (r.said_on_text) q.saidOnText = r.said_on_text;
  if (r.said_on) q.saidOn = r.said_on;
  return q;
}

/** The columns of a rank row as both stores name them. */
export interface RankRowRecord {
  id: string;
  collection: string;
  kind: string;
  speaker_id: string | null;
  sort_date: string | null;
  confidence: number;
  fingerprint: string;
  terms: string;
  context_terms: string;
  near_terms: string | null;
  /** How many neighbourhood terms the lead-in is (see lead-terms.ts), or NULL. */
  lead_in?: number | null;
  /** The lead-in terms where they are no run of the neighbourhood's, else NULL. */
  lead_terms?: string | null;
}

/** A rank row record as the port's model. */
export function rankRowFromRow(r: RankRowRecord): RankRow {
  const out: RankRow = {
    id: r.id,
    collection: r.collection,
    kind: r.kind as QuoteKind,
    speakerId: r.speaker_id,
    confidence: r.confidence,
    fingerprint: r.fingerprint,
    terms: r.terms,
    contextTerms: r.context_terms,
    nearTerms: r.near_terms ?? '',
  };
  const lead = r.lead_terms ?? (r.lead_in ? leadFrom(out.nearTerms, out.contextTerms, r.lead_in) : '');
  if (lead) out.leadTerms = lead;
  if (r.sort_date) out.sortDate = r.sort_date;
  return out;
}

/** A follow as both stores return it. */
export interface FollowRow {
  id: string;
  platform: string;
  tenant: string;
  channel: string;
  speaker_id: string;
  speaker_name: string;
  topic: string;
  created_by: string;
  created_at: string;
}

export function followFromRow(r: FollowRow): FollowRecord {
  return {
    id: r.id,
    platform: r.platform,
    tenant: r.tenant,
    channel: r.channel,
    speakerId: r.speaker_id,
    speakerName: r.speaker_name,
    topic: r.topic,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

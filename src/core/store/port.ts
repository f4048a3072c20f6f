import type { ArticleMeta } from '../articles/model.js';
import type { QuoteKind } from '../extraction/model.js';

/** An article as stored: identity, metadata and body (the body feeds "show context"). */
export interface StoredArticle {
  /** Stable id: derived from the canonical URL when there is one, else from the content. */
  id: string;
  collection: string;
  /** Hash of the body and metadata: an unchanged re-ingest is detected without touching the quotes. */
  contentHash: string;
  /** Hash of the normalised body alone: syndicated copies of one story share it. */
  bodyHash: string;
  meta: ArticleMeta;
  /** File path or URL it was ingested from. */
  source?: string;
  ingestedAt: string;
}

/** One quote as stored, with everything an answer shows. */
export interface StoredQuote {
  id: string;
  articleId: string;
  collection: string;
  text: string;
  kind: QuoteKind;
  speakerId: string | null;
  speakerName: string | null;
  role?: string;
  organisation?: string;
  cue?: string;
  audience?: string;
  setting?: string;
  saidOnText?: string;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `--MM-DD` (year unknown). */
  saidOn?: string;
  /** Best known date for ordering and time filters: said-on when resolved, else the article's date. ISO day. */
  sortDate?: string;
  /** Index of the paragraph the quote starts in. */
  paragraph: number;
  /** The paragraph the quote sits in, shown as context. */
  context: string;
  start: number;
  end: number;
  confidence: number;
  /** Normalised text fingerprint: the same words carried by several articles share it (syndication). */
  fingerprint: string;
  /** Index terms (stemmed, lower-case) of the quote text, space-separated. */
  terms: string;
  /** Index terms of the sentence(s) around the quote, space-separated (weaker evidence than its own words). */
  contextTerms: string;
  /**
   * Index terms of its paragraph, the paragraphs either side and the headline (weakest evidence). The same for
   * every quote of one paragraph, so a store may keep it once per paragraph.
   */
  nearTerms: string;
  /**
   * Index terms of the quote's lead-in (src/core/lead-in.ts): the reporter's sentence just before the quote's own,
   * which often says what the quote is about; '' or absent when it has none. A run of `nearTerms` just before
   * the sentence's terms, so a store may keep only its length.
   */
  leadTerms?: string;
}

/**
 * What the ranker reads of a quote: no display text (quote, paragraph, names), so a speaker's whole pool can
 * be read from one compact range and full rows fetched only for the few answers shown.
 */
export type RankRow = Pick<StoredQuote, 'id' | 'collection' | 'kind' | 'speakerId' | 'sortDate' | 'confidence' | 'fingerprint' | 'terms' | 'contextTerms' | 'nearTerms' | 'leadTerms'>;

/** A rank row with the article it stands in (`QuoteStore.rankRowsOfArticles`). */
export type ArticleRankRow = RankRow & { articleId: string };

/**
 * What one collection (newsroom) says of a speaker. Kept apart per collection: a role or organisation stated
 * in one newsroom's articles is never shown to, or matched for, a reader of another.
 */
export interface SpeakerProfile {
  /** The name as this collection's newest quote gives it. */
  name: string;
  /** Quotes in this collection. */
  quotes: number;
  /** Roles and organisations stated with the speaker in this collection, most frequent first. */
  roles: string[];
  organisations: string[];
  /**
   * For each of `roles`: how many quotes state it, and the first and last day it was stated (the quotes' dates),
   * so a role question finds who held an office when asked. Absent for a profile without roles.
   */
  roleStats?: Record<string, RoleStat>;
  /** Latest known date of a quote in this collection (ISO day). */
  lastSaid?: string;
}

/** How often, and from when to when, a role was stated with a speaker in one collection. */
export interface RoleStat {
  n: number;
  /** First and last day (ISO) of a dated quote stating it; absent when none is dated. */
  first?: string;
  last?: string;
}

/** A speaker as the store lists it: one person or organisation, with what each collection says of them. */
export interface SpeakerRecord {
  id: string;
  isOrganisation: boolean;
  /** Collection -> profile; only collections holding at least one quote of the speaker. */
  collections: Record<string, SpeakerProfile>;
}

/**
 * A speaker in the registry a question is resolved against: a `SpeakerRecord` seen from the asker's
 * collections only (see `speakers/scope.ts`), so every field holds nothing of another newsroom.
 */
export interface StoredSpeaker {
  id: string;
  name: string;
  isOrganisation: boolean;
  /** Roles and organisations seen with this speaker in the asker's collections, most frequent first. */
  roles: string[];
  organisations: string[];
  /** Quotes per collection, the asker's collections only. */
  quoteCounts: Record<string, number>;
  /** Latest known date of a quote (ISO day) in the asker's collections. */
  lastSaid?: string;
  /** The profile of each of the asker's collections that quotes the speaker: a quote shows its own collection's role. */
  profiles: Record<string, SpeakerProfile>;
}

/** Restricts any read to what the asker may see and, optionally, to a time window (ISO days, inclusive). */
export interface QuoteFilter {
  collections: string[];
  from?: string;
  to?: string;
}

/**
 * How a read may be stopped: a question past its deadline aborts its signal, and the store stops the read's
 * work where it can (PostgreSQL cancels the running statement; SQLite's reads are synchronous, so it checks
 * before each read starts). An aborted read rejects with the signal's reason.
 */
export interface ReadOptions {
  signal?: AbortSignal;
}

/** A term look-up's read options and how its pool is ordered before the cut (term-search.ts, step 6). */
export interface TermReadOptions extends ReadOptions {
  /**
   * Rows whose own terms hold more of these index terms first, ties by BM25 (a pasted line's words: the
   * misquote look-up). Absent: BM25 alone.
   */
  heldFirst?: string[];
}

/** What a write did. */
export interface ReplaceResult {
  status: 'added' | 'updated' | 'unchanged';
  articleId: string;
  quotes: number;
}

/** One article of a batch write: written, or refused with the reason (the rest of the batch is unaffected). */
export type BatchOutcome = { ok: true; result: ReplaceResult } | { ok: false; error: Error };

/**
 * Small values with an expiry, shared by every process on one store: what a chat button needs to work after a
 * restart or on another replica, which deliveries were already answered, and (kept until deleted) the Slack
 * installations of an OAuth deployment. Keys are namespaced by their user
 * (`discord:q:…`, `slack:seen:…`); expired rows are never returned and are purged as new ones are written.
 */
export interface ExpiringState {
  /** Puts `value` under `key` for `ttlMs` (null: until replaced or deleted), replacing what was there. */
  putState(key: string, value: string, ttlMs: number | null): Promise<void>;
  /** The value under `key`, or null when there is none or it has expired. */
  getState(key: string): Promise<string | null>;
  /** Removes `key`; true when there was one. */
  deleteState(key: string): Promise<boolean>;
  /**
   * Claims `key` for `ttlMs`: true for exactly one caller among any number of processes racing for it, false
   * while an unexpired claim exists. Atomic in the database, so two replicas never both win.
   */
  claimState(key: string, ttlMs: number): Promise<boolean>;
}

// ---- Corrections by editors (issue 15) ----

/** What a quote showed as its speaker: the audit log's "before". */
export interface SpeakerShown {
  name: string | null;
  role?: string;
  organisation?: string;
}

/**
 * An editor's correction of a quote: the right speaker, or "not a quote". Kept as an override keyed by the
 * article's identity (`articleKey`: canonical URL, else source, else id; within the collection) and the quote's
 * words (`fingerprint`), applied at every write of that article. The record is also the audit log entry: who,
 * when, before, after (`action`, `speakerName`), why, and the undo.
 */
export interface CorrectionRecord {
  id: string;
  collection: string;
  articleKey: string;
  /** The article and quote the editor corrected (ids change when an article without a URL changes). */
  articleId: string;
  fingerprint: string;
  quoteId: string;
  quoteText: string;
  action: 'speaker' | 'not_quote';
  /** The right speaker (null for "not a quote"). */
  speakerId: string | null;
  speakerName: string | null;
  before: SpeakerShown;
  reason: string;
  by: string;
  /** ISO time. */
  at: string;
  /** `superseded`: a later correction of the same words replaced it. */
  status: 'active' | 'superseded' | 'undone';
  undoneBy?: string;
  undoneAt?: string;
}

/** A correction to record: the store fills in the article key, words and "before" from the quote. */
export interface NewCorrection {
  id: string;
  quoteId: string;
  /** The collections the editor may correct; a quote outside them is not found. */
  collections: string[];
  action: 'speaker' | 'not_quote';
  speakerId: string | null;
  speakerName: string | null;
  reason: string;
  by: string;
  at: string;
}

/** Corrections in the store (both stores; `store/corrections.ts` holds the rules they share). */
export interface CorrectionStore {
  /**
   * Records a correction and applies it at once, atomically: the quote's article is rewritten with every
   * active override, so the speaker registry and the indexes follow. A previous correction of the same words
   * becomes `superseded`. Null when the quote does not exist in `collections`.
   */
  addCorrection(c: NewCorrection): Promise<CorrectionRecord | null>;
  /**
   * Undoes an active correction: the extractor's records come back in every article it applied to. Null when
   * there is no such correction in `collections`; an error (BAD_INPUT) when it is not active.
   */
  undoCorrection(id: string, undo: { by: string; at: string; collections: string[] }): Promise<CorrectionRecord | null>;
  /** Corrections (the audit log), newest first; only `collections` when given. */
  listCorrections(filter?: { collections?: string[]; limit?: number }): Promise<CorrectionRecord[]>;
  /** Which of these quotes carry an active correction: quote id -> correction id. */
  correctionsOfQuotes(quoteIds: string[]): Promise<Map<string, string>>;
}

/** The answer of `QuoteStore.quotesForHits`: each part as its own read would give it. */
export interface QuotesForHits {
  quotes: StoredQuote[];
  carrying: Map<string, StoredArticle[]>;
  corrected: Map<string, string>;
}

/** Expired state rows are purged once every this many state writes (per process). */
export const STATE_PURGE_EVERY = 200;

// ---- Follows (issue 15: "tell this channel when X is quoted") ----------------------------------------------

/** A channel's standing request for a speaker's new quotes, optionally on one topic. */
export interface FollowRecord {
  id: string;
  /** `slack` or `discord`: which adapter delivers it. */
  platform: string;
  /** The workspace or guild id: whose collections the follow may read (resolved again at every delivery). */
  tenant: string;
  channel: string;
  /** The canonical speaker id (as the registry resolved it) and the name shown. */
  speakerId: string;
  speakerName: string;
  /** The topic words as typed (cleaned), '' for every quote of the speaker. */
  topic: string;
  createdBy: string;
  /** ISO time: quotes ingested before it are not delivered (a follow is not a back catalogue). */
  createdAt: string;
}

/** A quote as a follow's delivery reads it: with the time its article was (last) written. */
export interface FollowedQuote extends StoredQuote {
  ingestedAt: string;
}

/** One quote for one follow. Keyed by fingerprint, so syndicated copies and re-ingests count as one quote. */
export interface FollowDelivery {
  followId: string;
  fingerprint: string;
  quoteId: string;
}

/**
 * Follows and their deliveries. Deliveries are claimed before posting, atomically in the database, so two
 * processes delivering at once never both post a quote; a claim that was never confirmed (a crash) can be taken
 * again after its lease.
 */
export interface FollowStore {
  /** Adds a follow; the same (platform, tenant, channel, speaker, topic) again returns the existing one. */
  addFollow(follow: Omit<FollowRecord, 'id'>): Promise<{ follow: FollowRecord; created: boolean }>;
  /** Removes a channel's follows of a speaker: of one topic ('' = the topic-less one), or all when `topic` is absent. */
  removeFollows(where: { platform: string; tenant: string; channel: string; speakerId: string; topic?: string }): Promise<number>;
  /** Follows of a platform, optionally of one tenant and channel, oldest first. */
  listFollows(where: { platform: string; tenant?: string; channel?: string }): Promise<FollowRecord[]>;
  /** Quotes of these speakers in these collections whose article was written at or after `since`, oldest first. */
  quotesIngestedSince(speakerIds: string[], collections: string[], since: string, limit: number): Promise<FollowedQuote[]>;
  /** Which of these deliveries are already sent or claimed under an unexpired lease (`followId\u0000fingerprint`). */
  takenDeliveries(items: FollowDelivery[]): Promise<Set<string>>;
  /** Claims deliveries for `leaseMs`: returns those this caller won (not sent, not claimed by another). */
  claimDeliveries(items: FollowDelivery[], leaseMs: number): Promise<FollowDelivery[]>;
  /** After posting: marks claimed deliveries sent, or releases them (`sent` false) for a later attempt. */
  finishDeliveries(items: FollowDelivery[], sent: boolean): Promise<void>;
}

/** The key of a delivery in `takenDeliveries`' answer. */
export function deliveryKey(d: { followId: string; fingerprint: string }): string {
  return `${d.followId}\u0000${d.fingerprint}`;
}

/**
 * The store port. Two implementations (SQLite embedded, PostgreSQL shared) pass the same contract suite;
 * ranking lives in the core, so answers do not depend on the store. Stores retrieve candidates; they do not
 * decide what is relevant beyond a cheap first cut. The reads an answer makes take an optional `ReadOptions`
 * whose signal stops them (a timed-out chat answer stops its work).
 */
export interface QuoteStore extends ExpiringState, FollowStore, CorrectionStore {
  readonly kind: string;
  /** Creates or migrates the schema; safe to call on every start. */
  init(): Promise<void>;
  /** Atomically replaces an article and its quotes (all or nothing), keeping speakers and term counts right. */
  replaceArticle(article: StoredArticle, quotes: StoredQuote[]): Promise<ReplaceResult>;
  /**
   * Many articles at once (a bulk ingest), each all or nothing exactly as `replaceArticle`: an article that
   * fails leaves no trace and does not stop the others. Outcomes in input order. A store may commit the batch
   * as one transaction (SQLite: one commit instead of one per article), so nothing of it is visible to readers,
   * or durable, before the promise resolves.
   */
  replaceArticles(items: { article: StoredArticle; quotes: StoredQuote[] }[]): Promise<BatchOutcome[]>;
  getArticle(id: string, options?: ReadOptions): Promise<StoredArticle | null>;
  /** Removes an article and its quotes (a source file deleted from the seed folder, say). */
  deleteArticle(id: string): Promise<boolean>;
  /** Id, source and content hash of every article whose source starts with `prefix` (for folder syncing). */
  listArticleSources(prefix: string): Promise<{ id: string; source: string; contentHash: string }[]>;
  /** Every speaker with at least one quote, per collection. Small (thousands), loaded into the in-memory registry. */
  listSpeakers(): Promise<SpeakerRecord[]>;
  /** Document frequency of each index term over all quotes, and the number of quotes: for IDF and typo repair. */
  termStats(): Promise<{ quotes: number; avgLength: number; df: Map<string, number> }>;
  /** Quotes of the given speakers, newest first, at most `limit`. */
  quotesBySpeakers(speakerIds: string[], filter: QuoteFilter, limit: number, options?: ReadOptions): Promise<StoredQuote[]>;
  /**
   * The same quotes as `quotesBySpeakers`, in the same order, as rank rows only (the hot path of "what did X
   * say"). With `anyTerm`, only quotes holding at least one of those index terms as a whole token in their
   * terms, context terms or neighbourhood terms: the quotes the ranker can score at all, selected inside the
   * store so the others are never read out.
   */
  rankRowsBySpeakers(speakerIds: string[], filter: QuoteFilter, limit: number, anyTerm?: string[], options?: ReadOptions): Promise<RankRow[]>;
  /**
   * Quotes containing any of `terms` (index terms) in their text or context, best first by the store's own
   * cheap relevance, at most `limit`. The core re-ranks them.
   */
  quotesByTerms(terms: string[], filter: QuoteFilter, limit: number, options?: ReadOptions): Promise<StoredQuote[]>;
  /** The same quotes as `quotesByTerms`, in the same order, as rank rows only (with `heldFirst`, in that order). */
  rankRowsByTerms(terms: string[], filter: QuoteFilter, limit: number, options?: TermReadOptions): Promise<RankRow[]>;
  /**
   * Quotes holding every one of `terms` in their own words, most recently written first, at most `limit` (a
   * pasted quote's look-up). A store may look only among the most recent matches before applying the filter
   * (SQLite: four times `limit`), so an empty or short answer is not proof of absence: callers fall back.
   */
  quotesWithAllTerms(terms: string[], filter: QuoteFilter, limit: number, options?: ReadOptions): Promise<StoredQuote[]>;
  /**
   * The rank rows of the articles that hold these quotes: every quote of each such article (the given ones among
   * them) within the filter, each with its article's id, ordered by article and then as they stand in it (paragraph,
   * offset), at most `perArticle` of each article. What a check reads as "the other quotes in this quote's
   * paragraphs": read by article id, so it neither misses the article's own rows (as a topic look-up capped at a few
   * hundred rows does once other articles share the words) nor grows with the archive.
   */
  rankRowsOfArticles(quoteIds: string[], filter: QuoteFilter, perArticle: number, options?: ReadOptions): Promise<ArticleRankRow[]>;
  /** Quotes by id (any order; unknown ids are left out). */
  getQuotes(ids: string[], options?: ReadOptions): Promise<StoredQuote[]>;
  /**
   * The articles that carry each fingerprint's words (a hit's own article and its syndicated copies) within the
   * filter's collections, oldest first (undated first, ties by id), per fingerprint; a fingerprint no article
   * carries is left out. Every hit of an answer in one read: on a networked store one round trip, not two a hit.
   */
  articlesWithFingerprints(fingerprints: string[], filter: QuoteFilter, options?: ReadOptions): Promise<Map<string, StoredArticle[]>>;
  /**
   * Optional: what showing hits reads, as one read: the quotes by id (as `getQuotes`), the articles carrying their
   * fingerprints (as `articlesWithFingerprints`) and which of them an editor corrected (as `correctionsOfQuotes`).
   * A store answering over a network implements it as one round trip instead of three; without it the core
   * makes the three calls (SQLite: in process, nothing to save).
   */
  quotesForHits?(ids: string[], filter: QuoteFilter, options?: ReadOptions): Promise<QuotesForHits>;
  /**
   * Optional: `articlesWithFingerprints` and `correctionsOfQuotes` of hits already read in full, as one read (one
   * round trip instead of two in parallel on a networked store).
   */
  hitSources?(quoteIds: string[], fingerprints: string[], filter: QuoteFilter, options?: ReadOptions): Promise<Pick<QuotesForHits, 'carrying' | 'corrected'>>;
  /** A number that changes whenever any process commits a write: readers refresh their caches on change. */
  revision(): Promise<number>;
  counts(filter?: { collections: string[] }): Promise<{ articles: number; quotes: number; speakers: number }>;
  close(): Promise<void>;
}

import type { Article, ArticleMeta } from './articles/model.js';
import type { Answer, AskOptions, QuoteHit, SpeakerSummary } from './answers/model.js';
import type { MessageVerification } from './answers/message-check.js';
import type { Reshown, ShownAnswer } from './answers/shown.js';
import type { ChannelRef, DeliverOptions, DeliveryReport, FollowOutcome, FollowRequest, FollowView, UnfollowOutcome, UnfollowRequest } from './follows/model.js';
import type { Correction, CorrectionRequest } from './corrections.js';

/** What one ingest did. */
export interface IngestResult {
  status: 'added' | 'updated' | 'unchanged';
  articleId: string;
  title?: string;
  quotes: number;
  /** Canonical names of the speakers found, most quoted first. */
  speakers: string[];
  source?: string;
}

/** One document of a batch: indexed, or refused with the reason (the others are unaffected). */
export type IngestOutcome = { ok: true; source: string; result: IngestResult } | { ok: false; source: string; error: Error };

export interface IngestOptions {
  /** Collection the article is written to (tenancy). Defaults to "default". */
  collection?: string;
  /** Metadata known from outside (a feed item's title and date): fills only what the page itself does not say. */
  meta?: ArticleMeta;
  signal?: AbortSignal;
}

/** A document as it arrives (file content or fetched page), before parsing. */
export interface DocumentInput {
  content: string;
  /** File path or URL: names the input in messages and picks the format by extension. */
  source: string;
  contentType?: string;
  /** Metadata known from outside the document (a feed item's date, say); the document's own wins. */
  meta?: ArticleMeta;
}

/**
 * The one public surface of the core. Adapters turn a payload into a call here and render what comes back;
 * they hold no extraction or ranking logic.
 */
export interface OnRecord {
  /** Parses (text, Markdown, HTML), extracts and indexes one document; re-ingesting updates in place. */
  ingestDocument(input: DocumentInput, options?: IngestOptions): Promise<IngestResult>;
  /**
   * Fetches a page (http/https only, through the SSRF-safe fetch policy given to `createOnRecord`), then
   * ingests it like `ingestDocument`.
   */
  ingestUrl(url: string, options?: IngestOptions): Promise<IngestResult>;
  /**
   * Many documents at once (a bulk ingest): parsed and extracted one by one, then written in one batch, which
   * is several times faster than one write each on a large index. Each document is still all or nothing; a
   * bad one is reported in its outcome and does not stop the rest. Outcomes in input order.
   */
  ingestDocuments(inputs: DocumentInput[], options?: IngestOptions): Promise<IngestOutcome[]>;
  /** Indexes an already parsed article. */
  ingestArticle(article: Article, options?: IngestOptions): Promise<IngestResult>;
  /** Answers a chat question of any intent (what did X say, who said "...", latest from X, help...). */
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /** Who said these words? The closest real quote, its speaker and source, and how the words differ. */
  verify(pasted: string, options?: AskOptions): Promise<Answer>;
  /**
   * "Verify quote" on a posted message (plain text, its platform markup already decoded): the passages it
   * quotes, or the whole text when it quotes none, each verified like `verify`, with the limits applied.
   */
  verifyMessage(message: string, options?: AskOptions): Promise<MessageVerification>;
  /** Speakers whose name, alias, role or organisation fits `prefix`, fuzzily (autocomplete). */
  suggestSpeakers(prefix: string, options?: { collections?: string[]; limit?: number }): Promise<SpeakerSummary[]>;
  /** One quote by id, with its full paragraph (for "show context"), if the asker may read it. */
  getQuote(id: string, options?: { collections?: string[] }): Promise<QuoteHit | null>;
  /**
   * The quotes an answer showed (`shownOf(answer)`), again, as they are now on record and readable from
   * `collections`: a quote removed or reworded since is counted in `gone`, never replaced (Share, Copy citation).
   */
  reshow(shown: ShownAnswer, options?: { collections?: string[] }): Promise<Reshown>;
  /** How to ask, with example questions built from the current index; `signal` stops its store reads, as `ask`'s does. */
  help(options?: { collections?: string[]; signal?: AbortSignal }): Promise<Answer>;
  counts(options?: { collections?: string[] }): Promise<{ articles: number; quotes: number; speakers: number }>;
  /** A channel follows a speaker (on a topic): the speaker is resolved in the tenant's collections, or refused with the nearest ones. */
  follow(request: FollowRequest): Promise<FollowOutcome>;
  /** A channel stops following a speaker (one topic, or all of them). */
  unfollow(request: UnfollowRequest): Promise<UnfollowOutcome>;
  /** What a channel follows. */
  following(where: ChannelRef): Promise<FollowView[]>;
  /** One delivery pass of a platform's follows: new quotes to their channels as digests, through `post`. */
  deliverFollows(options: DeliverOptions): Promise<DeliveryReport>;
  /**
   * An editor's correction of a quote's speaker (or "not a quote"): recorded in the audit log and applied at
   * once and at every later ingest of the article. NOT_FOUND when the quote is not in the editor's collections.
   */
  correct(request: CorrectionRequest): Promise<Correction>;
  /** Undoes an active correction: the extractor's speaker comes back. */
  undoCorrection(id: string, options: { by: string; collections: string[] }): Promise<Correction>;
  /** The audit log of corrections, newest first (only `collections` when given). */
  corrections(options?: { collections?: string[]; limit?: number }): Promise<Correction[]>;
  /**
   * Loads the in-memory speaker registry and vocabulary now rather than on the first question, and asks a question
   * of every answer path once (answers thrown away): once per process, a second call waits for the first.
   */
  warm(): Promise<void>;
  close(): Promise<void>;
}

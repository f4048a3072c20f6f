import type { ArticleMeta } from '../articles/model.js';
import type { QuoteKind } from '../extraction/model.js';

/** What the asker wanted, as the question parser understood it. */
export type Intent =
  | 'quote' // what did X say (about Y) / quotes about Y from anyone
  | 'verify' // who said "..." : find the real quote and show how the pasted words differ
  | 'latest' // latest from X
  | 'speakers' // which speakers talked about Y
  | 'help';

/** A speaker as answers show it. */
export interface SpeakerView {
  id: string;
  name: string;
  role?: string;
  organisation?: string;
  isOrganisation?: boolean;
}

/** The article a quote came from. */
export interface SourceView {
  articleId: string;
  title?: string;
  url?: string;
  outlet?: string;
  /** ISO date as the article gives it; absent when unknown. */
  published?: string;
  /** File path or URL it was ingested from. */
  path?: string;
}

/** One quote in an answer, self-explaining: what matched and why it ranks where it does. */
export interface QuoteHit {
  id: string;
  /** The words shown: the quote, or the whole quotation when the extractor stored it as two halves (whole-quote.ts). */
  text: string;
  /** The stored quotes the words shown join, in article order (absent when they are one stored quote, `id`). */
  parts?: string[];
  kind: QuoteKind;
  speaker: SpeakerView | null;
  cue?: string;
  audience?: string;
  setting?: string;
  /** As the article says it ("September 20") and resolved where possible (`--09-20`: year unknown). */
  saidOn?: { text?: string; date?: string };
  article: SourceView;
  /** Other articles carrying the same quote (syndication): one answer, several sources. */
  alsoIn: SourceView[];
  /** The paragraph around the quote. */
  context: string;
  score: number;
  /** Probability that the speaker is right (the extractor's calibrated confidence). */
  confidence: number;
  /** Confidence below the configured threshold: answers say "attribution uncertain". */
  attributionUncertain: boolean;
  /** Question terms found in the quote or its paragraph. */
  matched: string[];
  /** An editor corrected the speaker: answers say "speaker corrected by an editor". */
  corrected?: boolean;
}

/** One segment of a comparison between pasted words and the real quote. */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** How pasted words compare with the real quote ("who said ..."). */
export interface Verification {
  pasted: string;
  /** 0..1 share of the quote's words the pasted text reproduces in order. */
  similarity: number;
  /** 0..1 share of the pasted words found in the quote, in order. */
  coverage: number;
  exact: boolean;
  /** Every pasted word is in the quote, in order, but the quote says more: the paste is an excerpt, not a misquote. */
  excerpt: boolean;
  diff: DiffPart[];
}

/** A speaker summary for "nearest speakers", "which speakers" and alternatives. */
export interface SpeakerSummary extends SpeakerView {
  quotes: number;
  /** Why it is listed ("name close to 'Kirbi'", "8 quotes about aleppo"). */
  reason?: string;
}

/** The parsed question, so every answer can say how it was understood. */
export interface Understanding {
  intent: Intent;
  speaker?: { query: string; resolved: SpeakerView[] };
  topic: string[];
  /** Inclusive ISO-day window, when the question names a time. */
  time?: { text: string; from?: string; to?: string };
  quoted?: string;
}

/**
 * The platform-neutral answer every adapter renders. "No quote found" is an answer (status `not_found`)
 * with the nearest speakers, never an error and never a weak match shown as a fact.
 */
export interface Answer {
  question: string;
  status: 'found' | 'not_found' | 'help';
  understood: Understanding;
  /** This page of results, best first. */
  hits: QuoteHit[];
  /** Results available in all (for paging). */
  total: number;
  offset: number;
  verification?: Verification;
  /** When a surname fits several speakers: the best one answers, these are named as alternatives. */
  alternatives: SpeakerSummary[];
  /** For `not_found`: who the asker may have meant; for intent `speakers`: who spoke about the topic. */
  speakers: SpeakerSummary[];
  /**
   * For `not_found` with a named speaker: what that speaker is on record about (words as written), to ask
   * again with. Absent when there is nothing to suggest.
   */
  topics?: string[];
  /** For help: example questions built from the current index. */
  examples: string[];
  /** A one-line explanation for the asker when nothing was found or the question could not be used. */
  note?: string;
  tookMs: number;
}

/** The options every adapter passes with a question. */
export interface AskOptions {
  /** Collections the asker may read (tenancy). Defaults to ["default"]. */
  collections?: string[];
  limit?: number;
  offset?: number;
  /** Restrict to one speaker (a registry id), e.g. from Discord autocomplete. */
  speakerId?: string;
  signal?: AbortSignal;
}

/** Source metadata passed with an ingest. */
export type IngestMeta = ArticleMeta;

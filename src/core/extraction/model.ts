import type { ArticleMeta } from '../articles/model.js';

/** Who said it, as resolved inside one article. */
export interface SpeakerRef {
  /** Canonical name: the fullest form the article gives, no honorific ("Joseph Dunford"). */
  name: string;
  /** Title or role as stated in the article ("Chairman of the Joint Chiefs of Staff"). */
  role?: string;
  organisation?: string;
  /** True when an organisation speaks ("the ministry said in a statement"). */
  isOrganisation?: boolean;
  /** True when the speaker is never named ("a spokeswoman said"): `name` is then the description. */
  anonymous?: boolean;
}

/** When it was said, as far as the article tells. */
export interface SaidOn {
  /** The words of the article ("September 20", "on Thursday", "last month"). */
  text: string;
  /**
   * Resolved date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` when known; `--MM-DD` (ISO 8601 without year) when
   * the article has no published date and the text names no year.
   */
  date?: string;
}

export type QuoteKind = 'direct' | 'indirect';

/** One quote found in an article. `text` is always a verbatim substring `article.text.slice(start, end)`. */
export interface ExtractedQuote {
  text: string;
  kind: QuoteKind;
  start: number;
  end: number;
  /** Index of the paragraph (in `Article.paragraphs`) where the quote starts. */
  paragraph: number;
  speaker: SpeakerRef | null;
  /** The speech verb or phrase ("said", "told", "according to"). */
  cue?: string;
  /** To whom ("lawmakers", "the BBC"). */
  audience?: string;
  /** Setting ("in a statement", "in an interview with CNN"). */
  setting?: string;
  saidOn?: SaidOn;
  /** 0..1, how sure the extractor is of the span and the speaker together. */
  confidence: number;
}

/** The signature every extractor implements; pure, synchronous, never throws on any text. */
export type Extractor = (text: string, paragraphs: { start: number; end: number }[], meta: ArticleMeta) => ExtractedQuote[];

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

/**
 * How a quote got its speaker (kept for confidence features; never a cue's `via`, which says where a cue's
 * subject stands): `cue-after` the cue right after the quote ("...," Kirby said), `cue-before` the cue before
 * it in its sentence (Kirby said: "..."), `colon` a lead-in ending in a colon, `prev-quote` / `next-quote` the
 * quote before or after it, `continuation` the paragraph before, `signature` a signature line under it,
 * `clause` the reported clause of a cue (indirect speech), `none` nothing.
 */
export type AttributionMethod = 'cue-after' | 'cue-before' | 'colon' | 'prev-quote' | 'next-quote' | 'continuation' | 'signature' | 'subject-before' | 'clause' | 'none';

/**
 * Where a cue's subject stands (`Cue.via` in cues.ts): `before` the verb ("Kirby said"), `after` it ("said
 * Kirby"), `shared` with the verb before it ("..., saying"), `according` ("according to Kirby"). A different
 * question from `AttributionMethod`, and no value is spelt the same, so the compiler refuses one for the other.
 */
export const CUE_SUBJECT_PLACES = ['before', 'after', 'shared', 'according'] as const;
export type CueSubjectPlace = (typeof CUE_SUBJECT_PLACES)[number];

/** Compile-time proof that the two unions share no value (fails to build if someone adds one to both). */
const disjoint: Extract<AttributionMethod, CueSubjectPlace> extends never ? true : never = true;
void disjoint;

/** What kind of words named the speaker where the quote is attributed. */
export type MentionKind = 'name' | 'org' | 'pronoun' | 'description';

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
  /** How the speaker was found (see `AttributionMethod`). */
  how?: AttributionMethod;
  /** The kind of mention the speaker was read from at the attribution ("he", "the spokesman", "Kirby"). */
  mention?: MentionKind;
  /** 0..1, how sure the extractor is of the span and the speaker together. */
  confidence: number;
}

/** The signature every extractor implements; pure, synchronous, never throws on any text. */
export type Extractor = (text: string, paragraphs: { start: number; end: number }[], meta: ArticleMeta) => ExtractedQuote[];

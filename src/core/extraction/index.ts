/**
 * The quote extractor: direct quotes and reported speech with their speakers, from article text.
 * `extractQuotes` is pure and synchronous, never throws, and every quote it returns is the verbatim
 * slice `text.slice(start, end)`. See docs/EXTRACTION.md for how it works and how it scores.
 */
import type { ArticleMeta } from '../articles/model.js';
import type { QuoteEvidence } from './confidence.js';
import type { Extractor, ExtractedQuote } from './model.js';
import { maskNicknames } from './nicknames.js';
import { readArticle } from './reader.js';

export type { Extractor, ExtractedQuote, SpeakerRef, SaidOn, QuoteKind } from './model.js';

/** Extracts the quotes of one article (see `Extractor`). */
export const extractQuotes: Extractor = (text, paragraphs, meta) => extractWithEvidence(text, paragraphs, meta);

/**
 * `extractQuotes`, with each kept quote's attribution evidence reported to `observe` (the confidence fitting
 * script reads the features this way; the app does not).
 */
export function extractWithEvidence(
  text: string,
  paragraphs: { start: number; end: number }[],
  meta: ArticleMeta,
  observe?: (quote: ExtractedQuote, evidence: QuoteEvidence) => void,
): ExtractedQuote[] {
  if (typeof text !== 'string' || text.length === 0 || !Array.isArray(paragraphs)) return [];
  try {
    const evidence = observe ? new Map<ExtractedQuote, QuoteEvidence>() : undefined;
    // Read with nicknames blanked ("Brian 'Head' Welch" is Brian Welch); the offsets are the text's own.
    const read = maskNicknames(text);
    const quotes = readArticle(read, paragraphs, meta ?? {}, evidence ? (q, e) => evidence.set(q, e) : undefined);
    if (read !== text) for (const q of quotes) unmask(q, text);
    // The invariant callers rely on: the text is exactly the slice it claims to be; and no span twice.
    const seen = new Set<string>();
    const kept = quotes.filter((q: ExtractedQuote) => {
      const key = `${q.kind}:${q.start}:${q.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return q.end > q.start && text.slice(q.start, q.end) === q.text;
    });
    if (observe && evidence) for (const q of kept) { const e = evidence.get(q); if (e) observe(q, e); }
    return kept;
  } catch {
    // A bug must cost one article its quotes, never the caller its process.
    return [];
  }
}

/** A quote read from the masked text, given back its own words (a nickname inside it) and single-spaced names. */
function unmask(q: ExtractedQuote, text: string): void {
  q.text = text.slice(q.start, q.end);
  if (!q.speaker) return;
  q.speaker.name = q.speaker.name.replace(/\s{2,}/g, ' ');
  if (q.speaker.role) q.speaker.role = q.speaker.role.replace(/\s{2,}/g, ' ');
  if (q.speaker.organisation) q.speaker.organisation = q.speaker.organisation.replace(/\s{2,}/g, ' ');
}

/**
 * The quote extractor: direct quotes and reported speech with their speakers, from article text.
 * `extractQuotes` is pure and synchronous, never throws, and every quote it returns is the verbatim
 * slice `text.slice(start, end)`. See docs/EXTRACTION.md for how it works and how it scores.
 */
import type { Extractor, ExtractedQuote } from './model.js';
import { readArticle } from './reader.js';

export type { Extractor, ExtractedQuote, SpeakerRef, SaidOn, QuoteKind } from './model.js';

/** Extracts the quotes of one article (see `Extractor`). */
export const extractQuotes: Extractor = (text, paragraphs, meta) => {
  if (typeof text !== 'string' || text.length === 0 || !Array.isArray(paragraphs)) return [];
  try {
    const quotes = readArticle(text, paragraphs, meta ?? {});
    // The invariant callers rely on: the text is exactly the slice it claims to be; and no span twice.
    const seen = new Set<string>();
    return quotes.filter((q: ExtractedQuote) => {
      const key = `${q.kind}:${q.start}:${q.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return q.end > q.start && text.slice(q.start, q.end) === q.text;
    });
  } catch {
    // A bug must cost one article its quotes, never the caller its process.
    return [];
  }
};

import { splitParagraphs } from '../../../src/core/articles/paragraphs.js';
import type { ArticleMeta } from '../../../src/core/articles/model.js';
import type { QuoteEvidence } from '../../../src/core/extraction/confidence.js';
import { extractQuotes, extractWithEvidence } from '../../../src/core/extraction/index.js';
import type { ExtractedQuote } from '../../../src/core/extraction/model.js';

/** Extracts from a text written as paragraphs separated by newlines. */
export function extract(text: string, meta: ArticleMeta = {}): ExtractedQuote[] {
  return extractQuotes(text, splitParagraphs(text), meta);
}

/** The direct quotes extracted from `text` (see `extract`). */
export function extractDirect(text: string, meta: ArticleMeta = {}): ExtractedQuote[] {
  return extract(text, meta).filter((q) => q.kind === 'direct');
}

/** The quote whose text contains `words`, or undefined. */
export function quoteWith(quotes: readonly ExtractedQuote[], words: string): ExtractedQuote | undefined {
  return quotes.find((q) => q.text.includes(words));
}

/** Speaker name of the quote containing `words` (null when unattributed, undefined when not found). */
export function speakerOf(quotes: readonly ExtractedQuote[], words: string): string | null | undefined {
  const q = quoteWith(quotes, words);
  return q ? (q.speaker?.name ?? null) : undefined;
}

/** The direct quotes of `text` with their speaker, confidence and the evidence behind it (see `extract`). */
export function directWithEvidence(text: string): { speaker: string | undefined; confidence: number; evidence: QuoteEvidence }[] {
  const out: { speaker: string | undefined; confidence: number; evidence: QuoteEvidence }[] = [];
  extractWithEvidence(text, splitParagraphs(text), {}, (q, evidence) => {
    if (q.kind === 'direct') out.push({ speaker: q.speaker?.name, confidence: q.confidence, evidence });
  });
  return out;
}

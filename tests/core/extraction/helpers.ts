import { splitParagraphs } from '../../../src/core/articles/paragraphs.js';
import type { ArticleMeta } from '../../../src/core/articles/model.js';
import type { QuoteEvidence } from '../../../src/core/extraction/confidence.js';
import { extractQuotes, extractWithEvidence } from '../../../src/core/extraction/index.js';
import { findQuoteSpans } from '../../../src/core/extraction/marks.js';
import { Cast } from '../../../src/core/extraction/people.js';
import { splitSentences, tokenize } from '../../../src/core/extraction/tokens.js';
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

/** The quote whose text starts with `words`, or undefined (a quote an earlier speaker's clause may run on over). */
export function quoteStarting(quotes: readonly ExtractedQuote[], words: string): ExtractedQuote | undefined {
  return quotes.find((q) => q.text.startsWith(words));
}

/** Speaker name of the quote starting with `words` (null when unattributed, undefined when not found). */
export function speakerOfQuoteStarting(quotes: readonly ExtractedQuote[], words: string): string | null | undefined {
  const q = quoteStarting(quotes, words);
  return q ? (q.speaker?.name ?? null) : undefined;
}

/** Speaker role of the quote starting with `words` (null when none, undefined when the quote is not found). */
export function roleOfQuoteStarting(quotes: readonly ExtractedQuote[], words: string): string | null | undefined {
  const q = quoteStarting(quotes, words);
  return q ? (q.speaker?.role ?? null) : undefined;
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

/** The cast `collect` gathers from `text` read as one paragraph (before attribution: no speaker turns noted yet). */
export function castOf(text: string): Cast {
  const spans = findQuoteSpans(text, [{ start: 0, end: text.length }]);
  const byOpen = new Map<number, number>();
  spans.forEach((s, i) => byOpen.set(s.open, i));
  const tokens = tokenize(text, 0, text.length, spans, byOpen);
  const cast = new Cast();
  cast.collect(text, [{ paragraph: 0, start: 0, end: text.length, tokens, sentences: splitSentences(tokens, text) }]);
  return cast;
}

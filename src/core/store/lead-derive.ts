import type { ParagraphSpan } from '../articles/model.js';
import { leadInSpan, QuoteSpans, type QuoteSpan } from '../lead-in.js';
import { NEAR_TERMS_PER_PARAGRAPH, sentenceAround, sentenceEnds } from '../neighbourhood.js';
import { indexTerms } from '../search/tokenize.js';

/*
 * Lead-ins of the quotes of an index written before they were stored (SQLite schema 10, PostgreSQL 13), derived
 * in place from what the index keeps: the paragraphs that hold quotes (their words), every quote's span and
 * speaker, and each quote's neighbourhood terms. The article's body is not kept, so the search runs over a body
 * rebuilt from those paragraphs at their offsets. A lead-in in a paragraph holding no quote (not kept) is known
 * only by its terms, the start of the neighbourhood: it is taken whole when it is one short paragraph (at most
 * `SHORT_PARAGRAPH_TERMS` terms, a news sentence), and left out otherwise, since which of its sentences leads in
 * is unknown. Re-ingesting the article gives the exact lead-ins (they are part of its content hash).
 */

/** A previous paragraph known only by its terms is taken as the lead-in when it has at most this many. */
export const SHORT_PARAGRAPH_TERMS = 25;

/** One stored quote as the derivation reads it. */
export interface StoredLeadQuote {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  speakerId: string | null;
  confidence: number;
  contextTerms: string;
  nearTerms: string;
}

/** The lead-in terms of each quote of one article ('' for none), in the order given. */
export function deriveLeadIns(paragraphs: ReadonlyMap<number, string>, quotes: readonly StoredLeadQuote[]): string[] {
  // Where each kept paragraph starts in the article: from a quote of it whose words are found in it.
  const starts = new Map<number, number>();
  for (const q of quotes) {
    if (starts.has(q.paragraph)) continue;
    const at = q.text ? (paragraphs.get(q.paragraph) ?? '').indexOf(q.text) : -1;
    if (at >= 0 && q.start - at >= 0) starts.set(q.paragraph, q.start - at);
  }
  let length = 0;
  for (const [idx, start] of starts) length = Math.max(length, start + (paragraphs.get(idx) as string).length);
  const chars: string[] = new Array<string>(length).fill(' ');
  const spans: ParagraphSpan[] = [];
  for (const [idx, start] of starts) {
    const text = paragraphs.get(idx) as string;
    for (let i = 0; i < text.length; i++) chars[start + i] = text[i] as string;
    spans[idx] = { start, end: start + text.length };
  }
  // A paragraph before a kept one that is not kept itself: a one-word stand-in just before it, so the search can
  // step back into it (its words are its neighbourhood terms, put back below).
  for (const idx of starts.keys()) {
    const start = starts.get(idx) as number;
    if (idx > 0 && !spans[idx - 1] && start >= 2) {
      chars[start - 2] = 'x';
      spans[idx - 1] = { start: start - 2, end: start - 1 };
    }
  }
  const text = chars.join('');
  const ends = new Map<number, [number, number][]>();
  const endsOf = (p: number) => {
    let e = ends.get(p);
    if (!e) ends.set(p, (e = sentenceEnds(text, spans[p] as ParagraphSpan)));
    return e;
  };
  const sentence = (p: number, a: number, b: number) => sentenceAround(text, spans[p] as ParagraphSpan, a, b, endsOf(p));
  const own: QuoteSpan[] = quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speakerId, confidence: q.confidence }));
  const index = new QuoteSpans(own);
  const src = { text, paragraphs: spans, sentence, quotesIn: (from: number, to: number) => index.quotesIn(from, to) };
  return quotes.map((q, i) => {
    const para = spans[q.paragraph];
    if (!para || !starts.has(q.paragraph)) return '';
    const span = leadInSpan(src, q.paragraph, own[i] as QuoteSpan, sentence(q.paragraph, q.start, q.end).start);
    if (!span) return '';
    if (span.start >= para.start || starts.has(q.paragraph - 1)) return indexTerms(text.slice(span.start, span.end)).join(' ');
    // The lead-in starts in the paragraph before, known only by its terms: the neighbourhood's run before this
    // paragraph's own terms.
    const before = termsBefore(q.nearTerms, indexTerms(paragraphs.get(q.paragraph) as string).slice(0, NEAR_TERMS_PER_PARAGRAPH).join(' '));
    if (!before || before.split(' ').length > SHORT_PARAGRAPH_TERMS) return '';
    return [before, ...indexTerms(text.slice(para.start, span.end))].join(' ');
  });
}

/** The terms of `near` before the first run of `inner` (the previous paragraph's), or '' when not found. */
function termsBefore(near: string, inner: string): string {
  if (!inner) return '';
  for (let at = near.indexOf(inner); at > 0; at = near.indexOf(inner, at + 1)) {
    const end = at + inner.length;
    if (near.charCodeAt(at - 1) === 32 && (end === near.length || near.charCodeAt(end) === 32)) return near.slice(0, at - 1);
  }
  return '';
}

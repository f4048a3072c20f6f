import type { ParagraphSpan } from './articles/model.js';
import { partitionPoint } from './text/sorted.js';

/**
 * A quote's lead-in: the reporter's sentence just before it, which often names what the quote is about ("For good
 * measure, Parise blocked a shot in the waning seconds. ... 'It's the mark of a true competitor,' Boudreau said").
 * The quote's own sentence already holds an introduction such as "Asked about the merger, she said: '...'"; the
 * lead-in is the narrative sentence before that, in the quote's paragraph or at the end of the one before.
 *
 * Going back sentence by sentence from the quote's sentence: a sentence holding no quote is the lead-in; one
 * holding only quotes of the same speaker, surely attributed, is stepped over ("'That's perfect,' Boudreau said."
 * before his next quote; his reported speech before his direct words), and is part of the lead-in span; one holding another
 * speaker's words (or words nobody is named for) ends the search, since what comes before them introduces those
 * words, not these ("hair nets" in a co-star's quote just before the director's). A search that ends so, or at its
 * bounds, with no narrative sentence found keeps the same speaker's sentence just before the quote's, when it is in
 * the quote's paragraph, as the lead-in (their reported speech summing up what the direct words go on to say).
 */

/** Sentences stepped over (the same speaker's) before the lead-in sentence: a quote run is rarely longer. */
export const LEAD_STEPS = 3;
/** How far back a lead-in may reach from the quote's sentence, in characters: a long news sentence and some. */
export const LEAD_REACH = 600;

/** A quote of the article, as the lead-in search sees it. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** The speaker's key (canonical id), or null when nobody is named. */
  speaker: string | null;
  /** How sure the attribution is (the extractor's calibrated confidence). */
  confidence: number;
}

/** What the search reads of the article. */
export interface LeadInSource {
  text: string;
  paragraphs: readonly ParagraphSpan[];
  /** The sentence around [start, end) within paragraph `p` (the same rule as the quote's own sentence). */
  sentence(p: number, start: number, end: number): ParagraphSpan;
  /** The article's quotes that overlap [from, to) (a store of them may bound how far back it looks). */
  quotesIn(from: number, to: number): readonly QuoteSpan[];
}

/**
 * The span of a quote's lead-in, from the start of the lead-in sentence to the start of the quote's own sentence
 * (`sentenceStart`), or null when it has none. `p` is the quote's paragraph.
 */
export function leadInSpan(src: LeadInSource, p: number, quote: QuoteSpan, sentenceStart: number): ParagraphSpan | null {
  const para = src.paragraphs[p];
  if (!para) return null;
  // Another speaker's words earlier in the quote's own sentence: what precedes the sentence introduces those.
  if (src.quotesIn(sentenceStart, quote.start).some((o) => o !== quote && o.start < quote.start && !same(o, quote))) return null;
  let cp = p;
  let cursor = sentenceStart;
  // No narrative sentence before the run: the same speaker's reported speech just before the quote's sentence, in
  // its paragraph, is the lead-in ("O'Hanlon ... says Libya is the biggest trouble spot for Clinton. 'I do think
  // she's got to maybe rethink her argument right now,' he said"). Only that one sentence: one further back, or in
  // the paragraph before, sums up as often another thing the speaker said ("She said the intelligence services
  // would receive more money. / 'Our economy grew faster ...,' she added").
  let nearest: number | undefined;
  // The lead-in from `start` to the quote's sentence, at most LEAD_REACH characters of it.
  const upTo = (start: number): ParagraphSpan | null => {
    const from = Math.max(start, sentenceStart - LEAD_REACH);
    return from < sentenceStart ? { start: snapToWord(src.text, from, sentenceStart), end: sentenceStart } : null;
  };
  const stepped = (): ParagraphSpan | null => (nearest === undefined ? null : upTo(nearest));
  for (let step = 0; step <= LEAD_STEPS; step++) {
    let cur = src.paragraphs[cp] as ParagraphSpan;
    let last = lastWordEnd(src.text, cur.start, cursor);
    if (last < 0) {
      // The paragraph's start: the lead-in may be the end of the paragraph before (only one back).
      if (cp !== p || p === 0 || !src.paragraphs[p - 1]) return stepped();
      cp = p - 1;
      cur = src.paragraphs[cp] as ParagraphSpan;
      last = lastWordEnd(src.text, cur.start, cur.end);
      if (last < 0) return stepped();
    }
    // The sentence ending there (its own end, not the search's: the sentence after it is the quote's).
    const s = { start: src.sentence(cp, last - 1, last - 1).start, end: last };
    const inside = src.quotesIn(s.start, s.end).filter((o) => o !== quote);
    if (inside.length === 0) return upTo(s.start);
    if (!inside.every((o) => same(o, quote))) return stepped();
    if (step === 0 && cp === p) nearest = s.start;
    cursor = s.start;
    if (sentenceStart - cursor > LEAD_REACH) return stepped();
  }
  return stepped();
}

/**
 * Whether `a` is `b`'s speaker's words, surely enough to step over: a line the extractor hardly knew whom to give
 * ("one man shouted", filed under the councillor at 0.1) may be somebody else's, and what leads into it is theirs.
 */
function same(a: QuoteSpan, b: QuoteSpan): boolean {
  return a.speaker !== null && a.speaker === b.speaker && a.confidence >= SURE_ATTRIBUTION;
}

/** Attribution confidence from which the same speaker's words are stepped over (the "attribution uncertain" bar). */
export const SURE_ATTRIBUTION = 0.6;

/** Offset just past the last non-space character of text[from, to), or -1 when there is none. */
function lastWordEnd(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (!/\s/.test(text[i] as string)) return i + 1;
  return -1;
}

/** A clipped start moved forward to the next word boundary, so no half word becomes a term. */
function snapToWord(text: string, at: number, limit: number): number {
  if (at === 0 || /\s/.test(text[at - 1] as string)) return at;
  for (let i = at; i < limit; i++) if (/\s/.test(text[i] as string)) return i + 1;
  return limit;
}

/**
 * The article's quotes sorted by start, answering "which overlap [from, to)" by a binary search over a bounded
 * window (a quote starting more than `LOOK_BACK` characters before `from` is not looked at): the search stays
 * linear in the article however many quotes it holds.
 */
export class QuoteSpans {
  private readonly sorted: QuoteSpan[];

  constructor(quotes: readonly QuoteSpan[]) {
    this.sorted = [...quotes].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  quotesIn(from: number, to: number): QuoteSpan[] {
    const out: QuoteSpan[] = [];
    const first = from - LOOK_BACK;
    const lo = partitionPoint(this.sorted.length, (i) => (this.sorted[i] as QuoteSpan).start < first);
    for (let i = lo; i < this.sorted.length; i++) {
      const q = this.sorted[i] as QuoteSpan;
      if (q.start >= to) break;
      if (q.end > from) out.push(q);
    }
    return out;
  }
}

/** How far before a window a quote overlapping it may start: longer than any quote's opening sentence. */
const LOOK_BACK = 4_000;

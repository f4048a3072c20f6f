import type { ParagraphSpan } from './articles/model.js';
import { leadInSpan, type QuoteSpan, type QuoteSpans } from './lead-in.js';
import { indexTerms } from './search/tokenize.js';
import { partitionPoint } from './text/sorted.js';

/**
 * What surrounds a quote, for indexing: its paragraph's text, its sentence's terms and the terms of its
 * paragraph's neighbourhood. Each is computed once per paragraph (or per sentence) and shared by every quote
 * there, so an article costs time in proportion to its length, however many quotes one paragraph holds.
 */

/** A sentence ends at . ! or ? (perhaps closing a quotation) followed by a space. */
const SENTENCE_END = /[.!?]["'”’»)]*\s/g;

/**
 * How far a quote's sentence may reach either side of the quote, in characters. Far beyond a news sentence
 * (the corpus' longest paragraph is 2,573 characters); it bounds the terms stored with each quote when a
 * hostile paragraph never ends a sentence.
 */
export const SENTENCE_REACH = 2_000;

/**
 * Index terms kept from one paragraph for its neighbourhood (its own and those either side). A news paragraph
 * has a few hundred; the bound keeps what each quote stores constant when a paragraph is huge.
 */
export const NEAR_TERMS_PER_PARAGRAPH = 1_000;

/**
 * Sentence-end matches of one paragraph, as [offset of the mark, offset just past the match]. Searched in the
 * paragraph and the one character after it (the space that ends its last sentence), never further: a search
 * through the whole text from each paragraph was quadratic when the paragraphs end no sentence.
 */
export function sentenceEnds(text: string, para: ParagraphSpan): [number, number][] {
  const out: [number, number][] = [];
  const slice = text.slice(para.start, Math.min(text.length, para.end + 1));
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(slice); m && para.start + m.index < para.end; m = SENTENCE_END.exec(slice)) {
    out.push([para.start + m.index, para.start + m.index + m[0].length]);
  }
  return out;
}

/** Index of the first entry whose key (`at(i)`) is at least `v`. */
function lowerBound(n: number, at: (i: number) => number, v: number): number {
  return partitionPoint(n, (i) => at(i) < v);
}

/** Moves a clipped edge to the nearest word boundary inward, so no half word becomes a term. */
function snapInward(text: string, at: number, towards: number): number {
  const step = towards > at ? 1 : -1;
  for (let i = at, n = 0; i !== towards && n < 64; i += step, n++) if (/\s/.test(text[step > 0 ? i : i - 1] ?? '')) return i;
  return at;
}

/**
 * The sentence or sentences holding a quote, within its paragraph: the words a reporter wrote around the quote
 * ("warned that such a ban would be ...") describe it more closely than the rest of the paragraph. At most
 * `SENTENCE_REACH` characters either side of the quote.
 */
export function sentenceAround(text: string, para: ParagraphSpan, start: number, end: number, ends = sentenceEnds(text, para)): ParagraphSpan {
  // The last sentence end before the quote's start ends the sentence before it.
  const before = lowerBound(ends.length, (i) => ends[i]![1], start + 1) - 1;
  let from = before >= 0 ? ends[before]![1] : para.start;
  // A quoted sentence standing alone ('..." said X. "We shall tell the IAAF." The 29-year-old finished second to
  // Paula Radcliffe ...') is its own sentence: the reporter's next one, opening with a capital or a quotation,
  // is not said around it. A lower-case word after it ('"It was fun." he said') goes on its sentence.
  const searchFrom = Math.min(Math.max(endsOwnSentence(text, end, para.end) ? end - 1 : end, from), para.end);
  const after = lowerBound(ends.length, (i) => ends[i]![0], searchFrom);
  let to = after < ends.length ? ends[after]![0] + 1 : para.end;
  to = Math.max(to, Math.min(end, para.end));
  if (start - from > SENTENCE_REACH) from = snapInward(text, start - SENTENCE_REACH, start);
  if (to - end > SENTENCE_REACH) to = snapInward(text, end + SENTENCE_REACH, end);
  return { start: from, end: to };
}

/**
 * True when the quote ending at `end` closes a sentence of its own: its last character is a full stop, question or
 * exclamation mark, and after the closing marks and spaces the next sentence opens with a capital or a quotation
 * mark. A scan of a few characters, no pattern.
 */
function endsOwnSentence(text: string, end: number, limit: number): boolean {
  if (end < 1 || !'.!?'.includes(text[end - 1] as string)) return false;
  let i = end;
  let marks = 0;
  while (i < limit && i < end + 4 && '"\'”’»)'.includes(text[i] as string)) {
    i++;
    marks++;
  }
  if (marks === 0 || i >= limit || !/\s/.test(text[i] as string)) return false;
  while (i < limit && /\s/.test(text[i] as string)) i++;
  const c = text[i] ?? '';
  return /\p{Lu}/u.test(c) || '"“‘\''.includes(c);
}

/** The per-paragraph facts of one article, computed on first use and shared by all its quotes. */
export class Neighbourhood {
  private readonly texts = new Map<number, string>();
  private readonly terms = new Map<number, string[]>();
  private readonly near = new Map<number, string>();
  private readonly ends = new Map<number, [number, number][]>();
  private readonly sentenceTerms = new Map<string, string>();
  private readonly titleTerms: string[];

  constructor(
    private readonly text: string,
    private readonly paragraphs: readonly ParagraphSpan[],
    title: string,
  ) {
    this.titleTerms = indexTerms(title);
  }

  /** The paragraph's text (one string shared by its quotes). */
  paragraphText(p: number, para: ParagraphSpan): string {
    if (!this.paragraphs[p]) return this.text.slice(para.start, para.end);
    let t = this.texts.get(p);
    if (t === undefined) this.texts.set(p, (t = this.text.slice(para.start, para.end)));
    return t;
  }

  /** Index terms of the quote's sentence, shared by the quotes of one sentence. */
  contextTerms(p: number, para: ParagraphSpan, start: number, end: number): string {
    const s = this.sentence(p, para, start, end);
    const key = `${s.start}:${s.end}`;
    let terms = this.sentenceTerms.get(key);
    if (terms === undefined) this.sentenceTerms.set(key, (terms = indexTerms(this.text.slice(s.start, s.end)).join(' ')));
    return terms;
  }

  /**
   * Index terms of the quote's lead-in (see lead-in.ts): the narrative sentence before its own, in order, through
   * the same speaker's quotes stepped over; '' when it has none. `quote` must be the object `spans` holds for it.
   */
  leadTerms(p: number, para: ParagraphSpan, quote: QuoteSpan, spans: QuoteSpans): string {
    if (!this.paragraphs[p]) return '';
    const own = this.sentence(p, para, quote.start, quote.end);
    const src = {
      text: this.text,
      paragraphs: this.paragraphs,
      sentence: (cp: number, a: number, b: number) => this.sentence(cp, this.paragraphs[cp] as ParagraphSpan, a, b),
      quotesIn: (from: number, to: number) => spans.quotesIn(from, to),
    };
    const span = leadInSpan(src, p, quote, own.start);
    return span ? indexTerms(this.text.slice(span.start, span.end)).join(' ') : '';
  }

  /** The sentence around [start, end) in paragraph `p` (its sentence ends found once per paragraph). */
  private sentence(p: number, para: ParagraphSpan, start: number, end: number): ParagraphSpan {
    let ends = this.paragraphs[p] ? this.ends.get(p) : sentenceEnds(this.text, para);
    if (!ends) this.ends.set(p, (ends = sentenceEnds(this.text, para)));
    return sentenceAround(this.text, para, start, end, ends);
  }

  /** Index terms of the paragraph, the paragraphs either side and the headline. */
  nearTerms(p: number, para: ParagraphSpan): string {
    // A quote outside every paragraph (an extractor's slip) has its own span: nothing to share.
    if (!this.paragraphs[p]) return [...this.termsOf(p - 1), ...this.termsOf(p, para), ...this.termsOf(p + 1), ...this.titleTerms].join(' ');
    let near = this.near.get(p);
    if (near === undefined) {
      const around = [...this.termsOf(p - 1), ...this.termsOf(p, para), ...this.termsOf(p + 1)];
      this.near.set(p, (near = [...around, ...this.titleTerms].join(' ')));
    }
    return near;
  }

  private termsOf(p: number, fallback?: ParagraphSpan): string[] {
    const para = this.paragraphs[p] ?? fallback;
    if (!para) return [];
    if (!this.paragraphs[p]) return indexTerms(this.text.slice(para.start, para.end)).slice(0, NEAR_TERMS_PER_PARAGRAPH);
    let t = this.terms.get(p);
    if (!t) this.terms.set(p, (t = indexTerms(this.text.slice(para.start, para.end)).slice(0, NEAR_TERMS_PER_PARAGRAPH)));
    return t;
  }
}

import { ABBREVIATIONS } from '../extraction/lexicon/index.js';
import { quoteIdFor } from '../quote-id.js';
import type { QuoteStore, StoredQuote } from '../store/port.js';

/**
 * One quotation, one answer. The extractor stores a quotation interrupted by its attribution ("We will not stop,"
 * she said, "until the pier is open.") as two quotes, one each side of "she said", with nothing linking them but
 * the speaker, the paragraph and adjacency. A reporter wants the whole quotation: the question's words often sit
 * in one half and the words wanted in the other. An answer shows such a quote whole, the halves joined with "…"
 * and the attribution left out.
 *
 * Only the two quoted spans either side of one attribution clause are joined: the first ends with a comma, the
 * clause holds no sentence end or quote mark and ends with a comma or full stop ("," she said, " or "," she said.
 * "), so it is the one attribution of both halves (the extractor gives the second its speaker through it). And
 * the other half must be on record as a direct quote of the same speaker: its id is derived from its span
 * (`quoteIdFor`), so it is read by id, in one read for every hit, and only when a hit's paragraph has such a gap.
 */

/** A quoted span of a paragraph: offsets of the words inside the marks. */
interface Span {
  start: number;
  end: number;
}

/**
 * Most words of the attribution clause between two halves: "she said" and "said Arthur Hellman, a law professor at
 * the University of Pittsburgh" alike, or "Manchin said, referring to the number of seats Senate Democrats
 * control"; the clause is one sentence of no other quote in any case. Swept over every tuning set together
 * (`h-qa15-tools/sweep.sh`, answer@1 at 1 on the sets gained; wrong speakers and refusals the same at every value):
 * 8 -> 12 four more answers, 16 one more, 24 one more, 40 the same as 24.
 */
const MAX_ATTRIBUTION_WORDS = 24;

/** Double-quoted spans of a paragraph in order (inner offsets, spaces trimmed); straight marks pair up in turn. */
export function quotedSpans(p: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  const close = (i: number) => {
    let s = open;
    let e = i;
    while (s < e && /\s/.test(p[s] as string)) s++;
    while (e > s && /\s/.test(p[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (open < 0 && (c === '"' || c === '“')) open = i + 1;
    else if (open >= 0 && reopens(p, i)) {
      // An article's paragraphs run together: the quotation goes on in the next paragraph, which opens it again.
      close(i);
      open = i + 1;
    } else if (open >= 0 && (c === '"' || c === '”')) {
      close(i);
      open = -1;
    }
  }
  return out;
}

/**
 * A mark inside an open quotation that opens another: after a sentence end and a space, before a word ('... for
 * Jason. "As England captain ...'), as when a quotation goes on in the next paragraph of the original.
 */
function reopens(p: string, i: number): boolean {
  const c = p[i];
  if (c === '“') return true;
  return c === '"' && /[.!?]\s$/u.test(p.slice(Math.max(0, i - 2), i)) && /^[\p{Lu}\p{N}]/u.test(p.slice(i + 1, i + 2));
}

/** Whether two quoted spans are one quotation going on across the original's paragraphs: nothing but the mark between. */
export function continuesQuotation(first: string, gap: string): boolean {
  return /[.!?]$/u.test(first) && /^\s+["“]\s*$/u.test(gap);
}

/** A word and its full stop ("Gov.", "U.S."): the lexicon's abbreviations do not end the attribution clause. */
const WORD_AND_STOP = /\b([A-Za-z]+(?:\.[A-Za-z]+)*)\./g;

/**
 * Whether the text between two quoted spans (their marks included) is one attribution clause interrupting one quotation: `," she said, "`.
 * The first half ends with a comma (inside or outside its marks); the clause holds no sentence end and ends with
 * a comma ("," she said, "b.") or a full stop ("," she said. "B.") before the second half's mark.
 */
export function interruptsOneQuotation(first: string, gap: string): boolean {
  // Read by hand, not by one regular expression: a pasted paragraph is untrusted text, and the pattern this replaces
  // backtracked polynomially on runs of spaces (tests/property/questions.test.ts, the ReDoS check).
  const outer = gap.trim();
  if (outer.length < 2 || !'"”'.includes(outer[0]!) || !'"“'.includes(outer[outer.length - 1]!)) return false;
  let inner = outer.slice(1, -1).trim();
  const commaOutside = inner.startsWith(',');
  if (commaOutside) inner = inner.slice(1).trim();
  if (!first.endsWith(',') && !commaOutside) return false;
  if (!inner.endsWith(',') && !inner.endsWith('.')) return false;
  const said = inner.slice(0, -1).trimEnd();
  if (!said) return false;
  // A party label's full stops ("Sen. Chris Murphy (D-Conn.)") end no sentence either.
  const clause = said.replace(WORD_AND_STOP, (a, w: string) => (ABBREVIATIONS.has(w.toLowerCase()) ? w.replaceAll('.', '') : a)).replace(/\([^()]*\)/gu, '()');
  if (/[.!?;:"“”]/.test(clause)) return false;
  const words = clause.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= MAX_ATTRIBUTION_WORDS;
}

/**
 * The pieces a quote may be one of: the ids of the quoted spans linked to it, one after another, before it (nearest
 * first) and after it, each separated from the next by an attribution alone or by the mark that goes on.
 */
interface Chain {
  quote: StoredQuote;
  before: string[];
  after: string[];
}

/** The spans of the quote's paragraph linked to it, read from the paragraph's text (the store confirms each). */
function chainOf(q: StoredQuote): Chain | null {
  if (q.kind !== 'direct' || !q.speakerId) return null;
  const at = q.context.indexOf(q.text);
  if (at < 0) return null;
  const paraStart = q.start - at;
  const spans = quotedSpans(q.context);
  const i = spans.findIndex((s) => s.start === at && s.end === at + q.text.length);
  if (i < 0) return null;
  const linked = (a: Span, b: Span) => {
    const first = q.context.slice(a.start, a.end);
    const gap = q.context.slice(a.end, b.start);
    return interruptsOneQuotation(first, gap) || continuesQuotation(first, gap);
  };
  const id = (s: Span) => quoteIdFor(q.articleId, paraStart + s.start, paraStart + s.end, 'direct');
  const before: string[] = [];
  for (let k = i; k > 0 && linked(spans[k - 1] as Span, spans[k] as Span); k--) before.push(id(spans[k - 1] as Span));
  const after: string[] = [];
  for (let k = i; k + 1 < spans.length && linked(spans[k] as Span, spans[k + 1] as Span); k++) after.push(id(spans[k + 1] as Span));
  return before.length || after.length ? { quote: q, before, after } : null;
}

/** The whole quotation: the halves in article order, the first's closing comma dropped, joined with "…". */
export function joinHalves(first: string, second: string): string {
  let end = first.length;
  while (end > 0 && (first[end - 1] === ',' || /\s/u.test(first[end - 1]!))) end--;
  return `${first.slice(0, end)} … ${second}`;
}

/** Where the words shown stand in their paragraph: one range per half. */
export interface ShownRange {
  start: number;
  end: number;
}

/**
 * The inverse of `joinHalves` for a renderer that marks the quote within its paragraph: each half found in order
 * (the first's dropped comma aside), or null when one is not there word for word; a quote that is not joined is
 * one range.
 */
export function shownRanges(paragraph: string, shown: string): ShownRange[] | null {
  const out: ShownRange[] = [];
  let from = 0;
  for (const half of shown.split(' … ')) {
    if (!half) return null;
    const at = paragraph.indexOf(half, from);
    if (at < 0) return null;
    out.push({ start: at, end: at + half.length });
    from = at + half.length;
  }
  return out;
}

/** A quote shown whole: its words and the ids of the stored quotes it joins, in article order. */
export interface WholeQuote {
  text: string;
  parts: string[];
}

/**
 * For each quote that is one piece of a split quotation, the whole quotation. One store read for all of them, and
 * none when no quote's paragraph has an attribution between two quoted spans.
 */
export async function wholeQuotations(quotes: StoredQuote[], store: Pick<QuoteStore, 'getQuotes'>): Promise<Map<string, WholeQuote>> {
  const out = new Map<string, WholeQuote>();
  const chains = quotes.map(chainOf).filter((c): c is Chain => c !== null);
  if (chains.length === 0) return out;
  const stored = new Map((await store.getQuotes([...new Set(chains.flatMap((c) => [...c.before, ...c.after]))])).map((s) => [s.id, s]));
  for (const { quote: q, before, after } of chains) {
    // Never two people's words: each piece is the same speaker's direct quote in the same paragraph; the chain
    // stops at the first that is not.
    const same = (id: string) => {
      const o = stored.get(id);
      return o && o.kind === 'direct' && o.speakerId === q.speakerId && o.articleId === q.articleId && o.paragraph === q.paragraph ? o : undefined;
    };
    const pieces: StoredQuote[] = [q];
    for (const id of before) {
      const o = same(id);
      if (!o) break;
      pieces.unshift(o);
    }
    for (const id of after) {
      const o = same(id);
      if (!o) break;
      pieces.push(o);
    }
    if (pieces.length > 1) out.set(q.id, { text: pieces.map((p) => p.text).reduce(joinHalves), parts: pieces.map((p) => p.id) });
  }
  return out;
}

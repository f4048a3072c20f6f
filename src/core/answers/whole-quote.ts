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
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (open < 0 && (c === '"' || c === '“')) open = i + 1;
    else if (open >= 0 && (c === '"' || c === '”')) {
      let s = open;
      let e = i;
      while (s < e && /\s/.test(p[s] as string)) s++;
      while (e > s && /\s/.test(p[e - 1] as string)) e--;
      if (e > s) out.push({ start: s, end: e });
      open = -1;
    }
  }
  return out;
}

/** Common abbreviations whose full stop does not end the attribution clause ("Gov. Pell said"). */
const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Col|Lt|Capt|Sgt|St|Jr|Sr|Rev|Hon)\./g;

/**
 * Whether the text between two quoted spans (their marks included) is one attribution clause interrupting one quotation: `," she said, "`.
 * The first half ends with a comma (inside or outside its marks); the clause holds no sentence end and ends with
 * a comma ("," she said, "b.") or a full stop ("," she said. "B.") before the second half's mark.
 */
export function interruptsOneQuotation(first: string, gap: string): boolean {
  const m = /^\s*["”]\s*(,?)\s*(.+?)\s*[,.]\s*["“]\s*$/su.exec(gap);
  if (!m) return false;
  if (!first.endsWith(',') && !m[1]) return false;
  // A party label's full stops ("Sen. Chris Murphy (D-Conn.)") end no sentence either.
  const clause = (m[2] as string).replace(ABBREVIATION, (a) => a.slice(0, -1)).replace(/\([^()]*\)/gu, '()');
  if (/[.!?;:"“”]/.test(clause)) return false;
  const words = clause.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= MAX_ATTRIBUTION_WORDS;
}

/** The other half a quote may have: its span in the article, before or after the quote. */
interface Candidate {
  quote: StoredQuote;
  id: string;
  before: boolean;
}

/** The spans next to the quote in its paragraph that an attribution alone separates from it. */
function candidatesOf(q: StoredQuote): Candidate[] {
  if (q.kind !== 'direct' || !q.speakerId) return [];
  const at = q.context.indexOf(q.text);
  if (at < 0) return [];
  const paraStart = q.start - at;
  const spans = quotedSpans(q.context);
  const i = spans.findIndex((s) => s.start === at && s.end === at + q.text.length);
  if (i < 0) return [];
  const out: Candidate[] = [];
  const pair = (a: Span, b: Span, before: boolean) => {
    const other = before ? a : b;
    if (interruptsOneQuotation(q.context.slice(a.start, a.end), q.context.slice(a.end, b.start))) {
      out.push({ quote: q, id: quoteIdFor(q.articleId, paraStart + other.start, paraStart + other.end, 'direct'), before });
    }
  };
  const prev = spans[i - 1];
  const next = spans[i + 1];
  if (prev) pair(prev, spans[i] as Span, true);
  if (next) pair(spans[i] as Span, next, false);
  return out;
}

/** The whole quotation: the halves in article order, the first's closing comma dropped, joined with "…". */
export function joinHalves(first: string, second: string): string {
  return `${first.replace(/[\s,]+$/u, '')} … ${second}`;
}

/** A quote shown whole: its words and the ids of the stored quotes it joins, in article order. */
export interface WholeQuote {
  text: string;
  parts: string[];
}

/**
 * For each quote that is one half of a split quotation, the whole quotation. One store read for all of them, and
 * none when no quote's paragraph has an attribution between two quoted spans.
 */
export async function wholeQuotations(quotes: StoredQuote[], store: Pick<QuoteStore, 'getQuotes'>): Promise<Map<string, WholeQuote>> {
  const out = new Map<string, WholeQuote>();
  const candidates = quotes.flatMap(candidatesOf);
  if (candidates.length === 0) return out;
  const stored = new Map((await store.getQuotes([...new Set(candidates.map((c) => c.id))])).map((s) => [s.id, s]));
  for (const c of candidates) {
    const other = stored.get(c.id);
    const q = c.quote;
    // Never two people's words: the other half is the same speaker's direct quote in the same paragraph.
    if (!other || other.kind !== 'direct' || other.speakerId !== q.speakerId || other.articleId !== q.articleId || other.paragraph !== q.paragraph) continue;
    const [first, second] = c.before ? [other, q] : [q, other];
    const had = out.get(q.id);
    // A middle piece with a half each side: the three in article order.
    if (had) out.set(q.id, c.before ? { text: joinHalves(first.text, had.text), parts: [first.id, ...had.parts] } : { text: joinHalves(had.text, second.text), parts: [...had.parts, second.id] });
    else out.set(q.id, { text: joinHalves(first.text, second.text), parts: [first.id, second.id] });
  }
  return out;
}

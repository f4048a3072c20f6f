/**
 * Finds quotation-mark spans, one paragraph at a time, so an unbalanced mark can never run past its
 * paragraph. Handles straight marks, curly marks, '' used as a double mark (NYT), `` ``, guillemets and
 * low-9 marks; single quotes are left alone (in English they are inner quotes or apostrophes).
 * The candidate marks are found once for the whole text; each paragraph then walks only its own, once
 * (twice when the first reading ends unbalanced): linear time, however many paragraphs have no mark at all.
 */
import { partitionPoint } from '../text/sorted.js';

/** A quotation-mark span inside one paragraph; offsets index the article text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** First character of the quoted words (after the mark and any space). */
  start: number;
  /** End of the quoted words (exclusive, before any space and the closing mark). */
  end: number;
  /** Offset just past the closing mark; the paragraph end when the quote is left open. */
  close: number;
  paragraph: number;
  /** False when the paragraph ended before a closing mark (British multi-paragraph quotes, typos). */
  closed: boolean;
}

type Dir = 'open' | 'close' | 'either';

/** Every character that can start a mark. */
const CANDIDATE = /["“”„«»'`‘’]/g;
interface Mark { len: number; dir: Dir }

function markAt(text: string, i: number): Mark | null {
  const c = text.charCodeAt(i);
  const n = text.charCodeAt(i + 1);
  switch (c) {
    case 0x22: return { len: 1, dir: 'either' };
    case 0x201c: case 0x201e: case 0xab: return { len: 1, dir: 'open' };
    case 0x201d: case 0xbb: return { len: 1, dir: 'close' };
    case 0x27: return n === 0x27 ? { len: 2, dir: 'either' } : null;
    case 0x60: return n === 0x60 ? { len: 2, dir: 'open' } : null;
    case 0x2018: return n === 0x2018 ? { len: 2, dir: 'open' } : null;
    case 0x2019: return n === 0x2019 ? { len: 2, dir: 'close' } : null;
    default: return null;
  }
}

/**
 * White space, and the invisible format characters some sources put before a mark (U+200B-U+200F, the bidi
 * embeddings U+202A-U+202E and isolates U+2066-U+2069, U+FEFF): '‪”Sorry, ...!” posted X' opens at the mark.
 */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200f) || c === 0x3000 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

/** Characters after which a straight mark opens a quote rather than closes one. */
function isOpeningContext(c: number): boolean {
  return Number.isNaN(c) || isSpace(c) || c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f || c === 0x201c || c === 0x201e || c === 0xab || c === 0x3a;
}

/**
 * A straight mark glued between a sentence's full stop (or ! ?) and a capital, no quote open: it opens one
 * ('he arrived on the red carpet."It's unlike anything ...," he told'), the space after the stop lost.
 */
function gluedAfterSentence(m: { dir: string }, prev: number, next: number): boolean {
  return m.dir === 'either' && (prev === 0x2e || prev === 0x21 || prev === 0x3f) && !Number.isNaN(next) && /\p{Lu}/u.test(String.fromCharCode(next));
}

/** The paragraph's quoted words so far end a sentence or clause: a new opening mark starts a new quote. */
function endsClause(text: string, from: number, to: number): boolean {
  let j = to - 1;
  const floor = Math.max(from, to - 64);
  while (j >= floor && isSpace(text.charCodeAt(j))) j--;
  if (j < floor) return false;
  const c = text.charCodeAt(j);
  return c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2c || c === 0x3a || c === 0x3b || c === 0x2014 || c === 0x2026;
}

/** After a mark and one or two spaces comes a word: the mark opens a quote. */
function opensAfterSpace(text: string, from: number, pe: number): boolean {
  let j = from;
  while (j < pe && j < from + 2 && isSpace(text.charCodeAt(j))) j++;
  return j > from && j < pe && /[\p{L}\p{N}]/u.test(text[j] ?? '');
}

/**
 * After a mark, a space and an ellipsis comes a word: the mark opens a quote that starts mid-sentence
 * ('” … if the incumbent president ...,” it read.', '" . . . You're going to want ..."').
 */
function opensWithEllipsis(text: string, from: number, pe: number): boolean {
  let j = from;
  while (j < pe && j < from + 2 && isSpace(text.charCodeAt(j))) j++;
  const m = /^(?:…|\.\.\.|\. \. \.)\s{0,2}[\p{L}\p{N}]/u.exec(text.slice(j, Math.min(pe, j + 10)));
  return m !== null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * An opening curly mark right after a sentence's or clause's end and before a space closes the quote ('"It's
 * unusual,“ said X'); so does one glued to a word's end before a space or a clause's punctuation, inside a quote
 * ('an “expedited review“ of the pipes'): a quote inside a quote opens after a space, never inside a word.
 */
function reversedCloser(text: string, i: number, m: Mark, prev: number, pe: number): boolean {
  if (text.charCodeAt(i) !== 0x201c) return false;
  const next = i + m.len < pe ? text.charCodeAt(i + m.len) : NaN;
  const after = Number.isNaN(next) || isSpace(next);
  if (prev === 0x2c || prev === 0x2e || prev === 0x3f || prev === 0x21) return after;
  return (after || next === 0x2c || next === 0x2e || next === 0x3b || next === 0x3a || next === 0x29) && WORD_CHAR.test(String.fromCharCode(prev));
}

function trimmed(text: string, s: number, e: number): [number, number] {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/** Offsets of every character that can start a mark, in order: one regex pass over the whole text. */
function candidateOffsets(text: string): number[] {
  const out: number[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) out.push(m.index);
  return out;
}

/** Index of the first offset in `offsets` at or after `at` (binary search). */
function firstAtOrAfter(offsets: readonly number[], at: number): number {
  return partitionPoint(offsets.length, (i) => offsets[i]! < at);
}

/** A doubled straight mark at `i` followed by a third: "'''" closing an inner single quote and the outer quote. */
function tripleClose(text: string, i: number, m: Mark, pe: number): boolean {
  return m.len === 2 && text.charCodeAt(i) === 0x27 && i + 2 < pe && text.charCodeAt(i + 2) === 0x27;
}

function scanParagraph(text: string, candidates: readonly number[], ps: number, pe: number, paragraph: number, nested: boolean): { spans: QuoteSpan[]; balanced: boolean } {
  const spans: QuoteSpan[] = [];
  let openAt = -1; // offset of the current opening mark, -1 when outside a quote
  let contentStart = 0;
  let depth = 0;
  const push = (endContent: number, close: number, closed: boolean): void => {
    const [s, e] = trimmed(text, contentStart, endContent);
    if (e > s) spans.push({ open: openAt, start: s, end: e, close, paragraph, closed });
  };
  // Only this paragraph's candidates: a search that ran on to the end of the text from every paragraph made
  // an article of many unquoted paragraphs quadratic.
  for (let k = firstAtOrAfter(candidates, ps), skipTo = ps; k < candidates.length; k++) {
    const i = candidates[k]!;
    if (i >= pe) break;
    if (i < skipTo) continue; // the second character of a two-character mark
    const m = markAt(text, i);
    if (!m) continue;
    const prev = i > ps ? text.charCodeAt(i - 1) : NaN;
    const next = i + m.len < pe ? text.charCodeAt(i + m.len) : NaN;
    const openerLike = m.dir === 'open' || (m.dir === 'either' && isOpeningContext(prev) && !Number.isNaN(next) && !isSpace(next));
    const closerLike = m.dir === 'close' || (m.dir === 'either' && !openerLike);
    if (openAt < 0) {
      // A closing curly mark after a space is used as an opener by some sources; so is a straight mark
      // with a space after it (' " You guys ...'); a stray closer after a word is ignored.
      const spacedOpener = m.dir !== 'open' && isOpeningContext(prev) && !Number.isNaN(next) && ((!Number.isNaN(prev) && opensAfterSpace(text, i + m.len, pe)) || opensWithEllipsis(text, i + m.len, pe));
      if (openerLike || spacedOpener || gluedAfterSentence(m, prev, next) || (m.dir === 'close' && isOpeningContext(prev) && !Number.isNaN(next) && !isSpace(next))) {
        openAt = i;
        contentStart = i + m.len;
        depth = 1;
      }
    } else if (openerLike && (m.dir === 'open' || isSpace(prev)) && !reversedCloser(text, i, m, prev, pe)) {
      if (endsClause(text, contentStart, i)) {
        // British style: the quote reopens without closing ("... suspects. "Unless ...").
        push(i, i, false);
        openAt = i;
        contentStart = i + m.len;
        depth = 1;
      } else if (nested) {
        depth++;
      } else {
        push(i, i + m.len, true);
        openAt = -1;
      }
    } else if (closerLike || reversedCloser(text, i, m, prev, pe)) {
      if (depth > 1) depth--;
      else {
        // "... with 'We will bomb them,''' said X" (NYT's doubled marks): the inner single mark closes first, so
        // the double mark is the last two of the three.
        const at = tripleClose(text, i, m, pe) ? i + 1 : i;
        push(at, at + m.len, true);
        openAt = -1;
        depth = 0;
        skipTo = at + m.len;
        continue;
      }
    }
    skipTo = i + m.len;
  }
  const balanced = openAt < 0 || depth <= 1;
  if (openAt >= 0) push(pe, pe, false);
  return { spans, balanced };
}

/**
 * All quotation-mark spans of an article, in text order. Spans never cross a paragraph: a quote left open
 * at a paragraph's end ends there (the next paragraph may reopen it, British style).
 */
export function findQuoteSpans(text: string, paragraphs: readonly { start: number; end: number }[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const candidates = candidateOffsets(text);
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (!para) continue;
    const ps = Math.max(0, para.start);
    const pe = Math.min(text.length, para.end);
    if (pe <= ps) continue;
    let r = scanParagraph(text, candidates, ps, pe, p, true);
    // Nesting that never unwinds means a stray mark, not a quote inside a quote: read the marks as toggles.
    if (!r.balanced) r = scanParagraph(text, candidates, ps, pe, p, false);
    for (const s of r.spans) out.push(s);
  }
  return out;
}

/**
 * The closing mark, then spaces with at most one comma among them, up to the cue. Written so each run of spaces is
 * read one way: `[ ]*,?[ ]+` tried every split of a long run between its two space groups, quadratic in the run
 * (100,000 spaces between a quote and a "he": 8.5 s).
 */
const MARK_THEN_CUE = /^ *["”’](?: *, +| +)$/;

/**
 * The subject of the quoted words a cue right after the quote reports: `Mr Sullivan "made accounting decisions," he
 * told the court` reports that Mr Sullivan made them, so "he" is somebody else. The stretch of capitalised words (at
 * most four) right before the opening mark, when the quoted words go on from them in lower case and the cue at `pos`
 * follows the quote's comma and mark on the same line; undefined otherwise. (Only there: 'Roffman described the
 * impact as "horrendous," he said' and 'Fiorina tossed "cold water on the idea," she wrote' repeat the speaker named
 * before, so nobody else in the clause is barred.)
 */
export function subjectOfQuotedWords(text: string, spans: readonly QuoteSpan[], pos: number): { from: number; to: number } | undefined {
  const s = spans[partitionPoint(spans.length, (i) => spans[i]!.open < pos) - 1];
  if (!s || !s.closed || s.close > pos) return undefined;
  const tail = text.slice(s.end, pos);
  if (!MARK_THEN_CUE.test(tail) || !(tail.includes(',') || text[s.end - 1] === ',')) return undefined;
  if (!/^\p{Ll}/u.test(text.slice(s.start, s.start + 1))) return undefined;
  const run = /(?:\p{Lu}[\p{L}.'’-]*[ ]+){1,4}$/u.exec(text.slice(Math.max(0, s.open - 80), s.open));
  return run ? { from: s.open - run[0].length, to: s.open } : undefined;
}

/** A pronoun and its cue's clause before the quote it opens: "he said: ", "She told the BBC, " (no sentence end). */
const CUE_THEN_MARK = /^\p{L}+(?:[ ]+[\p{L}'’-]+){1,6}[ ]*[:,][ ]*$/u;
/** Longest stretch read as that clause, so that a pronoun in running text is not tied to a quote further on. */
const CUE_CLAUSE_MAX = 60;

/**
 * The quoted words a pronoun cue at `pos` attributes: the quote it closes ('"...," he told the club's website', the
 * span ending right before, as `subjectOfQuotedWords` reads it) or the quote its clause opens ('He added: "..."', a
 * span opening at most CUE_CLAUSE_MAX characters on, after a colon or comma). Undefined when neither.
 */
export function quotedWordsOfCue(text: string, spans: readonly QuoteSpan[], pos: number): { from: number; to: number } | undefined {
  const k = partitionPoint(spans.length, (i) => spans[i]!.open < pos);
  const before = spans[k - 1];
  if (before && before.closed && before.close <= pos && MARK_THEN_CUE.test(text.slice(before.end, pos))) return { from: before.start, to: before.end };
  const after = spans[k];
  if (after && after.open - pos <= CUE_CLAUSE_MAX && CUE_THEN_MARK.test(text.slice(pos, after.open))) return { from: after.start, to: after.end };
  return undefined;
}

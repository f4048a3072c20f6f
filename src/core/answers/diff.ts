import { STOP_WORDS, stem, words } from '../search/tokenize.js';
import type { DiffPart, Verification } from './model.js';

/** Word tokens with their surface form, for a readable diff ("recognize" vs "recognise" shows both). */
function tokens(s: string): Word[] {
  return (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map((t) => ({ key: t.toLowerCase().replace(/[’]/g, "'"), text: t }));
}

/** Longest common subsequence table on word keys, capped so a 10,000-word paste stays cheap. */
const MAX_WORDS = 400;

type Word = { key: string; text: string };

/**
 * The two texts' words (capped) and the suffix table of their longest common subsequence: `dp[i][j]` is the LCS
 * length of `a[i..]` and `b[j..]`. Walking it from (0, 0) gives the one alignment every function here reads.
 */
function alignment(pasted: string, quote: string, relatives?: ReadonlyMap<string, string>, coordination = false): { a: Word[]; b: Word[]; dp: Uint16Array[] } {
  const a = tokens(pasted).slice(0, MAX_WORDS);
  const b = tokens(quote).slice(0, MAX_WORDS);
  if (relatives && relatives.size > 0) standIn(a, b, relatives);
  if (coordination) unswapCoordinated(a, b);
  const dp: Uint16Array[] = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = dp[i] as Uint16Array;
    const next = dp[i + 1] as Uint16Array;
    for (let j = b.length - 1; j >= 0; j--) row[j] = a[i]!.key === b[j]!.key ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
  }
  return { a, b, dp };
}

/** A token's index term (its stem), or '' for a token that is no word. */
function termOf(w: Word): string {
  const first = words(w.key)[0];
  return first ? stem(first) : '';
}

/**
 * A pasted word the quote does not hold, whose lexical relative it does (`relatives`: relative term -> pasted term,
 * `who-said.ts`), takes that quote word's key: a half-remembered line's "film" stands in order where the quote says
 * "movies". Each pasted term takes the first quote word standing for it; the texts themselves are not changed.
 */
function standIn(a: Word[], b: Word[], relatives: ReadonlyMap<string, string>): void {
  const quoteKeys = new Set(b.map((w) => w.key));
  const standFor = new Map<string, string>();
  for (const w of b) {
    const p = relatives.get(termOf(w));
    if (p !== undefined && !standFor.has(p)) standFor.set(p, w.key);
  }
  if (standFor.size === 0) return;
  for (let i = 0; i < a.length; i++) {
    const w = a[i]!;
    if (quoteKeys.has(w.key)) continue;
    const key = standFor.get(termOf(w));
    if (key !== undefined) a[i] = { key, text: w.text };
  }
}

/** The conjunctions of a coordinated pair whose halves a half-remembered line may give the other way round. */
const COORDINATORS = new Set(['and', 'or']);

/**
 * A pasted pair "X and Y" the quote says as "Y and X" (and never as "X and Y") is read in the quote's order: a
 * half-remembered line swaps a pair's halves ("contempt and animosity" for "animosity and contempt") and an in-order
 * comparison would count only one of the two. Only the pasted keys move; the texts are not changed.
 */
function unswapCoordinated(a: Word[], b: Word[]): void {
  const pairs = new Set<string>();
  for (let j = 0; j + 2 < b.length; j++) if (COORDINATORS.has(b[j + 1]!.key)) pairs.add(`${b[j]!.key} ${b[j + 1]!.key} ${b[j + 2]!.key}`);
  for (let i = 0; i + 2 < a.length; i++) {
    const [x, and, y] = [a[i]!, a[i + 1]!, a[i + 2]!];
    if (!COORDINATORS.has(and.key) || x.key === y.key) continue;
    if (pairs.has(`${y.key} ${and.key} ${x.key}`) && !pairs.has(`${x.key} ${and.key} ${y.key}`)) {
      a[i] = { key: y.key, text: x.text };
      a[i + 2] = { key: x.key, text: y.text };
      i += 2;
    }
  }
}

/**
 * Compares pasted words with the real quote word by word: what is the same, what the paste added, what it
 * left out. `similarity` is the share of the quote's words the paste reproduces in order.
 */
export function compareWords(pasted: string, quote: string): Verification {
  const { a, b, dp } = alignment(pasted, quote);
  const n = a.length;
  const m = b.length;
  const diff: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = diff.at(-1);
    if (last && last.op === op) last.text += ' ' + text;
    else diff.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.key === b[j]!.key) {
      push('same', b[j]!.text);
      i++;
      j++;
    } else if ((dp[i + 1]![j] as number) >= (dp[i]![j + 1] as number)) push('added', a[i++]!.text);
    else push('removed', b[j++]!.text);
  }
  while (i < n) push('added', a[i++]!.text);
  while (j < m) push('removed', b[j++]!.text);
  const common = n && m ? (dp[0]![0] as number) : 0;
  const exact = common === n && common === m;
  return { pasted, similarity: m ? common / m : 0, coverage: n ? common / n : 0, exact, excerpt: !exact && n > 0 && common === n, diff };
}

/**
 * The quote's words from the first content word to the last word the paste reproduces in order (the same alignment as
 * `compareWords`): the part of the quote a half-remembered line stands for. Empty when no content word is shared.
 * Small words before the first content word do not start it (session 37): the alignment matches a pasted "a lot of the"
 * at the first "a ... of the" of a long quote, far before the line. The end is the last word matched, small ones too: a
 * short line whose few content words stand close together in a long quote about something else ("markets ... move")
 * is told apart by the small words it matches far after them.
 */
export function matchedSpan(pasted: string, quote: string): string {
  const { a, b, dp } = alignment(pasted, quote);
  const n = a.length;
  const m = b.length;
  let first = -1;
  let last = -1;
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.key === b[j]!.key) {
      if (first < 0 && !STOP_WORDS.has(b[j]!.key)) first = j;
      if (first >= 0) last = j;
      i++;
      j++;
    } else if ((dp[i + 1]![j] as number) >= (dp[i]![j + 1] as number)) i++;
    else j++;
  }
  return first < 0 ? '' : b.slice(first, last + 1).map((t) => t.text).join(' ');
}

/** Share of the pasted words found in order in the quote: how well a quote explains a paste. */
export function pasteCoverage(pasted: string, quote: string, relatives?: ReadonlyMap<string, string>): number {
  // (`compareWords(...).coverage`, without building the diff.)
  const { a, b, dp } = alignment(pasted, quote, relatives, true);
  return a.length && b.length ? (dp[0]![0] as number) / a.length : 0;
}

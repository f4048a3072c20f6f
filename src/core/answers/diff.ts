import { CONTRACTIONS } from '../extraction/lexicon/function-words.js';
import type { DiffPart, Verification } from './model.js';

/**
 * Word tokens with their surface form, for a readable diff ("recognize" vs "recognise" shows both). A contraction is
 * compared as its two words (session 28: "there's still a long road ahead but we're getting there" against "There
 * is still a long way to go, but we are getting there" kept 6 words in 10 in order, 10 in 12 now): the first word
 * carries the surface form, the second none, and both the token they came from (`group`, `pieces`).
 */
function tokens(s: string): Word[] {
  const out: Word[] = [];
  let group = 0;
  for (const t of s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) {
    const key = t.toLowerCase().replace(/[’]/g, "'");
    const parts = CONTRACTIONS.get(key);
    if (!parts) out.push({ key, text: t, group, pieces: 1 });
    else parts.forEach((p, i) => out.push({ key: p, text: i === 0 ? t : '', group, pieces: parts.length }));
    group++;
  }
  return out;
}

/** Longest common subsequence table on word keys, capped so a 10,000-word paste stays cheap. */
const MAX_WORDS = 400;

type Word = { key: string; text: string; group: number; pieces: number };

/**
 * The two texts' words (capped) and the suffix table of their longest common subsequence: `dp[i][j]` is the LCS
 * length of `a[i..]` and `b[j..]`. Walking it from (0, 0) gives the one alignment every function here reads.
 */
function alignment(pasted: string, quote: string): { a: Word[]; b: Word[]; dp: Uint16Array[] } {
  const a = tokens(pasted).slice(0, MAX_WORDS);
  const b = tokens(quote).slice(0, MAX_WORDS);
  const dp: Uint16Array[] = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = dp[i] as Uint16Array;
    const next = dp[i + 1] as Uint16Array;
    for (let j = b.length - 1; j >= 0; j--) row[j] = a[i]!.key === b[j]!.key ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
  }
  return { a, b, dp };
}

/**
 * Compares pasted words with the real quote word by word: what is the same, what the paste added, what it
 * left out. `similarity` is the share of the quote's words the paste reproduces in order.
 */
export function compareWords(pasted: string, quote: string): Verification {
  const { a, b, dp } = alignment(pasted, quote);
  const n = a.length;
  const m = b.length;
  // The alignment's pairs, then the contractions matched in part: "not" of "don't" is no match for a plain "not"
  // ("the money is not there" against "They don't have a choice"), only both words of it together count.
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i]!.key === b[j]!.key) pairs.push([i++, j++]);
    else if ((dp[i + 1]![j] as number) >= (dp[i]![j + 1] as number)) i++;
    else j++;
  }
  const partA = partial(a, pairs.map(([i]) => i));
  const partB = partial(b, pairs.map(([, j]) => j));
  const diff: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (!text) return;
    const last = diff.at(-1);
    if (last && last.op === op) last.text += ' ' + text;
    else diff.push({ op, text });
  };
  let verbatim = true;
  // Words that differ as written within a run of aligned pairs (a contraction and its two words), shown once the run ends.
  let added: string[] = [];
  let removed: string[] = [];
  const flush = () => {
    push('added', added.filter((t) => t).join(' '));
    push('removed', removed.filter((t) => t).join(' '));
    added = [];
    removed = [];
  };
  let i = 0;
  let j = 0;
  for (const [pi, pj] of pairs) {
    if (i < pi || j < pj) flush();
    while (i < pi) push('added', a[i++]!.text);
    while (j < pj) push('removed', b[j++]!.text);
    const x = a[i]!;
    const y = b[j]!;
    const counted = !partA.has(x.group) && !partB.has(y.group);
    // A contraction against its two words: the same words, shown as written on both sides.
    if (!counted || x.pieces !== y.pieces) {
      if (counted) verbatim = false;
      added.push(x.text);
      removed.push(y.text);
    } else {
      flush();
      push('same', y.text);
    }
    i++;
    j++;
  }
  flush();
  while (i < n) push('added', a[i++]!.text);
  while (j < m) push('removed', b[j++]!.text);
  // Shares of the words as written: a contraction is one word, matched when both its words are.
  const counted = pairs.filter(([x, y]) => !partA.has(a[x]!.group) && !partB.has(b[y]!.group));
  const [fullA, groupsA] = fullGroups(a, counted.map(([x]) => x));
  const [fullB, groupsB] = fullGroups(b, counted.map(([, y]) => y));
  const exact = fullA === groupsA && fullB === groupsB && verbatim;
  return { pasted, similarity: groupsB ? fullB / groupsB : 0, coverage: groupsA ? fullA / groupsA : 0, exact, excerpt: !exact && verbatim && groupsA > 0 && fullA === groupsA, diff };
}

/** How many words as written (groups) have all their words in `matched`, and how many there are. */
function fullGroups(words: Word[], matched: number[]): [number, number] {
  const seen = new Map<number, number>();
  for (const k of matched) seen.set(words[k]!.group, (seen.get(words[k]!.group) ?? 0) + 1);
  let full = 0;
  for (const k of matched) if (seen.get(words[k]!.group) === words[k]!.pieces) { full++; seen.delete(words[k]!.group); }
  return [full, words.length ? words[words.length - 1]!.group + 1 : 0];
}

/** The groups (contractions) of which some words but not all are in the alignment. */
function partial(words: Word[], matched: number[]): Set<number> {
  const count = new Map<number, number>();
  for (const k of matched) if (words[k]!.pieces > 1) count.set(words[k]!.group, (count.get(words[k]!.group) ?? 0) + 1);
  const out = new Set<number>();
  for (const k of matched) if (words[k]!.pieces > 1 && (count.get(words[k]!.group) as number) < words[k]!.pieces) out.add(words[k]!.group);
  return out;
}

/**
 * The quote's words from the first to the last one the paste reproduces in order (the same alignment as
 * `compareWords`): the part of the quote a half-remembered line stands for. Empty when no word is shared.
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
      if (first < 0) first = j;
      last = j;
      i++;
      j++;
    } else if ((dp[i + 1]![j] as number) >= (dp[i]![j + 1] as number)) i++;
    else j++;
  }
  return first < 0 ? '' : b.slice(first, last + 1).map((t) => t.text).filter((t) => t).join(' ');
}

/** Share of the pasted words found in order in the quote: how well a quote explains a paste. */
export function pasteCoverage(pasted: string, quote: string): number {
  return compareWords(pasted, quote).coverage;
}

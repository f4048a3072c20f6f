import { indexTerms } from '../search/tokenize.js';
import type { DiffPart } from './model.js';

/**
 * A contrast a line draws between two words: "paid for by taxpayers, not employers", "taxpayers rather than
 * employers", "not employers but taxpayers" all prefer taxpayers to employers. A pasted line that draws the same
 * contrast the other way round says the opposite of the quote, however many words they share: it is no
 * "closest real quote" of it.
 */
export interface Contrast {
  preferred: string;
  rejected: string;
}

/** Small words stepped over between the two sides ("and not the", "but not a", "not by ... but by"). */
const BEFORE_NOT = new Set(['and', 'but']);
const AFTER_NOT = new Set(['the', 'a', 'an', 'by', 'to', 'for']);
/** What turns the second word down: "not", "rather than", "instead of". */
const NEGATORS: readonly (readonly string[])[] = [['not'], ['rather', 'than'], ['instead', 'of']];

/** Words and commas in order; the pattern is linear (each match consumes what it tried). */
function tokens(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z][a-z'-]*|,/g) ?? [];
}

/** The length of the negator starting at token i, or 0. */
function negatorAt(t: readonly string[], i: number): number {
  for (const n of NEGATORS) if (n.every((w, k) => t[i + k] === w)) return n.length;
  return 0;
}

/** The index term of one word, or null for a function word (which draws no contrast). */
function termOf(word: string): string | null {
  return indexTerms(word)[0] ?? null;
}

/** Every contrast of content words the text draws, as index terms. Read by hand: the text is untrusted. */
export function contrastsOf(text: string): Contrast[] {
  const t = tokens(text);
  const out: Contrast[] = [];
  const add = (preferred: string | undefined, rejected: string | undefined) => {
    const p = preferred && preferred !== ',' ? termOf(preferred) : null;
    const r = rejected && rejected !== ',' ? termOf(rejected) : null;
    if (p && r && p !== r) out.push({ preferred: p, rejected: r });
  };
  // The word after position i, stepping over one small word.
  const after = (i: number) => (AFTER_NOT.has(t[i] ?? '') ? t[i + 1] : t[i]);
  for (let i = 0; i < t.length; i++) {
    const n = negatorAt(t, i);
    if (n === 0) continue;
    // "X, not Y", "X and not the Y", "X rather than Y"
    let b = i - 1;
    if (BEFORE_NOT.has(t[b] ?? '')) b--;
    if (t[b] === ',') b--;
    if (b >= 0) add(t[b], after(i + n));
    // "not Y but X", "not the Y, but the X"
    if (n === 1) {
      let j = i + 1;
      if (AFTER_NOT.has(t[j] ?? '')) j++;
      const y = t[j];
      let k = j + 1;
      if (t[k] === ',') k++;
      if (t[k] === 'but') add(after(k + 1), y);
    }
  }
  return out;
}

/** Whether the pasted line draws one of the quote's contrasts the other way round. */
export function reversesContrast(pasted: string, quote: string): boolean {
  const theirs = contrastsOf(quote);
  if (theirs.length === 0) return false;
  return contrastsOf(pasted).some((c) => theirs.some((t) => t.preferred === c.rejected && t.rejected === c.preferred));
}

/** The word a "-n't" contraction turns down ("isn't" -> "is", "won't" -> "will", "can't" -> "can"), or null. */
function contracted(word: string): string | null {
  if (word === 'cannot') return 'can';
  if (!word.endsWith("n't") || word.length < 4) return null;
  const stem = word.slice(0, -3);
  return stem === 'wo' ? 'will' : stem === 'ca' ? 'can' : stem === 'sha' ? 'shall' : stem;
}

/** The auxiliary "do" a negation brings in ("we do not want" for "we want"). */
const DO = new Set(['do', 'does', 'did']);

/**
 * Whether the words one side has in a gap turn down what the other side has there: "not", "never" or "do not" for
 * nothing, "isn't" for "is".
 */
function turnsDown(mine: readonly string[], theirs: readonly string[]): boolean {
  if (mine.length === 2 && theirs.length === 0) return DO.has(mine[0] as string) && mine[1] === 'not';
  if (mine.length !== 1) return false;
  const w = mine[0] as string;
  if (theirs.length === 0) return w === 'not' || w === 'never';
  return theirs.length === 1 && contracted(w) === theirs[0];
}

/**
 * Whether the pasted words turn the quote's words the other way, read off their word-by-word comparison
 * (`compareWords`' diff): inside the part they share, a gap where one side has only "not", "never" or "do not" and the
 * other nothing, or "isn't" where the other has "is", an odd number of times. "The money is not there" for "The money is
 * there. Don't worry, we've got it" shares every other word in order and says the opposite: it is no "closest real
 * quote" of it. A negation said in other words ("not supported" for "unsupported") is no such gap.
 */
export function flipsNegation(diff: readonly DiffPart[]): boolean {
  let odd = false;
  let open = false;
  let added: string[] = [];
  let removed: string[] = [];
  for (const part of diff) {
    const words = part.text.toLowerCase().replace(/[’]/g, "'").split(' ').filter((w) => w !== '');
    if (part.op === 'same') {
      if (open && (turnsDown(added, removed) || turnsDown(removed, added))) odd = !odd;
      open = true;
      added = [];
      removed = [];
    } else if (part.op === 'added') added.push(...words);
    else removed.push(...words);
  }
  return odd;
}

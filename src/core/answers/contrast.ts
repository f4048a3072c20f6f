import { indexTerms } from '../search/tokenize.js';

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

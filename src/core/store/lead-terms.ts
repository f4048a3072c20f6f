import { tokenCount } from '../search/bm25.js';

/*
 * How a store keeps a quote's lead-in terms (`StoredQuote.leadTerms`) compactly. Written by ingest, they are the
 * run of its neighbourhood terms just before its sentence's terms (the lead-in sentence is in the quote's paragraph
 * or the one before, and the neighbourhood holds both in order), so a store keeps only how many terms that run
 * is and cuts them out of the neighbourhood it reads anyway: a few bytes a quote instead of a sentence's words.
 * Terms that are not such a run (a record written by other means) are kept as they are.
 */

/** Where the token run `inner` first starts in the space-separated `outer` (string offset), or -1. */
function runStart(outer: string, inner: string): number {
  if (!inner) return -1;
  for (let at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
    const end = at + inner.length;
    if ((at === 0 || outer.charCodeAt(at - 1) === 32) && (end === outer.length || outer.charCodeAt(end) === 32)) return at;
  }
  return -1;
}

/**
 * How many terms `lead` is when it is the run of `near` just before the first run of `context` in it (0 for no
 * lead-in), or null when it is not such a run (then the terms must be kept as they are).
 */
export function leadCount(near: string, context: string, lead: string | undefined): number | null {
  if (!lead) return 0;
  const at = runStart(near, context);
  if (at <= 0) return null;
  const before = near.slice(0, at - 1);
  return before === lead || before.endsWith(` ${lead}`) ? tokenCount(lead) : null;
}

/** The `n` terms of `near` just before the first run of `context` in it (the inverse of `leadCount`). */
export function leadFrom(near: string, context: string, n: number): string {
  if (n <= 0) return '';
  const at = runStart(near, context);
  if (at <= 0) return '';
  let from = at - 1;
  for (let k = 0; k < n && from > 0; k++) from = near.lastIndexOf(' ', from - 1);
  return near.slice(from < 0 ? 0 : from + 1, at - 1);
}

/** Titles of works, programmes and slogans written in quotation marks ("The Quiet Harbour"). */

const TITLE_WORD = /[\p{L}\p{N}'’-]+/gu;

/** Lower-case words a title may hold between its capitalised ones ("Lord of the Rings"). */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'with', 'from', 'by', 'or']);

/** A short run of title-case words with no sentence punctuation: a title, a label or a name, not speech. */
export function looksLikeTitle(s: string, maxWords = 8): boolean {
  // Word by word: a long quote is no title after maxWords + 1 words, without reading all of it.
  // (exec from lastIndex 0 rather than matchAll, which copies the regex on every call.)
  const words: string[] = [];
  TITLE_WORD.lastIndex = 0;
  for (let m = TITLE_WORD.exec(s); m; m = TITLE_WORD.exec(s)) {
    words.push(m[0]);
    if (words.length > maxWords) return false;
  }
  if (words.length === 0) return false;
  const t = s.trim();
  if (/[.?!,;:]$/.test(t)) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
}

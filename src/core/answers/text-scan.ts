/**
 * Small scans over a quote's paragraph, shared by the checks that read how an article writes a name
 * (other-given-name.ts, written-in-full.ts): plain loops, no pattern run over the whole text.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A letter or a digit (an empty string, past either end of the text, is none). */
export function isWordChar(c: string): boolean {
  return WORD_CHAR.test(c);
}

/** A space, a line break or a tab. */
export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t';
}

/** The index of the last character before `i` that is no space; -1 when there is none. */
export function skipSpacesBack(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isSpace(text[j])) j--;
  return j;
}

/** Every position where `word` occurs in `text` with no letter or digit right after it. */
export function* occurrencesEndingWord(text: string, word: string): Generator<number> {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isWordChar(text.charAt(i + word.length))) yield i;
  }
}

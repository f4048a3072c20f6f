import { partitionPoint } from './sorted.js';

/**
 * Invisible format characters: zero-width space, joiners and non-joiner, word joiner, byte-order mark, soft
 * hyphen. They show as nothing, so "Kir\u200Bby" reads as "Kirby" to a person and must to OnRecord too; pasted
 * from web pages or crafted, they would otherwise split a name or a word in two.
 */
const ALWAYS = new Set([0x00ad, 0x180e, 0x200b, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]);
/** Zero-width non-joiner and joiner: spelling in Persian or Indic words and emoji sequences; noise between Latin letters. */
const JOINERS = new Set([0x200c, 0x200d]);
const ANY_INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;
const ALL_INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g;

/** For matching (names, index terms, questions): every invisible format character removed. */
export function withoutInvisible(s: string): string {
  return ANY_INVISIBLE.test(s) ? s.replace(ALL_INVISIBLE, '') : s;
}

const isLatinLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/**
 * For article text that is shown as published: the characters that never mean anything are removed, and a
 * joiner or non-joiner only between Latin letters (where no spelling uses one), so emoji sequences and
 * Persian or Indic words keep theirs. `at(i)` maps an offset of the input to the output (for paragraph bounds).
 */
export function stripInvisible(s: string): { text: string; at: (offset: number) => number } {
  if (!ANY_INVISIBLE.test(s)) return { text: s, at: (i) => i };
  // Offsets of the removed characters, ascending: an input offset maps to itself minus those before it.
  const removed: number[] = [];
  let out = '';
  let from = 0;
  const drop = (a: number, b: number) => {
    out += s.slice(from, a);
    from = b;
    for (let k = a; k < b; k++) removed.push(k);
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (ALWAYS.has(c)) drop(i, i + 1);
    else if (JOINERS.has(c)) {
      let j = i + 1;
      while (j < s.length && JOINERS.has(s.charCodeAt(j))) j++;
      if (i > 0 && isLatinLetter(s.charCodeAt(i - 1)) && j < s.length && isLatinLetter(s.charCodeAt(j))) drop(i, j);
      i = j - 1;
    }
  }
  out += s.slice(from);
  const at = (offset: number) => offset - partitionPoint(removed.length, (i) => (removed[i] as number) < offset);
  return { text: out, at };
}

import { CLAUSE_WORDS, NOT_NAME } from './lexicon/index.js';

/**
 * A nickname written inside or beside a name is the person, not a second speaker: "Brian 'Head' Welch told ..."
 * is Brian Welch (not "Welch", and "'Head'" is no quote); "Moya, nicknamed Charly, admitted: ..." is Moya (not a
 * speaker "Charly"). The extractor reads a copy of the text with the nickname blanked to spaces, so every offset
 * stays the same: the name without the nickname is the canonical one. (Not done: the nickname as an alias, for a
 * later "Head said".)
 */

const OPEN_CLOSE: Readonly<Record<string, string>> = { "'": "'", '‘': '’', '"': '"', '“': '”' };

// First name, quoted nickname of one or two capitalised words, surname; the word after the surname is read in code.
const INSIDE = /(\p{Lu}\p{Ll}+) (['‘"“])(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?)(['’"”]) (\p{Lu}\p{Ll}[\p{L}'’-]*)([^\S\n]+\S|[^\p{L}\s]|\s*$)/gu;
// ", nicknamed Charly," after a name word: the appositive names nobody else.
const APPOSITIVE = /(?<=\p{Lu}[\p{L}'’-]*), nicknamed (?:['‘"“]?)\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?(?:['’"”]?),/gu;

/** A space, an opening mark and a capital (" 'Head"): where an INSIDE nickname opens. */
const MARK_THEN_CAPITAL = / ['‘"“]\p{Lu}/gu;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * Some "Xxx 'Y" stands in the text (/\p{Lu}\p{Ll}+ ['‘"“]\p{Lu}/u, what INSIDE needs): found by scanning for the
 * marks and reading the word before each backwards, which costs half of that regex trying its leading \p{Lu} at
 * every offset (it ran on every article). Says yes on a surrogate pair rather than read it.
 */
function mayHoldInsideNickname(text: string): boolean {
  for (const m of text.matchAll(MARK_THEN_CAPITAL)) if (capitalisedWordEndsAt(text, m.index!)) return true;
  return false;
}

/** `text` before `end` ends with a capital and one lower-case letter or more (true, too, at a surrogate). */
function capitalisedWordEndsAt(text: string, end: number): boolean {
  let j = end - 1;
  let lowers = 0;
  for (; j >= 0; j--) {
    const c = text.charCodeAt(j);
    if ((c & 0xf800) === 0xd800) return true;
    if (!((c >= 97 && c <= 122) || (c >= 128 && LOWER.test(text[j]!)))) break;
    lowers++;
  }
  if (j < 0 || lowers === 0) return false;
  const c = text.charCodeAt(j);
  return (c >= 65 && c <= 90) || (c >= 128 && UPPER.test(text[j]!));
}

/** The text with nicknames blanked to spaces (same length); the text itself when it has none. */
export function maskNicknames(text: string): string {
  // Cheap tests first: nearly every article has neither form.
  if (!mayHoldInsideNickname(text) && !text.includes(', nicknamed ')) return text;
  const blanks: [number, number][] = [];
  for (const m of text.matchAll(INSIDE)) {
    const [, first, open, , close, , after] = m as unknown as string[];
    if (OPEN_CLOSE[open!] !== close || NOT_NAME.has(first!.toLowerCase()) || CLAUSE_WORDS.has(first!.toLowerCase())) continue;
    // Title case ("Comes To 'Fact-Checking' Republicans", "Trump Was 'Mocking' Clinton Camp") is a headline, no
    // name: the word after the surname starts lower-case (or is punctuation), the word before is no function word.
    if (/^\s+\p{Lu}/u.test(after!)) continue;
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, m.index! - 40), m.index!))?.[1];
    if (before && /^\p{Lu}/u.test(before) && (NOT_NAME.has(before.toLowerCase()) || CLAUSE_WORDS.has(before.toLowerCase()))) continue;
    const from = m.index! + first!.length + 1;
    const to = from + m[0].slice(first!.length + 1).indexOf(close!, 1) + 2; // the closing mark and its space
    blanks.push([from, to]);
  }
  // (APPOSITIVE opens on a look-behind, tried at every offset: only worth running when its words are there.)
  if (text.includes(', nicknamed ')) for (const m of text.matchAll(APPOSITIVE)) blanks.push([m.index!, m.index! + m[0].length]);
  if (blanks.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [from, to] of blanks.sort((a, b) => a[0] - b[0])) {
    if (from < at) continue;
    out += text.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return out + text.slice(at);
}

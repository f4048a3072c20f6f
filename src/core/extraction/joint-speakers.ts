/**
 * Two people named as one subject before the verb, the second with an office, a title or a kin word of its own:
 * "singer Gary Lightbody and drummer Jonny Quinn said", "Mr. Grassley and Mr. Leahy say", "Gibson and his business
 * partner Bruce Davey said", "Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested". The name run read
 * back from the verb stops at the second person's office or title, so the words went to the second person, mostly
 * at full confidence. Words two people speak together are filed under the first named, and the confidence says they
 * were several people's (`coordinated_speakers`, as for "Tom Hale and Ann Cole said", whose run reads the first).
 */
import { isWord, type Mention } from './mention-words.js';
import { isNameWord, looksLikePersonName, mentionFromRun, runEndingAt } from './names.js';
import { FINITE_VERBS, HONORIFICS, isRole, isSpeechVerb, JOINT_SUBJECT_OPENERS, POSSESSIVE_DETERMINERS, PREPOSITIONS } from './lexicon/index.js';
import type { Token } from './tokens.js';
import { isKnownGivenName } from '../speakers/names.js';

/** Most tokens of the office, title or kin words between "and" and the second person's name ("chief operating officer"). */
const MAX_SECOND_DESCRIPTION = 6;
/** Most tokens of the first person's own description before the name ("Maine Sen.", "singer"). */
const MAX_FIRST_DESCRIPTION = 5;

/**
 * The first person of "FIRST and DESCRIPTION SECOND" when `second` (read before the verb, no further left than
 * `lo`) is that second person: the first named, marked `joined`; null when the words before `second` are no such
 * pair. The first must look like a person (a title, a given name and a surname, or a "his" / "her" right after
 * "and" that points back to it) and open its clause: nothing before it and its description but a clause opener
 * ("But", "while", "both") or punctuation. So "defeat at Newcastle and manager Jose Mourinho said" (a place after a
 * preposition), "Trade and Industry Secretary Patricia Hewitt said" (one word, a portfolio) and "a lawyer
 * representing Mr Doherty and Mr Wass said" (a participle before) keep their reading.
 */
export function firstOfJointSpeakers(text: string, tokens: readonly Token[], lo: number, v: number, second: Mention): Mention | null {
  if (second.kind !== 'name' || second.possessive) return null;
  const n = tokenAt(tokens, second.pos, lo, v);
  if (n < 0) return null;
  let k = n - 1;
  while (k > lo && n - k <= MAX_SECOND_DESCRIPTION && describesPerson(tokens, k)) k--;
  const and = tokens[k];
  if (!isWord(and) || and.lw !== 'and' || and.cap) return null;
  const kin = isWord(tokens[k + 1]) && POSSESSIVE_DETERMINERS.has(tokens[k + 1]!.lw) && k + 1 < n;
  let e = k - 1;
  let [r, d] = personRunBefore(tokens, e, lo);
  if (r < 0) return null;
  // "Mr Afzal, Mr Islam and Mr Kazi deny": a list closed by "and" is one subject; its first name speaks.
  for (let listed = 0; listed < MAX_LISTED && tokens[d - 1]?.w === ',' && d - 2 >= lo; listed++) {
    const [r2, d2] = personRunBefore(tokens, d - 2, lo);
    if (r2 < 0 || !opensClause(tokens, d2)) break;
    e = d - 2; r = r2; d = d2;
  }
  if (!opensClause(tokens, d)) return null;
  const first = mentionFromRun(text, tokens, r, e, d);
  if (!first || first.kind !== 'name' || first.possessive) return null;
  const nameAt = tokenAt(tokens, first.pos, d, e);
  if (nameAt < 0) return null;
  // (The run may hold a particle before the name, "Lawyers for Mr Fenn": only describing words stand before it.)
  for (let j = d; j < nameAt; j++) if (!describesPerson(tokens, j)) return null;
  const words = tokens.slice(nameAt, e + 1).filter(isWord);
  if (!first.honorific && !looksLikePersonName(words) && !kin) return null;
  first.joined = true;
  return first;
}

/** Most names of a list read back before its "and" ("Mr Afzal, Mr Islam and Mr Kazi"). */
const MAX_LISTED = 4;

/**
 * The name run ending at `e` and where its description starts, as [run start, description start]; [-1, -1] when `e`
 * ends no name or ends an office ("Veteran Labour MP and former Cabinet minister Jack Cunningham": one person's
 * two offices, no pair).
 */
function personRunBefore(tokens: readonly Token[], e: number, lo: number): [number, number] {
  const last = tokens[e];
  if (e < lo || !isNameWord(last) || isRole(last!.lw) || HONORIFICS.has(last!.lw)) return [-1, -1];
  const r = runEndingAt(tokens, e, lo);
  if (r < 0) return [-1, -1];
  let d = r;
  while (d - 1 >= lo && r - d < MAX_FIRST_DESCRIPTION && describesPerson(tokens, d - 1)) d--;
  return [r, d];
}

/**
 * The index of the token starting at `pos`, searched back from `hi` to `lo`, or -1. (Back from the verb, not on from
 * the reader's left limit: a paragraph of a megabyte holds thousands of verbs, and each mention is near its own.)
 */
function tokenAt(tokens: readonly Token[], pos: number, lo: number, hi: number): number {
  for (let k = Math.min(hi, tokens.length - 1); k >= Math.max(lo, 0) && tokens[k]!.s >= pos; k--) if (tokens[k]!.s === pos) return k;
  return -1;
}

/**
 * A token of an office, title or kin phrase before a person's name: a capitalised word ("Texas Rep.", "Icon
 * Productions"), an abbreviation's full stop, a possessive mark ("Reuters’"), a hyphen, a number, or a lower-case
 * word that is no preposition, verb or article ("chief operating officer", "his", "former", "24-year-old").
 */
function describesPerson(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.kind === 'punct') return t.w === '.' || t.w === '-' || isApostropheMark(t);
  if (!isWord(t)) return false;
  if (JOINT_SUBJECT_OPENERS.has(t.lw)) return false;
  if (t.cap) return true;
  if (/^\d/.test(t.w)) return true;
  if (POSSESSIVE_DETERMINERS.has(t.lw) || HONORIFICS.has(t.lw)) return true;
  if (!/^[a-z][a-z-]*$/.test(t.lw) || t.lw === 'and' || t.lw === 'the' || t.lw === 'a' || t.lw === 'an') return false;
  // ("Secretary of State": "of" between an office and its capitalised portfolio.)
  if (t.lw === 'of') return isWord(tokens[k - 1]) && isRole(tokens[k - 1]!.lw) && isWord(tokens[k + 1]) && tokens[k + 1]!.cap;
  if (PREPOSITIONS.has(t.lw) || FINITE_VERBS.has(t.lw) || isSpeechVerb(t.lw)) return false;
  // (An "-ing" or "-ed" form only as a modifier before a lower-case noun, "chief operating officer", "retired
  // teacher"; before a name it is a verb or participle with its object: "a lawyer representing Mr Doherty".)
  const modifier = isWord(tokens[k + 1]) && !tokens[k + 1]!.cap;
  return modifier || !(t.lw.endsWith('ing') || t.lw.endsWith('ed'));
}

/**
 * Nothing of the clause before `d` but punctuation, a quote or a clause opener ("But", "while", "both"). Read on the
 * paragraph's tokens, past the reader's left limit: "Lawyers for Mr Fawcett and Mr McDonald denied" is no pair even
 * when the reader starts after "for".
 */
function opensClause(tokens: readonly Token[], d: number): boolean {
  let k = d - 1;
  while (k >= 0 && isWord(tokens[k]) && JOINT_SUBJECT_OPENERS.has(tokens[k]!.lw)) k--;
  if (k < 0) return true;
  const t = tokens[k]!;
  return t.kind !== 'word' && !isApostropheMark(t);
}

/** A possessive's or a plural's apostrophe token ("'s", "’s", "'", "’"): it joins an owner to what it owns, opening nothing. */
function isApostropheMark(t: Token): boolean {
  return t.w === "'s" || t.w === '’s' || t.w === "'" || t.w === '’';
}

/** How far back (characters) a person's earlier mention is looked for: longer than any news article. */
const PERSON_LOOKBACK = 30_000;

/**
 * Whether the one capitalised word at `k` was written earlier in the article (`text`, before it) as a person's
 * surname: after a given name ("Tom Holt") or a title ("Mr Holt", "Dr. Holt"). "said Holt and Foreign Minister Ada
 * Vell" names two people, where "said Economic and Fiscal Policy Minister Heizo Takenaka" names one office's body;
 * token by token the two read alike, and only the person met before tells them apart (`bodyJoinedBeforeHolder`,
 * subjects.ts). The tokens are one paragraph's, so the article's text before the word is read.
 */
export function namedAsPersonEarlier(text: string, tokens: readonly Token[], k: number): boolean {
  const w = tokens[k];
  if (!isWord(w) || !w.cap || !/^\p{Lu}[\p{L}'’-]*$/u.test(w.w)) return false;
  for (const word of capitalisedWordsBefore(text.slice(Math.max(0, w.s - PERSON_LOOKBACK), w.s), w.w)) {
    const lw = word.toLowerCase();
    if (isKnownGivenName(lw) || HONORIFICS.has(lw)) return true;
  }
  return false;
}

/**
 * The capitalised word before each "NAME" of `s`, with at most a full stop and then spaces between, in order: the
 * first groups of `s.matchAll(/(\p{Lu}\p{L}*)\.?\s+NAME(?![\p{L}'’-])/gu)`, found by `indexOf` and read back from
 * each NAME, so that no regex is built (and compiled, per string width) for each name looked up (session 42). As in
 * that scan, a word starts at its run's first capital letter, a NAME followed by a letter, apostrophe or hyphen is
 * passed over, and a match never starts inside the one before (`from`). `name` holds only letters, apostrophes and
 * hyphens (the caller's test).
 */
export function* capitalisedWordsBefore(s: string, name: string): Generator<string> {
  let from = 0;
  for (let p = s.indexOf(name); p >= 0; p = s.indexOf(name, p + 1)) {
    const end = p + name.length;
    if (end < s.length && continuesName(s, end)) continue;
    let i = p;
    while (i > from && isJsSpace(s.charCodeAt(i - 1))) i--;
    if (i === p) continue;
    if (i > from && s.charCodeAt(i - 1) === FULL_STOP) i--;
    let j = i;
    while (j > from && isLetterEndingAt(s, j)) j -= codePointLengthBefore(s, j);
    for (let q = j; q < i; q += s.codePointAt(q)! > 0xffff ? 2 : 1) {
      if (!STARTS_UPPER.test(s.slice(q, i))) continue;
      from = end;
      yield s.slice(q, i);
      break;
    }
  }
}

const FULL_STOP = 0x2e;
/** A capital letter first (the same source as the answers' capital tests, so V8 compiles it once for both). */
const STARTS_UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;

/** A letter, an apostrophe or a hyphen at `i`: the name goes on (`(?![\p{L}'’-])`). */
function continuesName(s: string, i: number): boolean {
  const c = s[i];
  return c === "'" || c === '’' || c === '-' || LETTER.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** The code point ending at `j` is a letter (a surrogate pair read whole, as a `/u` regex reads it). */
function isLetterEndingAt(s: string, j: number): boolean {
  return LETTER.test(s.slice(j - codePointLengthBefore(s, j), j));
}

/** 2 when a surrogate pair ends at `j`, else 1. */
function codePointLengthBefore(s: string, j: number): number {
  const lo = s.charCodeAt(j - 1);
  const hi = j >= 2 ? s.charCodeAt(j - 2) : 0;
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff ? 2 : 1;
}

/** JavaScript's `\s`: white space and line terminators (ECMA-262 WhiteSpace, LineTerminator). */
function isJsSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

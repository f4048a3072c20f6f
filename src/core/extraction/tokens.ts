/**
 * Tokens and sentences of one paragraph. A quotation-mark span is one opaque token, so that attribution
 * rules read the frame around quotes ("Q, Kirby said.") and never the quoted words themselves.
 */
import type { QuoteSpan } from './marks.js';
import { isTitleCased } from './word-shape.js';
import { ABBREVIATIONS, NOT_NAME, stateOf, CONTRACTED_BEFORE, CONTRACTED_VERB_AFTER_NAME, NOT_NAME_BEFORE_CONTRACTION, PLACE_BEFORE_OWNER, isGluedParticleName, FINITE_VERBS, HEARER_OPENERS, INDEFINITE_PRONOUNS, MONTHS, PREPOSITIONS, PRONOUNS, SAID_AFTER_QUOTE, SENTENCE_CONJUNCTIONS, SUBJECT_PRONOUNS, isAskForm, isSpeechVerb, SPEECH_VERB_BASES, takesHearer, isWeekday, isRole, HONORIFICS, RANKS } from './lexicon/index.js';

export type TokenKind = 'word' | 'punct' | 'quote';

/** A word, a punctuation mark or a whole quote span; `s`/`e` index the article text. */
export interface Token {
  s: number;
  e: number;
  kind: TokenKind;
  /** The token's text (for a quote token: empty, read the span instead). */
  w: string;
  /** Lower case of `w`. */
  lw: string;
  /** Starts with an upper-case letter (or is a name particle joined to one, "al-Assad"). */
  cap: boolean;
  /** Index into the article's quote spans, for quote tokens. */
  q?: number;
  /**
   * `isNameWord` of a capitalised word, kept on its first reading (names.ts): the rules ask it of the same token
   * many times (each run read forwards and backwards, the cast and every cue), and the answer depends on the word alone.
   */
  nameWord?: boolean;
}

/** A paragraph's tokens and its sentences as token ranges `[from, to)`. */
export interface ParagraphTokens {
  paragraph: number;
  start: number;
  end: number;
  tokens: Token[];
  sentences: { from: number; to: number }[];
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** A letter, digit or combining mark; ASCII is decided without a regex (it is most text). */
function isWordChar(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 128) return isAsciiWordChar(c);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(j, j + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return WORD_CHAR.test(text[j]!);
}

/**
 * End of the word starting at `i` (or `i` when none): letters, digits and marks, joined by an apostrophe,
 * full stop, hyphen or ampersand when a word character follows ("don't", "U.S", "al-Assad", "AT&T").
 */
function scanWord(text: string, i: number, pe: number): number {
  let j = i;
  for (;;) {
    const start = j;
    while (j < pe && isWordChar(text, j)) j += text.charCodeAt(j) >= 0xd800 && text.charCodeAt(j) <= 0xdbff ? 2 : 1;
    if (j === start) return start === i ? i : start - 1;
    const c = text.charCodeAt(j);
    if (j + 1 < pe && (c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38) && isWordChar(text, j + 1)) {
      j++;
      continue;
    }
    return Math.min(j, pe);
  }
}
/**
 * A whole word as scanWord reads it (letters, digits and marks, joined by ' ’ . - & before a word character), as one
 * sticky regex: the CLI runs without V8's optimising compiler (src/adapters/cli/short-run.ts), where scanWord's loop
 * costs an interpreted call per character and the regex runs as native code. Equal to scanWord on well-formed text
 * within the paragraph; `wordEnd` falls back to scanWord when the match runs past the paragraph's end or the paragraph
 * holds a surrogate (scanWord reads a lone one a code unit at a time, the regex never matches it).
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-&][\p{L}\p{N}\p{M}]+)*/uy;

/** End of the word starting at `i` (`i` when none): scanWord's answer, from the WORD regex when it may be used. */
function wordEnd(text: string, i: number, pe: number, noSurrogates: boolean): number {
  if (!noSurrogates) return scanWord(text, i, pe);
  WORD.lastIndex = i;
  if (!WORD.test(text)) return i;
  return WORD.lastIndex <= pe ? WORD.lastIndex : scanWord(text, i, pe);
}
const SURROGATE = /[\ud800-\udfff]/;
const UPPER = /^\p{Lu}/u;

/**
 * Starts with a capital letter, or is a particle joined to one ("al-Assad", `isGluedParticleName`). ASCII first: it is
 * most text. (The quick test before the lexicon's looks for the joining mark after one to three letters, the lengths of
 * GLUED_PARTICLES: a longer particle added there needs it widened.)
 */
function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) {
    if (w.length <= 2) return false;
    // (Each of the three characters read once: this runs for every lower-case word.)
    const c1 = w.charCodeAt(1);
    const c2 = w.charCodeAt(2);
    return (c2 === 45 || c1 === 45 || w.charCodeAt(3) === 45 || c2 === 39 || c1 === 39 || c1 === 0x2019) && isGluedParticleName(w);
  }
  if (c < 128) return false;
  return UPPER.test(w) || isGluedParticleName(w);
}

/** ' or ’, as a possessive's apostrophe is written. */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff;
}

/**
 * Splits `text[ps, pe)` into tokens; `spansByOpen` maps a quote's opening offset to its index. Every token is made
 * with the same properties in the same order (`q: undefined` but for quotes, `nameWord: undefined` until read), so
 * all tokens share one V8 hidden class: the rules read token fields at hundreds of places, and without the optimising
 * compiler (the CLI's `--no-opt`) each read is an inline-cache lookup that is cheapest when it sees one shape, not two.
 */
export function tokenize(text: string, ps: number, pe: number, spans: readonly QuoteSpan[], spansByOpen: ReadonlyMap<number, number>): Token[] {
  const tokens: Token[] = [];
  // (scanWord may read one code unit past the paragraph's end.)
  const noSurrogates = !SURROGATE.test(text.slice(ps, pe + 1));
  let i = ps;
  /** A single quotation mark opened in this paragraph and not yet closed (see the apostrophe below). */
  let openSingle = false;
  while (i < pe) {
    const c = text.charCodeAt(i);
    // (A plain space first, without a call: about half the positions this loop visits are one.)
    if (c === 32 || isSpace(c)) {
      i++;
      continue;
    }
    // A quote span opens on its quotation mark: an ASCII letter or digit opens none (this skips the map for nearly
    // every position).
    const qi = isAsciiWordChar(c) ? undefined : spansByOpen.get(i);
    if (qi !== undefined) {
      const sp = spans[qi];
      if (sp) {
        tokens.push({ s: i, e: Math.max(i + 1, sp.close), kind: 'quote', w: '', lw: '', cap: false, q: qi, nameWord: undefined });
        i = Math.max(i + 1, sp.close);
        continue;
      }
    }
    const end = wordEnd(text, i, pe, noSurrogates);
    if (end > i) {
      const w = text.slice(i, end);
      // A possessive "'s" is its own token, so "Kirby's claim" never reads as a name "Kirby's".
      const last = w.charCodeAt(w.length - 1);
      const poss = w.length > 2 && (last === 115 || last === 83) && isApostrophe(w.charCodeAt(w.length - 2)) ? 2 : 0;
      const base = poss ? w.slice(0, -2) : w;
      tokens.push({ s: i, e: i + base.length, kind: 'word', w: base, lw: base.toLowerCase(), cap: isCap(base), q: undefined, nameWord: undefined });
      i += w.length;
      if (!poss) continue;
      const before = tokens[tokens.length - 2];
      // ("Outside Hallam's a spokeswoman said": after a preposition of place the name is its object, an owner.)
      const owned = before !== undefined && before.kind === 'word' && PLACE_BEFORE_OWNER.has(before.lw);
      // (Nor is the capitalised preposition a word of that name: "Inside Hallam's" names no "Inside Hallam".)
      if (owned && before.cap) before.nameWord = false;
      const verb = owned ? undefined : contractedVerbAfterName(text, base, i, pe);
      const at = i - 2;
      if (verb) tokens.push({ s: at, e: i, kind: 'word', w: verb, lw: verb, cap: false, q: undefined, nameWord: undefined });
      else tokens.push({ s: at, e: i, kind: 'punct', w: "'s", lw: "'s", cap: false, q: undefined, nameWord: undefined });
      continue;
    }
    // One punctuation character (a surrogate pair stays whole).
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < pe ? 2 : 1;
    const w = text.slice(i, i + len);
    if (c === 39 || c === 0x2019 || c === 0x2018) {
      // A single quotation mark of the text's own ("described as 'dangerous liaisons' by") opens after a space and
      // closes the next apostrophe after a word; any other apostrophe right after a plural in -s is its possessive,
      // read as "'s" is, where a name follows, right after it or after an office ("Ladbrokes' Warren Lush", "the
      // families' solicitor Phil Shiner", "Barclays' chief John Varley"). Before other words it stays as it was.
      const prev = tokens[tokens.length - 1];
      const glued = prev !== undefined && prev.e === i && prev.kind === 'word';
      if (!glued) openSingle = c !== 0x2019 || openSingle;
      else if (openSingle) openSingle = false;
      else if (c !== 0x2018 && apostropheAfterPlural(prev, i) && possessiveBeforeName(text, i + 1, pe)) {
        tokens.push({ s: i, e: i + 1, kind: 'punct', w: "'s", lw: "'s", cap: false, q: undefined, nameWord: undefined });
        i += 1;
        continue;
      }
    }
    tokens.push({ s: i, e: i + len, kind: 'punct', w, lw: w, cap: false, q: undefined, nameWord: undefined });
    i += len;
  }
  return tokens;
}

/**
 * The verb a capitalised name's "'s" ending at `at` stands for when the word after it reads only as a verb's
 * ("Curry's been", "Hale's not fit", "Hale's a good man": the name is the subject, not an owner), or undefined: a
 * possessive. A pronoun's "'s" ("He's") is left to the readings of pronouns; a hyphenated word after it is a
 * modifier ("Hale's going-away party").
 */
function contractedVerbAfterName(text: string, base: string, at: number, pe: number): 'is' | 'has' | undefined {
  if (!isCap(base) || text.charCodeAt(at) !== 32) return undefined;
  const lb = base.toLowerCase();
  if (PRONOUNS.has(lb) || CONTRACTED_BEFORE.has(lb) || NOT_NAME_BEFORE_CONTRACTION.has(lb)) return undefined;
  const next = /^[a-z]+(?![-\w'’])/.exec(text.slice(at + 1, Math.min(pe, at + 16)));
  return next ? CONTRACTED_VERB_AFTER_NAME.get(next[0]) : undefined;
}

/**
 * An apostrophe at `at` written right after a plural in -s ("the families'", "Barclays'"): a possessive where the
 * reader has a reason to take it for one. The tokenizer writes it "'s" before a name (`tokenize`); a role phrase
 * before a name reads it as the possessive of the office after it (introductions.ts).
 */
export function apostropheAfterPlural(prev: Token | undefined, at: number): boolean {
  return prev !== undefined && prev.kind === 'word' && prev.e === at && prev.lw.endsWith('s') && prev.w.length > 1;
}

/**
 * From `at`: a space, then a capitalised word, or up to four lower-case words ending in an office and then a
 * capitalised word ("' Warren Lush", "' assistant manager Mark Bowen"); not "' lengthy investigation into Clinton".
 */
function possessiveBeforeName(text: string, at: number, pe: number): boolean {
  const m = /^ +((?:[a-z][a-z-]* +){0,4})\p{Lu}/u.exec(text.slice(at, Math.min(pe, at + 80)));
  if (!m) return false;
  const lower = m[1]!.trim().split(/ +/).filter(Boolean);
  return lower.length === 0 || isRole(lower[lower.length - 1]!);
}

const TERMINAL = new Set(['.', '!', '?', '…']);

export { isTitleCased };

/** True when the full stop at token `i` belongs to an abbreviation or an initial ("Mr.", "J.", "U.S."). */
export function isAbbreviation(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const dot = tokens[i];
  if (!prev || !dot || dot.w !== '.' || prev.kind !== 'word' || prev.e !== dot.s) return false;
  // ("in Jan. The harbour ...", "Ant and Dec. She won ...": a month's short form keeps its full stop only before what
  // can go on a date, a number or a lower-case word, "Jan. 5"; before a capitalised word or a quote it ends the sentence.)
  // ("based in the U.S. He added ...": a dotted acronym's stop before a capitalised function word, a pronoun or an
  // article, ends the sentence; "the U.S. Senate" goes on.)
  if (ABBREVIATIONS.has(prev.lw)) {
    if (DOTTED_ACRONYM.test(prev.w)) return !functionWordAfterStop(tokens[i + 1]);
    return !MONTHS.has(prev.lw) || !opensAfterStop(tokens[i + 1]);
  }
  // "then-Sen. Barack Obama", "ex-Gov. Ada Holt": a title after a lower-case prefix keeps its full stop. Titles and
  // ranks only: "from mid-Jan. The harbour ..." ends its sentence.
  const dash = prev.w.lastIndexOf('-');
  if (dash > 0 && /^\p{Ll}+$/u.test(prev.w.slice(0, dash)) && isTitleCased(prev.w.slice(dash + 1)) && isAbbreviatedTitle(prev.lw.slice(dash + 1))) return true;
  return (prev.w.length === 1 && UPPER.test(prev.w)) || pairedInitialsBeforeName(tokens, i);
}

/** Capitals joined by full stops, as the tokenizer writes an acronym without its last stop ("U.S", "F.B.I"). */
export const DOTTED_ACRONYM = /^\p{Lu}(?:\.\p{Lu})+$/u;

/** The token after a full stop is a capitalised function word that opens no name ("He", "The", "And", "While"). */
function functionWordAfterStop(next: Token | undefined): boolean {
  return next !== undefined && next.kind === 'word' && next.cap && NOT_NAME.has(next.lw) && !HONORIFICS.has(next.lw);
}

/** The token after a full stop is a capitalised word or a quote: what opens a sentence, never a date's day or year. */
function opensAfterStop(next: Token | undefined): boolean {
  return next !== undefined && (next.kind === 'quote' || (next.kind === 'word' && next.cap));
}

/** An abbreviation that is a title or a rank ("sen", "gov", "cmdr"), not a month or a company word ("jan", "co"). */
function isAbbreviatedTitle(lw: string): boolean {
  return ABBREVIATIONS.has(lw) && (HONORIFICS.has(lw) || RANKS.has(lw));
}

/**
 * Two capitals joined by a full stop ("J.M", "G.K"): how the tokenizer writes a person's paired initials. A dotted
 * acronym with one stop (`^\p{Lu}\.\p{Lu}$`), read through `DOTTED_ACRONYM`'s regex rather than a second pattern of
 * its own to compile (session 42, word-shape.ts).
 */
export function isPairedInitials(w: string): boolean {
  return DOTTED_ACRONYM.test(w) && w.indexOf('.') === w.lastIndexOf('.');
}

/**
 * "said J.M. Berger, a fellow at", "Rep. G.K. Butterfield": paired initials whose full stop (at `i`) is followed by a
 * capitalised word that can be a name (not "He", "The", "This") open a person's name; the stop ends no sentence and the
 * name reader reads through it (`isAbbreviation` is what both ask). A state written so ("in Bedminster, N.J. Roger
 * Ailes, ...") and any longer acronym ("the F.B.I. Officials") still end their sentence.
 */
function pairedInitialsBeforeName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]!;
  const next = tokens[i + 1];
  if (!isPairedInitials(prev.w) || stateOf(prev.w) !== undefined) return false;
  return next !== undefined && next.kind === 'word' && next.s > tokens[i]!.e && UPPER.test(next.w) && !NOT_NAME.has(next.lw);
}

/**
 * A quote that ends in a full stop, followed by a capitalised word that does not start its attribution
 * ('"... fight." In response, Davis said'), ends its sentence.
 */
function endsSentenceQuote(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || !(next.cap || next.kind === 'quote')) return false;
  let j = t.e - 1;
  let comma = false;
  while (j > t.s && !/[\p{L}\p{N}.!?…]/u.test(text[j] ?? '')) { if (text[j] === ',') comma = true; j--; }
  if (!/[.!?…]/.test(text[j] ?? '')) return false;
  // '"... Black Girls Rock!," Clinton said': a comma after the mark says the sentence goes on.
  if (comma) return false;
  if (next.kind === 'quote') return true;
  // '"Stop." Kirby said.': a name and a speech verb right after keep the quote in their sentence.
  // ('"..." She added that ...' is a new sentence: the verb there governs a clause of its own; so is
  // '"..." Nobody replied.': an indefinite pronoun names no speaker.)
  // '"..." And Menzies Campbell said it was vital': a conjunction opening the words after the mark starts a sentence.
  if (next.kind === 'word' && next.cap && SENTENCE_CONJUNCTIONS.has(next.lw)) return true;
  let end = Math.min(tokens.length, i + 6);
  for (let k = i + 1; k < end; k++) {
    const x = tokens[k]!;
    // '"..." Ohio Gov. John Kasich said he would ...': a title's full stop is part of the name, not its end.
    if (isAbbreviation(tokens, k)) {
      end = Math.min(tokens.length, end + 1);
      continue;
    }
    // ('"..." Labour's Paul Flynn said the pair ...', '"..." Mr Kashyap's lawyer Mihir Desai said.': a possessive in the
    // run before the verb is part of the subject, and so are up to two plain words after it; not "He's", "That's".)
    const owner = tokens[k - 1];
    if (x.kind === 'punct' && x.w === "'s" && owner?.kind === 'word' && owner.cap && !PRONOUNS.has(owner.lw) && !CONTRACTED_BEFORE.has(owner.lw)) {
      let m = k + 1;
      while (m < k + 3 && tokens[m]?.kind === 'word' && !tokens[m]!.cap && !isSpeechVerb(tokens[m]!.lw) && !FINITE_VERBS.has(tokens[m]!.lw)) m++;
      end = Math.min(tokens.length, end + (m - k));
      k = m - 1;
      continue;
    }
    if (x.kind !== 'word') {
      // '"Stop." Kirby, the spokesman, said.' and '"..." Kirby (D-Ohio) said.' keep the quote; '"..." Kirby, the
      // spokesman, said it was vital' does not: past the aside, the verb decides as it does right after a name.
      // An aside no speech verb closes ('"..." Overall, prices fell', '"..." Mr Hawkins - a paraplegic himself -
      // says his customers ...') opens a sentence of its own, and so does any other mark after the capitalised
      // words ('"..." Possibly.', '"..." Bush: "..."', '"..." That's why ...').
      if (!OPENS_ASIDE.has(x.w)) return true;
      const verb = afterAside(tokens, k);
      if (verb === ASIDE_UNREAD) return false;
      return verb < 0 || clauseAfterVerb(tokens, verb);
    }
    if (x.cap && INDEFINITE_PRONOUNS.has(x.lw)) return true;
    if (!x.cap) return SAID_AFTER_QUOTE.has(x.lw) ? clauseAfterVerb(tokens, k) : !(isFiniteSpeechForm(x.lw) && standsAlone(tokens, k));
  }
  return true;
}

/** A speech verb's past or -s form ("demanded", "repeats"): a finite cue, where its base and -ing forms are not. */
function isFiniteSpeechForm(lw: string): boolean {
  return isSpeechVerb(lw) && /(?:ed|s)$/.test(lw) && !SPEECH_VERB_BASES.has(lw);
}

/**
 * '"...?" Vitter demanded.': the verb at `k` ends its sentence or its clause, after at most two adverbs or day words
 * ("Vitter demanded again.", "Vitter repeated angrily,"), so it can only be the quote's attribution.
 */
function standsAlone(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (j < k + 3 && isAdverbAfterVerb(tokens[j])) j++;
  const after = tokens[j];
  return after === undefined || (after.kind === 'punct' && /^[.,;!?]$/.test(after.w));
}

/** A day word, an -ly adverb or "again" right after a speech verb ("said Tuesday", "repeated angrily", "asked again"). */
function isAdverbAfterVerb(t: Token | undefined): boolean {
  return t?.kind === 'word' && (isDayWord(t.lw) || /^[a-z]+ly$/.test(t.w) || t.lw === 'again');
}

/** Marks that open an aside after a name ("Kirby, the spokesman, said", "Kirby (D-Ohio) said", "Kirby - a lawyer - said"). */
const OPENS_ASIDE: ReadonlySet<string> = new Set([',', '(', '-', '–', '—']);
/** Marks that close an aside before its speech verb. */
const CLOSES_ASIDE: ReadonlySet<string> = new Set([',', ')', '-', '–', '—']);
/** Most tokens an aside after a name is read for the speech verb that closes it (the sentence's end comes first). */
const MAX_ASIDE = 60;
/** `afterAside`: the aside ran past `MAX_ASIDE` tokens unread. */
const ASIDE_UNREAD = -2;

/**
 * The speech verb that ends the aside opening with the mark at `k` (", the party's spokesman, said", " (D-Ohio)
 * said", " - a lawyer - said"): the first one right after a closing mark, else the first one at all (", economist at
 * Global Insight said", ", who said the ..."); -1 when the sentence ends with none (a full stop that is no
 * abbreviation's, a colon or semicolon, a quote), `ASIDE_UNREAD` when the aside runs past `MAX_ASIDE` tokens.
 */
function afterAside(tokens: readonly Token[], k: number): number {
  /** The first speech verb anywhere in the aside; -1 for one after its own pronoun. */
  let verb: number | undefined;
  for (let j = k + 1; j < k + MAX_ASIDE; j++) {
    const x = tokens[j];
    if (!x || x.kind === 'quote') return verb ?? -1;
    if (x.kind === 'word') {
      // ('"..." Now, he said, the gaming world ...': a verb after its own pronoun is the new sentence's aside.)
      if (verb === undefined && SAID_AFTER_QUOTE.has(x.lw)) verb = SUBJECT_PRONOUNS.has(tokens[j - 1]!.lw) ? -1 : j;
      continue;
    }
    const v = tokens[j + 1];
    if (CLOSES_ASIDE.has(x.w) && v?.kind === 'word' && SAID_AFTER_QUOTE.has(v.lw)) return j + 1;
    // (A stop a comma follows ends no sentence: "Rep. Tom Hale, R-Pa., said".)
    if (/^[.!?…;:]$/.test(x.w) && !isAbbreviation(tokens, j) && v?.w !== ',') return verb ?? -1;
  }
  return verb ?? ASIDE_UNREAD;
}

/**
 * The speech verb at `k` governs words of its own ("said it was vital"), not just the quote before it ("said.",
 * "said Tuesday.", "said pleasantly into the phone", "said at a Nov. 6 event").
 */
function clauseAfterVerb(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  // ('"...?" Aderholt asked again.': "again" governs nothing either.)
  while (j < k + 3 && isAdverbAfterVerb(tokens[j])) j++;
  // '"...?" Todd asked the real estate mogul.', '"...?" Trump told Britain's ITV in an interview': the hearer of
  // "told" or "asked" is not a clause of the verb's own; what follows the hearer decides.
  if ((takesHearer(tokens[k]!.lw) || isAskForm(tokens[k]!.lw)) && afterHearer(tokens, j) > j) {
    j = afterHearer(tokens, j);
    // ('He told an invited crowd at the club that he wants ...': a "that" a little past the hearer's adjuncts is
    // still the verb's clause.)
    for (let x = j; x < j + MAX_HEARER_ADJUNCT && (tokens[x]?.kind === 'word' || tokens[x]?.w === "'s"); x++) if (tokens[x]!.lw === 'that' || FINITE_VERBS.has(tokens[x]!.lw)) return true;
  }
  const after = tokens[j];
  if (after === undefined || (after.kind === 'punct' && /^[.,;!?]$/.test(after.w))) return false;
  return !(after.kind === 'word' && after.w !== 'that' && PREPOSITIONS.has(after.lw));
}

/** Most tokens a hearer after "told" or "asked" takes ("the real estate mogul", "Britain's ITV television station"). */
const MAX_HEARER = 6;
/** Most words of the adjuncts after a hearer searched for the "that" of a clause ("told X at the club that"). */
const MAX_HEARER_ADJUNCT = 10;

/**
 * The token after the hearer opening at `j` ("told the BBC", "asked his aides", "told Holt"): a capitalised run or
 * a determiner and its nouns, stopped by a preposition, "that", a pronoun or a finite verb (the start of a clause:
 * "told the crowd it was over"). `j` itself when no hearer opens there.
 */
function afterHearer(tokens: readonly Token[], j: number): number {
  const first = tokens[j];
  if (!first || first.kind !== 'word' || !(first.cap || HEARER_OPENERS.has(first.lw)) || PRONOUNS.has(first.lw) && !HEARER_OPENERS.has(first.lw)) return j;
  let x = j + 1;
  for (; x < j + MAX_HEARER; x++) {
    const t = tokens[x];
    if (!t) break;
    if (t.kind === 'punct' && (t.w === "'s" || t.w === '’s' || isAbbreviation(tokens, x))) continue;
    if (t.kind !== 'word' || t.lw === 'that' || PREPOSITIONS.has(t.lw) || PRONOUNS.has(t.lw) || FINITE_VERBS.has(t.lw)) break;
  }
  return x;
}

/** A day named after a verb ("said Tuesday", "told reporters yesterday"). */
function isDayWord(lw: string): boolean {
  return isWeekday(lw) || lw === 'yesterday' || lw === 'today' || lw === 'tonight';
}

/** Sentence ranges over a paragraph's tokens; quote tokens never split a sentence. */
export function splitSentences(tokens: readonly Token[], text = ''): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t && t.kind === 'quote' && text && endsSentenceQuote(tokens, i, text)) {
      out.push({ from, to: i + 1 });
      from = i + 1;
      continue;
    }
    if (!t || t.kind !== 'punct' || !TERMINAL.has(t.w)) continue;
    // Swallow closing brackets and repeated marks ("?!", ".)").
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]?.kind === 'punct' && /^[.!?…)\]’']$/.test(tokens[j + 1]?.w ?? '')) j++;
    const next = tokens[j + 1];
    // Every mark of the run sees the same next token: when it starts no sentence, skip the run at once (a run
    // of 8,000 "!" was read 8,000 times over).
    if (!next) break;
    if (t.w === '.' && isAbbreviation(tokens, i)) continue;
    // "from 10:30 p.m. Aug. 9 to ...": a time of day followed by a date goes on.
    if (t.w === '.' && next.kind === 'word' && /^[ap]\.m$/.test(tokens[i - 1]?.lw ?? '') && (MONTHS.has(next.lw) || isWeekday(next.lw))) continue;
    const startsSentence = next.kind === 'quote' || next.cap || /^[\p{N}(\[]/u.test(next.w);
    if (!startsSentence) {
      i = j;
      continue;
    }
    out.push({ from, to: j + 1 });
    from = j + 1;
    i = j;
  }
  if (from < tokens.length) out.push({ from, to: tokens.length });
  return out;
}

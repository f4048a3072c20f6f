/**
 * What the three readers of speakers share (names.ts, descriptions.ts, subjects.ts): the `Mention` a reader
 * returns and small token helpers (their word sets live in `lexicon/`).
 */
import type { Token } from './tokens.js';
import { ALIAS_MARKERS, CONTRACTED_BEFORE, FINITE_VERBS, KNOWN_AS_LEADS, NOT_NAME, isTitleAbbreviation } from './lexicon/index.js';

/** A speaker as written at one place of the article, before resolution to a canonical name. */
export interface Mention {
  kind: 'name' | 'org' | 'pronoun' | 'description';
  /** The name without honorifics, the organisation, the pronoun, or the description as written. */
  text: string;
  /** Title kept beside the name ("Mr", "Gen"), for gender and display. */
  honorific?: string;
  role?: string;
  /** Offset of the mention in the article. */
  pos: number;
  /** A document or record, not a person: stays an anonymous source. */
  document?: boolean;
  /**
   * An unnamed source qualified by what it stands near ("a person close to the Brisks", "officials familiar with the
   * talks"): nobody the article names, so it never binds to a person and keeps its whole phrase.
   */
  unnamedSource?: boolean;
  /**
   * Quoted second-hand ("Reuters quoted an official as saying"): the unnamed one is no antecedent for a "he" or "she"
   * after, who is mostly the person the article is about.
   */
  secondHand?: boolean;
  /** A possessive sentence opener ("Kirby's claim ..."): a referent for pronouns, not a speaker. */
  possessive?: boolean;
  /** The role opened the sentence before the name ("Computer specialist at the IAEA, Peter Smith, ..."). */
  openingRole?: boolean;
  /** The author of a document that speaks ("his report said", "the book, by X, said"): an "it said" after it is the document's. */
  authored?: boolean;
  /** The first of two people named as one subject ("singer Ann Cole and drummer Tom Hale said"): `firstOfJointSpeakers`. */
  joined?: boolean;
  /**
   * Cited as a source the article relays ("according to Politico", "Right Wing Watch first reported"): marked where the
   * cue is read (cues.ts `citedSource`); a traitless name met only so is no later "he" / "she" (people.ts `citedOnly`).
   */
  cited?: boolean;
}

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** The first token from `a` (before `to`) that starts after the mention `m` ends: where its verb may follow. */
export function tokenAfterMention(tokens: readonly Token[], m: Mention, a: number, to: number): number {
  while (a < to && tokens[a]!.s < m.pos + m.text.length) a++;
  return a;
}

export function wordsOf(tokens: readonly Token[], a: number, b: number): Token[] {
  const out: Token[] = [];
  for (let k = a; k <= b; k++) { const t = tokens[k]; if (isWord(t)) out.push(t); }
  return out;
}

/** Whether a finite verb (`FINITE_VERBS`: "is", "has", "would" ...) stands among the tokens `[a, b)`. */
export function finiteVerbBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (isWord(tokens[j]) && FINITE_VERBS.has(tokens[j]!.lw)) return true;
  return false;
}

export function joinText(text: string, ts: readonly Token[]): string {
  if (ts.length === 0) return '';
  return collapseSpaces(text.slice(ts[0]!.s, ts[ts.length - 1]!.e));
}

/** Whitespace that `collapseSpaces` rewrites: any but a space, or two spaces in a row. */
const UNEVEN_SPACE = /[^\S ]| {2}/;

/**
 * `s` with each run of whitespace as one space. Most names have single spaces only, and then `s` comes back as it
 * is, tested once, not rebuilt by a replace (this runs for every mention read).
 */
function collapseSpaces(s: string): string {
  return UNEVEN_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** The capitalised name of one or two words that ends right before the possessive "'s" at `poss`, with the "'s". */
export function possessorOf(tokens: readonly Token[], poss: number): Token[] {
  if (tokens[poss]?.w !== "'s") return [];
  let a = poss;
  while (a - 1 >= 0 && poss - a < 2 && isWord(tokens[a - 1]) && tokens[a - 1]!.cap && !NOT_NAME.has(tokens[a - 1]!.lw)) a--;
  return a < poss ? tokens.slice(a, poss + 1) : [];
}

/**
 * The words from `a` open a second name of the one named before ("AKA Night Harbour", "a.k.a. Night Harbour", "also
 * known as Night Harbour", "better known as ..."): an alias, which is no speaker of its own.
 */
export function opensAlias(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a];
  if (!isWord(t)) return false;
  if (ALIAS_MARKERS.has(t.lw)) return true;
  const known = KNOWN_AS_LEADS.has(t.lw) ? a + 1 : a;
  return tokens[known]?.lw === 'known' && tokens[known + 1]?.lw === 'as';
}

/** The comma at `k` is a thousands separator: glued between digits, three after it ("10,000"). */
export function isThousandsSeparator(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return t?.w === ',' && isWord(prev) && isWord(next) && prev.e === t.s && next.s === t.e && /^\d+$/.test(prev.w) && /^\d{3}$/.test(next.w);
}

/** The "'s" at `k` contracts "is" after a capitalised "That"/"What"/"Who"... opening a title ("That's Life host"). */
export function isContractedTitleOpening(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return t?.kind === 'punct' && (t.w === "'s" || t.w === '’s') && isWord(prev) && prev.cap && prev.e === t.s && CONTRACTED_BEFORE.has(prev.lw) && isWord(next) && next.cap;
}

/** Word `i` of `ws` is one part of a number written with a thousands separator ("10" or "000" of "10,000"). */
export function inSeparatedNumber(ws: readonly Token[], i: number): boolean {
  const joined = (x: Token | undefined, y: Token | undefined): boolean => !!x && !!y && /^\d+$/.test(x.w) && /^\d{3}$/.test(y.w) && y.s === x.e + 1;
  return joined(ws[i], ws[i + 1]) || joined(ws[i - 1], ws[i]);
}

/** Word `i` of `ws` is the "That" of a title opening "That's" before a capitalised word ("That's Life host"). */
export function opensContractedTitle(ws: readonly Token[], i: number): boolean {
  const t = ws[i];
  const next = ws[i + 1];
  return !!t && !!next && t.cap && CONTRACTED_BEFORE.has(t.lw) && next.cap && next.s === t.e + 3;
}

/**
 * Token `j` is the full stop of an abbreviated title written right before it and a capitalised word after it ("Sen.
 * Ted Cruz", "Lt. Gov. Dan Patrick", "Mr. Obama"): a stop inside a name's title, not the end of a sentence or phrase.
 * (`afterOnly`: the word after it is not asked, as in "Gov. and Senate candidate ...".)
 */
export function isTitleStop(ts: readonly Token[], j: number, afterOnly = false): boolean {
  const stop = ts[j];
  const title = ts[j - 1];
  const next = ts[j + 1];
  if (stop?.w !== '.' || !isWord(title) || !title.cap || title.e !== stop.s || !isTitleAbbreviation(title.lw)) return false;
  return afterOnly || (isWord(next) && next.cap);
}

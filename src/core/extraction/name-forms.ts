/**
 * The forms of a name the cast reads: title-cased lines that name nobody, acronyms and initials, abbreviated
 * titles, generational suffixes, courtesy titles, the surname key. Moved from people.ts (session 21), unchanged.
 */
import type { Token } from './tokens.js';
import { droppedParticle, OFFICE_TITLES, COURTESY, DEMONYMS, HONORIFICS, PEERAGE } from './lexicon/index.js';

/**
 * A title-cased line: five words of four letters or more at least, and every one of them capitalised ("Post-9/11
 * Rebuilding Isn't The Only Reason Hedge Funds Support Hillary Clinton"), no quotation in it. A headline or a
 * standfirst, whose capitals say nothing about names.
 */
export function isTitleCaseLine(ts: readonly Token[]): boolean {
  // (Run for every paragraph: stops at the first long lower-case word, which already makes it no such line.)
  let long = 0;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (t.kind === 'quote') return false;
    if (t.kind !== 'word' || t.w.length < 4) continue;
    if (!t.cap) return false;
    long++;
  }
  return long >= 5;
}

/** An acronym: two to six capitals (digits and "&" allowed inside), "IMF", "NATO", "AT&T". */
export function isAcronym(w: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&]{1,5}$/u.test(w);
}

/** The initials of a name's capitalised words ("International Monetary Fund" -> "imf"). */
export function initialsOf(words: readonly string[]): string {
  return words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('');
}

/** Abbreviated titles and the word a description uses for them ("Adm." -> "the admiral"). */
export const TITLE_IN_FULL: Readonly<Record<string, string>> = {
  adm: 'admiral', gen: 'general', sen: 'senator', rep: 'representative', gov: 'governor', lt: 'lieutenant',
  col: 'colonel', capt: 'captain', cpt: 'captain', sgt: 'sergeant', cmdr: 'commander', det: 'detective',
  supt: 'superintendent', insp: 'inspector', prof: 'professor', pres: 'president', maj: 'major', brig: 'brigadier',
  dr: 'doctor', rev: 'reverend', amb: 'ambassador', cllr: 'councillor',
};

/** Generational suffixes after a family name ("Harry B. Harris Jr.", "Harry Hurt III"). */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv|v)\.?$/i;

/** The family name of a name's words: the last word that is not a generational suffix. */
export function familyWord(words: readonly string[]): string | undefined {
  let i = words.length - 1;
  while (i > 0 && NAME_SUFFIX.test(words[i]!)) i--;
  return words[i];
}

/** "Mr", "Mrs", "Dr": a courtesy title (not "Sir" or "Dame") that stands before a surname, never a first name. */
/** A title of address as the cast stores it (`Person.titles`): lower case, no closing stop ("Mrs." -> "mrs"). */
export function honorificKey(honorific: string | undefined): string | undefined {
  return honorific?.toLowerCase().replace(/\.$/, '');
}

export function titlesSurname(honorific: string | undefined): boolean {
  const h = honorificKey(honorific);
  return h !== undefined && COURTESY.has(h) && !PEERAGE.has(h);
}

/**
 * A word that opens a name for a reason of its own, never glued to it by the sentence's capital: a title ("President
 * Obama", "Lord Butler") or a demonym (read by `dropDemonyms`).
 */
export function isGluedOpenerExempt(lw: string): boolean {
  return HONORIFICS.has(lw) || OFFICE_TITLES.has(lw) || COURTESY.has(lw) || PEERAGE.has(lw) || DEMONYMS.has(lw);
}

/**
 * Two spellings of one name that differ only by two neighbouring letters swapped ("Keidis" / "Kiedis"), from five
 * letters on: a writer's slip, never two names. Substituted or dropped letters are left alone ("Smyth" / "Smith" are
 * two families).
 */
export function isSwappedSpelling(a: string, b: string): boolean {
  return a.length === b.length && swappedSpellings(a).includes(b);
}

/** Every spelling of `word` with two neighbouring, different letters swapped (none under five letters). */
export function swappedSpellings(word: string): string[] {
  if (word.length < 5) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}

/** Lower-case surname key: "al-Assad" and "Assad" share one. */
export function key(word: string): string {
  const lw = word.toLowerCase();
  return lw.slice(droppedParticle(lw)).replace(/[.’']/g, '');
}

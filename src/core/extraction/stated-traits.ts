/**
 * The gender and age the text states of a person: at the name ("Ned Rook, 34,"), in an honorific or role, in an
 * appositive ("the Birmingham woman"), in a description ("a spokeswoman", "the 34-year-old"), or by the given name.
 * Moved from people.ts (session 21), unchanged.
 */
import type { Token } from './tokens.js';
import { FEMALE_WORDS, FEMALE_PERSON_NOUNS, genderOfGivenName, isGrammaticalArticle, MALE_WORDS, MALE_PERSON_NOUNS, MAN_ROLE_WORDS, PERSON_NOUN_FOLLOWERS } from './lexicon/index.js';
import type { Person } from './person.js';
import { honorificKey } from './name-forms.js';

/** The age stated at a name: "Ned Rook, 34, said" after it, "the 34-year-old Swiss Ned Rook" just before it. */
export function statedAge(text: string, start: number, end: number): number | undefined {
  const after = /^,\s*(\d{1,3}),/.exec(text.slice(end, end + 8));
  const lead = text.slice(Math.max(0, start - 60), start);
  // The regex backtracks at every digit; most names have no age before them, so look for the word first.
  const before = lead.includes('-year-old') ? /\b(\d{1,3})-year-old\s+(?:[\p{L}-]+\s+){0,3}$/u.exec(lead) : null;
  const n = after?.[1] ?? before?.[1];
  return n === undefined ? undefined : Number(n);
}

/** The age a description states ("the 34-year-old" -> 34). */
export function ageOfDescription(desc: string): number | undefined {
  const m = /\b(\d{1,3})-year-old$/i.exec(desc);
  return m ? Number(m[1]) : undefined;
}

/**
 * The gender a description states ("a spokeswoman", "the chairman"), if any. (A "-man" role word counts here, as
 * before session 31: an unnamed "spokesman" is not a later "she"; only a named person's gender takes it as a hint.)
 */
export function genderOfDescription(description: string): 'm' | 'f' | undefined {
  return genderOf(undefined, description) ?? genderHintOfRole(undefined, description);
}

export function genderOf(honorific: string | undefined, role: string | undefined): 'm' | 'f' | undefined {
  const h = honorificKey(honorific);
  if (h && FEMALE_WORDS.has(h)) return 'f';
  if (h && MALE_WORDS.has(h)) return 'm';
  const r = role?.toLowerCase() ?? '';
  if (/\b(spokeswoman|chairwoman|congresswoman|actress|businesswoman|mother|wife|sister|daughter)\b/.test(r)) return 'f';
  if (/\b(actor|father|husband|brother|son)\b/.test(r)) return 'm';
  return undefined;
}

/**
 * The gender a "-man" role word hints ("the chairman", "Congressman Reed"): 'm', but only as a hint, as weak as a
 * given name's (`Person.nameGender`), since newsrooms write "chairman" and "spokesman" of women too (session 31).
 */
export function genderHintOfRole(honorific: string | undefined, role: string | undefined): 'm' | undefined {
  const h = honorificKey(honorific);
  if (h && MAN_ROLE_WORDS.has(h)) return 'm';
  for (const w of (role ?? '').toLowerCase().split(/[^\p{L}]+/u)) if (MAN_ROLE_WORDS.has(w)) return 'm';
  return undefined;
}

/**
 * "Sharron Storer, the Birmingham woman who harangued him": the sex an appositive after the name states by its head
 * noun (a woman, a man, a mother, ...), the noun ending the phrase (punctuation or a clause word after it).
 */
export function genderOfAppositive(ts: readonly Token[], end: number): 'm' | 'f' | undefined {
  if (ts[end]?.w !== ',' || ts[end + 1]?.kind !== 'word' || !isGrammaticalArticle(ts[end + 1]!.lw)) return undefined;
  for (let k = end + 2; k < end + 7 && ts[k]?.kind === 'word'; k++) {
    const w = ts[k]!.lw;
    const f = FEMALE_PERSON_NOUNS.has(w);
    if (!f && !MALE_PERSON_NOUNS.has(w)) continue;
    const next = ts[k + 1];
    if (next && next.kind === 'word' && !PERSON_NOUN_FOLLOWERS.has(next.lw)) return undefined;
    return f ? 'f' : 'm';
  }
  return undefined;
}

/**
 * The gender a person's given name says ("Michelle Ford": she), for a person named in full; never for a body or a
 * one-word name ("Grace" alone may be a family name).
 */
export function givenNameGender(p: Person): 'm' | 'f' | undefined {
  return !p.org && p.words.length >= 2 ? genderOfGivenName(p.words[0]!) : undefined;
}

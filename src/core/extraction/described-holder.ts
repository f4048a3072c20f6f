/**
 * A later description written with the person noun the article introduced someone with (session 38): "Talk show host
 * Ann Vale ... The talk show host said", "World 100m champion Ned Rook ... The world champion says". The noun
 * (`DESCRIBED_PERSON_NOUNS`: host, champion, legend, seed ...) is no office the role lexicon holds, so the office
 * binders (`Cast.resolveDescription`) never read it; the introduction's words (`Person.describedAs`, or a stated role
 * with that head) are what the description repeats.
 */
import { DESCRIBED_PERSON_NOUNS, isAgeWord, POINTING_DETERMINERS, sameRoleHeads } from './lexicon/index.js';
import type { Person } from './person.js';

/** How many words before a full name's first mention are read as what the introduction called the person. */
const INTRODUCTION_WORDS = 8;

/**
 * Whom a definite description with a noun of `DESCRIBED_PERSON_NOUNS` ("the world champion", "the host") may be, by the
 * people the article introduced before `pos` with that noun (`Person.describedAs`, a stated role with that head, or the
 * noun, singular or plural, right before any of their mentions). Of those, the ones the description agrees with (every
 * other word of it is a word of the introduction or of the words written right before the name: "the world champion"
 * of "World and Commonwealth 100m champion NAME"; "the top seed" is no "seventh seed"):
 * - one, introduced alone: that person;
 * - two or more, or one of several introduced together ("hosts NAME and NAME"): 'ambiguous';
 * - none, while somebody was introduced with the noun: 'ambiguous' too ("England tight-head prop NAME ... the
 *   Gloucester prop": a club is no country, yet it is he; "seventh seed NAME ... said the top seed");
 * - nobody introduced with the noun: undefined, as for a description whose head is no such noun or that is not definite.
 * 'ambiguous' means the description is left unnamed rather than bound to whom the text just talked about.
 */
export function describedHolder(text: string, persons: readonly Person[], desc: string, pos: number): Person | 'ambiguous' | undefined {
  const words = desc.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length < 2 || !POINTING_DETERMINERS.has(words[0]!)) return undefined;
  const heads = sameRoleHeads(words[words.length - 1]!);
  if (!heads.some((h) => DESCRIBED_PERSON_NOUNS.has(h))) return undefined;
  const plurals = heads.map((h) => `${h}s`);
  let holder: Person | undefined;
  let ambiguous = false;
  let introduced = false;
  for (const p of persons) {
    if (p.org || p.group || p.unnamed || p.words.length < 2) continue;
    // Every mention before the description, not only the first: "NAME won ... Seventh seed NAME said" introduces by the noun too.
    const befores = p.named.filter((at) => at < pos).map((at) => wordsBefore(text, at));
    if (befores.length === 0) continue;
    const withNoun = befores.filter((b) => heads.includes(b.at(-1) ?? '') || plurals.includes(b.at(-1) ?? ''));
    const stated = [p.describedAs, ...p.roles].map((r) => r?.toLowerCase().split(/[\s,']+/)).find((ws) => ws !== undefined && ws.some((w) => heads.includes(w)));
    if (!stated && withNoun.length === 0) continue;
    introduced = true;
    const known = new Set([...(stated ?? []), ...befores[0]!, ...withNoun.flat()]);
    const agrees = words.slice(1, -1).every((w) => known.has(w) || (isAgeWord(w) && (p.age === undefined || w === `${p.age}-year-old`)));
    if (!agrees) continue;
    if (holder || withNoun.some((b) => plurals.includes(b.at(-1)!))) ambiguous = true;
    holder = p;
  }
  if (ambiguous || (introduced && !holder)) return 'ambiguous';
  return holder;
}

/** The lower-case words of the same sentence right before `at`, at most `INTRODUCTION_WORDS`. */
function wordsBefore(text: string, at: number): string[] {
  const before = text.slice(Math.max(0, at - 120), at);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  return sentence.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w !== '').slice(-INTRODUCTION_WORDS);
}

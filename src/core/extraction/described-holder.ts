/**
 * A later description written with the person noun the article introduced someone with (session 38): "Talk show host
 * Ann Vale ... The talk show host said", "World 100m champion Ned Rook ... The world champion says". The noun
 * (`DESCRIBED_PERSON_NOUNS`: host, champion, legend, seed ...) is no office the role lexicon holds, so the office
 * binders (`Cast.resolveDescription`) never read it; the introduction's words (`Person.describedAs`, or a stated role
 * with that head) are what the description repeats.
 */
import { DESCRIBED_PERSON_NOUNS, isAgeWord, sameRoleHeads } from './lexicon/index.js';
import type { Person } from './person.js';

/** Words of a description that only point back ("the", "this") and say nothing of whom. */
const POINTING_WORDS = new Set(['the', 'this', 'that']);

/** How many words before a full name's first mention are read as what the introduction called the person. */
const INTRODUCTION_WORDS = 8;

/**
 * The one person of `persons` introduced before `pos` with the description's head noun (`Person.describedAs`, or a
 * stated role with that head), when every other word of the description is a word of that introduction or of the
 * words written right before the person's first full name ("the world champion" of "World and Commonwealth 100m
 * champion NAME"; "the top seed" is no "seventh seed", "the TV host" no "talk show host"). Undefined when two people
 * were introduced with that noun (either may be meant), when the description is not definite, or when its head is no
 * noun of `DESCRIBED_PERSON_NOUNS` (or one of the same role: "the presenter" of a "host").
 */
export function soleDescribedHolder(text: string, persons: readonly Person[], desc: string, pos: number): Person | undefined {
  const words = desc.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length < 2 || !POINTING_WORDS.has(words[0]!)) return undefined;
  const heads = sameRoleHeads(words[words.length - 1]!);
  if (!heads.some((h) => DESCRIBED_PERSON_NOUNS.has(h))) return undefined;
  const introducedWith = (p: Person): string[] | undefined =>
    [p.describedAs, ...p.roles].map((r) => r?.toLowerCase().split(/[\s,']+/)).find((ws) => ws !== undefined && ws.some((w) => heads.includes(w)));
  let holder: Person | undefined;
  let intro: string[] | undefined;
  for (const p of persons) {
    if (p.org || p.group || p.unnamed || p.words.length < 2 || (p.named[0] ?? Infinity) >= pos) continue;
    const ws = introducedWith(p);
    if (!ws) continue;
    if (holder) return undefined;
    holder = p;
    intro = ws;
  }
  if (!holder || !intro) return undefined;
  const stated = new Set([...intro, ...wordsBefore(text, holder.named[0]!)]);
  const age = holder.age;
  const agrees = words.slice(1, -1).every((w) => stated.has(w) || (isAgeWord(w) && (age === undefined || w === `${age}-year-old`)));
  return agrees ? holder : undefined;
}

/** The lower-case words of the same sentence right before `at`, at most `INTRODUCTION_WORDS`. */
function wordsBefore(text: string, at: number): string[] {
  const before = text.slice(Math.max(0, at - 120), at);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  return sentence.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w !== '').slice(-INTRODUCTION_WORDS);
}

/**
 * A person or organisation of the cast (`Person`), and lookups on where the article names one: full-name mentions
 * (sorted offsets), prominence, the nearest named candidate. Moved from people.ts (session 21), unchanged.
 */
import { isEventOrVenueName, isRole, sameRoleHeads } from './lexicon/index.js';
import { partitionPoint } from '../text/sorted.js';

/** A candidate for a pronoun, with its feature values (kept for the fitting script). */
export interface PronounCandidate {
  person: Person;
  x: Record<string, number>;
  /** Barred because the quote the pronoun's cue attributes names this person (people.ts `namedInOwnWords`). */
  namedInQuote?: boolean;
}

/** A person or organisation named in the article. */
export interface Person {
  name: string;
  words: string[];
  surname: string;
  first: string;
  roles: string[];
  /**
   * A description written right before the name with a person noun the role lexicon does not hold ("syndicated radio
   * host", "Wimbledon champion"), where no quote's cue reads it: the person's role when no office is stated. Kept apart
   * from `roles`, which the description binders read as "an office the text stated" (session 37).
   */
  describedAs?: string;
  /** Titles seen before the name ("president", "general"), for descriptions such as "the president". */
  titles: string[];
  org: boolean;
  /**
   * Why a name read as a person's is shown as a body (session 32), while the confidence model still reads it as the
   * name it was fitted on: 'it', a one-word name that reports its own words by "it" or "its" ("Acme said it would
   * ...", `Cast.noteSpeaksAsIt`; the description binder too still takes it); 'head', a name ending in a body's head or
   * written before one ("Q Magazine", "PC Pro magazine").
   */
  shownAsBody?: 'it' | 'head';
  /** Unnamed people spoken of together ("critics", "security experts"): "they" may point here. */
  group?: boolean;
  /** A body known only by its kind ("the club", "the company"): it speaks, but as an unnamed source. */
  unnamed?: boolean;
  gender?: 'm' | 'f';
  /**
   * The gender the given name suggests ("Michelle Ford"): weaker than a title, so it never rules a person out as
   * a pronoun's referent; it is a feature of the pronoun model and tells two people of one surname apart.
   */
  nameGender?: 'm' | 'f';
  /**
   * The gender a "-man" role word hints ("UKIP's chairman Petrina Holdsworth", "spokesman Tom Ree"): weaker still
   * (newsrooms write "chairman" of women), so it only agrees with "he" and never clashes with "she" (session 31).
   */
  roleGender?: 'm';
  /** Offsets where the full name appears (sorted). */
  named: number[];
  /**
   * Mentions other than the full name: every surname or title + surname ("Kirby", "Mr Kirby", "President Obama")
   * given to the person, and every description bound to it ("the spokesman"). With `named`, the pronoun model's
   * `prominence` (`mentionCount`).
   */
  otherMentions?: number;
  /** Where the text says the person is from, as `nationalityOf` keys it ("Scottish referee Jo Dallan" -> "scot"). */
  nationality?: string;
  /** The age the text states at the name ("Ned Rook, 34," or "34-year-old Ned Rook"), for "the 34-year-old". */
  age?: number;
  /** Written after "the" where first named ("the Trump Train"): a thing named after someone, not a person's name. */
  thing?: boolean;
  /**
   * Descriptions of someone else the person was introduced as related to ("The actor's friend Budd Schulberg" ->
   * "the actor"): that description never points back to this person.
   */
  relatedTo?: string[];
  /**
   * The body the person is written with by "of" right after the name, where no office is stated ("NAME of the CBI"):
   * whom they speak for (`introductions.ts` `bodyAfterName`), the quote's `organisation`.
   */
  organisation?: string;
  /** State and party stated right after the name ("Marco Rubio (R-Fla.)", "Ted Cruz of Texas"), as `qualifierKeys` keys. */
  qualifiers?: string[];
}

/**
 * Whether a run read as a person may be one: "European Indoor Championships", "Olympic Stadium", "Nottingham Forest"
 * are filed as people when nothing says otherwise, but one with a gender, a role or a title is a person.
 */
export function mayBePerson(p: Person): boolean {
  return p.gender !== undefined || p.roles.length > 0 || p.titles.length > 0 || !isEventOrVenueName(p.words);
}

/** Index of the first element of sorted `xs` greater than `x`. */
export function upperBound(xs: readonly number[], x: number): number {
  return partitionPoint(xs.length, (i) => xs[i]! <= x);
}

/** Index of the first mention at or after `pos`. */
export function lowerBoundPos(xs: readonly { pos: number }[], pos: number): number {
  return partitionPoint(xs.length, (i) => xs[i]!.pos < pos);
}

/** Whether the person's full name appears within `[from, to]`: the last full-name mention at or before `to` (`named` is sorted). */
export function namedWithin(p: Person, from: number, to: number): boolean {
  const at = p.named[upperBound(p.named, to) - 1];
  return at !== undefined && at >= from;
}

/** How often the article mentions the person in any form: full names plus surnames and bound descriptions. */
export function mentionCount(p: Person): number {
  return p.named.length + (p.otherMentions ?? 0);
}

export function insertSorted(xs: number[], x: number): void {
  const i = upperBound(xs, x);
  if (i === xs.length) xs.push(x);
  else xs.splice(i, 0, x);
}

/** The candidate whose full name appears nearest before `pos`, else the first one after (`full`: of two words at least). */
export function nearestNamed(cands: readonly Person[], pos: number, full = false): Person | undefined {
  let best: Person | undefined;
  let bestAt = -1;
  let next: Person | undefined;
  let nextAt = Infinity;
  // The latest candidates only: enough for any real article, bounded for adversarial ones.
  for (let i = cands.length - 1; i >= 0 && i >= cands.length - 50; i--) {
    const c = cands[i]!;
    if (c.org || (full && c.words.length < 2)) continue;
    const u = upperBound(c.named, pos);
    const before = c.named[u - 1];
    const after = c.named[u];
    if (before !== undefined && before > bestAt) { best = c; bestAt = before; }
    if (after !== undefined && after < nextAt) { next = c; nextAt = after; }
  }
  return best ?? next;
}

/**
 * The person's title or a word of a stated role is the description's head role noun, or a head that names the same
 * role ("the England striker" and "England forward", "the presenter" and "host": lexicon `sameRoleHeads`).
 */
export function statesRoleHead(p: Person, head: string, description: string): boolean {
  const heads = roleHeadsFor(p, head, description);
  return heads.some((h) => p.titles.includes(h)) || p.roles.some((r) => r.toLowerCase().split(/[\s,']+/).some((w) => heads.includes(w)));
}

/**
 * The heads a description's head `head` may be stated as for `p`: the same role's other heads (`sameRoleHeads`) only
 * for a person named in full, and only when every capitalised word of the description after its first ("England" of
 * "the England striker") is a word of the person's stated roles: "the Wales striker" is no "England forward". A lone
 * capitalised word with a role is as often the end of a title read as a name ("The 28-year-old host who also
 * presents Stars In Their Eyes said": "Eyes" is no "presenter").
 */
export function roleHeadsFor(p: Person, head: string, description: string): readonly string[] {
  return p.words.length >= 2 && statesNamesOf(p, description) ? sameRoleHeads(head) : [head];
}

/** Every capitalised word of the description after its first ("England" of "the England striker") is a word of a
 * stated role of the person ("England forward"). */
export function statesNamesOf(p: Person, description: string): boolean {
  const stated = new Set(p.roles.flatMap((r) => r.toLowerCase().split(/[\s,']+/)));
  const named = description.split(/\s+/).slice(1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  return named.every((w) => stated.has(w));
}

/**
 * Whether a description of an office may be `p`, of whom the text states no office: no stated role holds an office
 * noun (`isRole`). "Hollywood legend", "Ex-chat show host", "Republican presidential hopeful" (session 36's describing
 * words) say what the person is: a later "The MEP said" may still be that person, as it was before those words were
 * kept, unless the description names what the role does not ("the Wales striker" is no "England forward").
 */
export function mayHoldUnstatedOffice(p: Person, description: string): boolean {
  if (p.roles.length === 0) return true;
  return !p.roles.some((r) => r.toLowerCase().split(/[\s,']+/).some((w) => isRole(w))) && statesNamesOf(p, description);
}

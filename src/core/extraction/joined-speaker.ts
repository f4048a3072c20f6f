/**
 * The speaker of a speech verb whose subject opens a clause joined by "and" right after a preposition's named object:
 * "Milan beat Juventus after a draw at Old Trafford and Ancelotti said: ...". The name run read back from the verb
 * takes in "Old Trafford and Ancelotti" (a run may hold "and": "Procter and Gamble"), and a preposition before a
 * run makes it a place, so the cue had no subject and the quote went to the sentence's subject, the club
 * (session 39, h-attr101). `joinedClauseSubjects` reads the same construction for the sentence's subject.
 */
import { isNameWord, mentionFromRun, type Mention } from './mentions.js';
import { isWord } from './mention-words.js';
import type { Token } from './tokens.js';
import { COMPARING_PREPOSITIONS, CONJUNCTIVE, DETERMINERS, FINITE_VERBS, NAME_JOINING_PREPOSITIONS, OBJECT_VERB_FORMS, PAIRING_WORDS, PREPOSITIONS } from './lexicon/index.js';

/**
 * The name right before the verb at `k`, when "and" stands before it and, before the "and", a capitalised run that is
 * the object of a preposition (not "of"/"for": a body's name runs on through "and"; not a pairing or comparing
 * word: "talks between Blair and Brown"), with a verb of a first clause before that preposition ("Milan beat
 * Juventus", "the side was held", "helped City win"); null otherwise ("police in England and Wales said" has no
 * first clause, so its words stay one place).
 */
export function joinedClauseSpeaker(text: string, tokens: readonly Token[], lo: number, k: number): Mention | null {
  // (Not "and Keegan has stated": an auxiliary between, tried, added a quote that moved other quotes' confidence.)
  const e = k - 1;
  if (e < lo || !isNameWord(tokens[e])) return null;
  let s = e;
  while (s - 1 >= lo && isNameWord(tokens[s - 1])) s--;
  const and = tokens[s - 1];
  if (!isWord(and) || and.cap || and.lw !== 'and') return null;
  let j = s - 2;
  if (!isNameWord(tokens[j])) return null;
  while (j - 1 >= lo && isNameWord(tokens[j - 1])) j--;
  // (Only a determiner between: "at the Old Trafford"; "to ignore the Growth and Opportunity Project report" is an
  // infinitive with its object, and "report" there no verb.)
  let p = j - 1;
  if (isWord(tokens[p]) && DETERMINERS.has(tokens[p]!.lw)) p--;
  const prep = tokens[p];
  if (p < lo || !isWord(prep) || prep.cap || !PREPOSITIONS.has(prep.lw)) return null;
  if (NAME_JOINING_PREPOSITIONS.has(prep.lw) || COMPARING_PREPOSITIONS.has(prep.lw) || PAIRING_WORDS.has(prep.lw) || CONJUNCTIVE.has(prep.lw)) return null;
  if (!firstClauseVerb(tokens, lo, p)) return null;
  const m = mentionFromRun(text, tokens, s, e, s);
  return m && m.kind === 'name' && !m.possessive ? m : null;
}

/** A finite verb, a verb that takes a person or team as its object, or a past form in "-ed" among `[lo, p)`; no pairing word. */
function firstClauseVerb(tokens: readonly Token[], lo: number, p: number): boolean {
  let verb = false;
  for (let i = lo; i < p; i++) {
    const t = tokens[i];
    if (!isWord(t) || t.cap) continue;
    if (PAIRING_WORDS.has(t.lw)) return false;
    if (FINITE_VERBS.has(t.lw) || OBJECT_VERB_FORMS.has(t.lw) || (t.lw.length > 4 && t.lw.endsWith('ed'))) verb = true;
  }
  return verb;
}

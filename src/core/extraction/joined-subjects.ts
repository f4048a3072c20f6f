/**
 * Subjects of clauses joined by "and" / "but" after a sentence's first clause ("Fowler's double strike helped City
 * win at Carrow Road and Keegan sympathised with the losing side", "Hewitt said he wanted a faster court but Tennis
 * Australia's Geoff Pollard rejected his comments"). The sentence's subject (`sentenceSubject`) reads only the first
 * clause, so the person the second clause is about got no turn, and a "he said" right after went to the first
 * clause's subject.
 */
import { isAdverbBeforeVerb, verbRightAfter } from './cues.js';
import { COMPARING_PREPOSITIONS, MAIN_CLAUSE_JOINERS, PAIRING_WORDS, PREPOSITIONS, PRONOUNS, SEEMING_VERBS, SUBJECT_VERB_ADVERBS, VERB_MODIFIERS } from './lexicon/index.js';
import { sentenceSubject, type Mention } from './mentions.js';
import { isWord, tokenAfterMention } from './mention-words.js';
import type { Token } from './tokens.js';

/** How far back a pairing word ("between", "both") still pairs the names around "and". */
const PAIRING_REACH = 6;
/** Lower-case words a name before "and" may follow after its preposition ("of leaders Barcelona and Owen is"). */
const WORDS_AFTER_PREPOSITION = 2;

/** A named subject of a joined clause: the mention, the conjunction's and the verb's token indexes. */
export interface JoinedSubject { mention: Mention; conjunction: number; verb: number }

/**
 * Named subjects (`kind` "name", not possessive) of the clauses that "and" or "but" join after the first clause of
 * the sentence `[from, to)`. The joined clause opens on a capitalised word right after the conjunction (a name, or
 * a possessor before one: "Tennis Australia's Geoff Pollard") and its verb follows the name at once, with no comma
 * between (`verbRightAfter`; "Wayne Rooney and Cristiano Ronaldo, are" is a list and an appositive). Two names joined
 * into one subject or object are not two clauses: the word before the conjunction is no pronoun ("he and Barker
 * were") and no name, unless that name is the object of a preposition ("a win at Carrow Road and Keegan
 * sympathised"; not "believe Labour and Tony Blair are", "such as Factory and Rough Trade proliferated"), and no
 * pairing word stands just before ("talks between Blair and Brown ended").
 */
export function joinedClauseSubjects(text: string, tokens: readonly Token[], from: number, to: number): JoinedSubject[] {
  const found: JoinedSubject[] = [];
  let verbSeen = false;
  for (let j = from; j < to - 2; j++) {
    const t = tokens[j]!;
    if (!isWord(t)) continue;
    if (!MAIN_CLAUSE_JOINERS.has(t.w) || !verbSeen) { if (!t.cap && j > from && !PRONOUNS.has(t.lw)) verbSeen = true; continue; }
    const first = tokens[j + 1];
    if (!isWord(first) || !first.cap || !endsFirstClause(tokens, j, from) || pairedBefore(tokens, j, from)) continue;
    const m = sentenceSubject(text, tokens, j + 1, to);
    if (!m || m.kind !== 'name' || m.possessive) continue;
    const a = tokenAfterMention(tokens, m, j + 1, to);
    if (!verbAtOnce(tokens, a, to)) continue;
    let v = a;
    // (The verb: the first lower-case word after the name that is no adverb before it.)
    while (v < to && !(isWord(tokens[v]) && !tokens[v]!.cap && !isAdverbBeforeVerb(tokens[v]))) v++;
    found.push({ mention: m, conjunction: j, verb: v });
  }
  return found;
}

/**
 * The word before the conjunction at `j` can close a clause: a comma, a lower-case word other than a pronoun, or a
 * capitalised name that is the object of a preposition (perhaps after a lower-case word or two: "of leaders Barcelona").
 */
function endsFirstClause(tokens: readonly Token[], j: number, from: number): boolean {
  const before = tokens[j - 1];
  if (!before || j - 1 < from) return false;
  // (", and": not the last of a list of names, "when Gaiman, McDougal, and Rigney tried".)
  if (before.kind !== 'word') return before.w === ',' && !endsListOfNames(tokens, j - 1, from);
  if (!before.cap) return !PRONOUNS.has(before.lw);
  let k = j - 1;
  while (k > from && isWord(tokens[k]) && tokens[k]!.cap) k--;
  for (let n = 0; n <= WORDS_AFTER_PREPOSITION && k >= from; n++, k--) {
    const w = tokens[k];
    if (!isWord(w) || w.cap) return false;
    if (PREPOSITIONS.has(w.lw)) return !COMPARING_PREPOSITIONS.has(w.lw) && !PAIRING_WORDS.has(w.lw);
  }
  return false;
}

function pairedBefore(tokens: readonly Token[], j: number, from: number): boolean {
  for (let k = j - 1; k >= from && k >= j - PAIRING_REACH; k--) if (isWord(tokens[k]) && PAIRING_WORDS.has(tokens[k]!.lw)) return true;
  return false;
}

/** The comma at `c` closes the second-last item of a list of capitalised names ("Gaiman, McDougal, and"). */
function endsListOfNames(tokens: readonly Token[], c: number, from: number): boolean {
  let k = c - 1;
  if (!isWord(tokens[k]) || !tokens[k]!.cap) return false;
  while (k > from && isWord(tokens[k]) && tokens[k]!.cap) k--;
  return tokens[k]?.w === ',';
}

/**
 * "But it now appears Pearce is keen to wait", "It emerged that Mutu had failed a test": the sentence's subject is
 * an empty "it" before a verb of seeming (lexicon `SEEMING_VERBS`), and the clause after it has a named subject and
 * its verb: that name is whom the sentence is about.
 */
export function subjectAfterEmptyIt(text: string, tokens: readonly Token[], from: number, to: number): Mention | null {
  let k = from;
  if (isWord(tokens[k]) && MAIN_CLAUSE_JOINERS.has(tokens[k]!.lw)) k++;
  if (!isWord(tokens[k]) || tokens[k]!.lw !== 'it') return null;
  k++;
  while (isWord(tokens[k]) && !tokens[k]!.cap && (tokens[k]!.lw.endsWith('ly') || VERB_MODIFIERS.has(tokens[k]!.lw) || SUBJECT_VERB_ADVERBS.has(tokens[k]!.lw))) k++;
  if (!isWord(tokens[k]) || !SEEMING_VERBS.has(tokens[k]!.lw)) return null;
  k++;
  if (tokens[k]?.lw === 'that') k++;
  if (!isWord(tokens[k]) || !tokens[k]!.cap) return null;
  const m = sentenceSubject(text, tokens, k, to);
  if (!m || m.kind !== 'name' || m.possessive || m.pos !== tokens[k]!.s) return null;
  return verbAtOnce(tokens, tokenAfterMention(tokens, m, k, to), to) ? m : null;
}

/** The named subject ending before token `a` has its verb right after, with no comma between (`verbRightAfter`). */
function verbAtOnce(tokens: readonly Token[], a: number, to: number): boolean {
  return tokens[a]?.w !== ',' && verbRightAfter(tokens, a, to);
}

import { PackedTable } from './packed-table.js';
import { stem } from './tokenize.js';
import { WORDNET_BROADER, WORDNET_DERIVED, WORDNET_DERIVED_RARE, WORDNET_SYNONYMS } from './wordnet-synonyms.js';

/**
 * Weight of a WordNet synonym against the question's own word (1). On dev + dev2 + dev-questions 0.3 and 0.5 give
 * the same answers (answer@1 0.776 -> 0.78, wrong speaker 0.029 either way, every "none" question still refused);
 * on held-out paraphrase and topic questions 0.5 and 0.7 give the same answers, 0.35 loses one at 3.
 */
export const SYNONYM_WEIGHT = 0.5;
/** Weight of a derived form ("guilt" for "guilty", "european" for "Europe"): as a synonym's, for the same reason. */
export const DERIVED_WEIGHT = 0.5;
/**
 * Weight of a noun's broader word ("evidence" for "proof", "gun" for "firearm"; session 12): a reporter remembers
 * the story in narrower words than the speaker used. As a synonym's: 0.35 and 0.5 give the same answers on every
 * tuning set, 0.7 answers a "none" question and gives one more wrong speaker.
 */
export const BROADER_WEIGHT = 0.5;
/**
 * A broader word is read only when it is not common: in at most one quote in `BROADER_MAX_SHARE` (or in one quote,
 * in an archive too small for that). Broader words are general by nature ("person" for "saver", "vote" for
 * "election"); without this floor they gave one more wrong speaker (a role question answered through "vote") and
 * lost more than they gained. 150 is an IDF of 5 on the whole corpus; an IDF of 6 (1 in 400) keeps no gain.
 */
export const BROADER_MAX_SHARE = 150;

/** Whether a broader word is rare enough in the archive to read (see `BROADER_MAX_SHARE`). */
export function rareEnough(frequency: number, quotes: number): boolean {
  return frequency <= Math.max(1, quotes / BROADER_MAX_SHARE);
}

/** Which generated table a related word comes from (scripts/build-synonyms.mjs); `broader`: a noun's hypernym. */
export type LexicalRelation = 'synonym' | 'derived' | 'broader';

/** The generated tables; `derivedRare` holds the derived forms of words never sense-tagged, read only as typed. */
type Table = LexicalRelation | 'derivedRare';
const SOURCES: Record<Table, string> = { synonym: WORDNET_SYNONYMS, derived: WORDNET_DERIVED, derivedRare: WORDNET_DERIVED_RARE, broader: WORDNET_BROADER };
const tables = new Map<Table, PackedTable>();

/** One generated table, read in place (no parse: see `PackedTable`). */
function table(relation: Table): PackedTable {
  let t = tables.get(relation);
  if (!t) {
    t = new PackedTable(SOURCES[relation]);
    tables.set(relation, t);
  }
  return t;
}

/** The related words of one entry of a table, or undefined when it has none. */
function entryOf(relation: Table, word: string): string[] | undefined {
  return table(relation).get(word)?.split(',');
}

/**
 * Dictionary forms a typed word may be an inflection of ("lifts" -> "lift", "worrying" -> "worry", "getting" ->
 * "get"), by WordNet's own detachment rules plus a doubled final consonant. Candidates only: the caller keeps
 * those the table knows.
 */
export function baseForms(word: string): string[] {
  const out: string[] = [];
  const rule = (suffix: string, ending: string) => {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + ending);
  };
  rule('ies', 'y');
  rule('ses', 's');
  rule('xes', 'x');
  rule('ches', 'ch');
  rule('shes', 'sh');
  rule('men', 'man');
  rule('es', 'e');
  rule('es', '');
  rule('s', '');
  rule('ied', 'y');
  rule('ed', 'e');
  rule('ed', '');
  rule('ing', 'e');
  rule('ing', '');
  rule('er', '');
  rule('est', '');
  // An adjective's comparative and superlative (WordNet's adjective rules, session 13): "safer", "largest" ->
  // "safe", "large"; "riskier", "easiest" -> "risky", "easy". A paraphrase often compares where the quote states.
  rule('er', 'e');
  rule('est', 'e');
  rule('ier', 'y');
  rule('iest', 'y');
  // "getting", "stopped", "bigger", "hottest": the consonant doubled before the ending.
  for (const suffix of ['ing', 'ed', 'er', 'est']) {
    const base = word.slice(0, -suffix.length);
    if (word.endsWith(suffix) && base.length >= 3 && base.at(-1) === base.at(-2)) out.push(base.slice(0, -1));
  }
  return out;
}

/**
 * Words WordNet relates to a question word, as index terms (its own stem left out): the word's own entry, or
 * when it has none (an inflected form), its dictionary form's. Only the first base form the table knows counts.
 * A rare word's derived forms ("captaincy" - "captain") are read for the word as typed only: through a dictionary
 * form, a rare word would be read inside a common one ("interest" -> "inter" -> "interment").
 */
export function lexicalRelated(word: string, relation: LexicalRelation): string[] {
  let entry = entryOf(relation, word) ?? (relation === 'derived' ? entryOf('derivedRare', word) : undefined);
  if (!entry) {
    for (const base of baseForms(word)) {
      entry = entryOf(relation, base);
      if (entry) break;
    }
  }
  const own = stem(word);
  return [...new Set((entry ?? []).map(stem))].filter((s) => s !== own);
}

/** One-word synonyms of a question word from WordNet's two most frequent senses. */
export function lexicalSynonyms(word: string): string[] {
  return lexicalRelated(word, 'synonym');
}

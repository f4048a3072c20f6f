import type { QueryGroup } from './bm25.js';
import { BROADER_WEIGHT, DERIVED_WEIGHT, SYNONYM_WEIGHT, lexicalRelated, rareEnough } from './lexical.js';
import { expansions } from './synonyms.js';
import { stem } from './tokenize.js';
import type { Vocabulary } from './vocabulary.js';

/** Where a reading of a question word comes from: each was measured on its own (docs/DESIGN.md). */
export type ExpansionSource = 'abbreviation' | 'synonym' | 'derived' | 'broader';

/** One more reading of a question word: index terms that must all appear, and what a match on them is worth. */
export interface Expansion {
  terms: string[];
  /** 1 for an abbreviation (the same thing spelt out); below 1 for a lexical-database relative. */
  weight: number;
  source: ExpansionSource;
}

/**
 * Which sources `expandWord` reads. `scripts/fit-rank.ts --set expansion.<source>=0` (or `=1`) turns one off (or on)
 * to measure what it does (issue 14: keep only the expansions that help both the answer rate and the wrong-speaker
 * rate). Broader words are off (session 21, h-qa44): on visible + the seventeen halves A (1,082 questions with an
 * answer) turning them off gives +1 right at 1 and 2 fewer wrong speakers (26 -> 24) and loses nothing; sessions 18
 * and 20 measured the same direction (fewer wrong speakers, no answer lost on the sets still here).
 */
export const EXPANSION_SOURCES: Record<ExpansionSource, boolean> = { abbreviation: true, synonym: true, derived: true, broader: false };

/**
 * Whether a WordNet synonym is used in more quotes than the question's word itself (`own` > 0: the word is on
 * record), when it is not read. A commoner synonym is most often another sense of it ("drunk" - "go", from a
 * drinking bout's "go"): at half weight it still stands for the rarer word's whole IDF in the coverage floors,
 * so it let a topic-only question pass on an unrelated quote ("fine" + "go" for "fine to get drunk"). A word not
 * on record keeps every synonym: that is the paraphrase the readings are for. Measured in docs/DESIGN.md
 * (session 15, h-qa26): derived forms and broader words are not held to it (derived forms lost as many answers
 * as they gained; broader words have their own floor, `BROADER_MAX_SHARE`).
 */
export function commonerThanWord(synonymQuotes: number, own: number): boolean {
  return own > 0 && synonymQuotes > own;
}

/**
 * Readings of one lower-case question word beyond its own stem: the newsroom abbreviations ("govt", "pm"), always
 * (they are the same words); then WordNet's one-word synonyms of its two most frequent senses, its derived forms
 * ("guilty" - "guilt", "Europe" - "european") and, for a noun, its broader word when that is not common ("proof" -
 * "evidence"), looked up by the word's dictionary form ("lifts" -> "lift") and
 * kept only when some quote on record uses them, each weighted below the question's own words so they reorder
 * and complete a match but never outweigh it.
 */
export function expandWord(word: string, vocab: Vocabulary): Expansion[] {
  const out: Expansion[] = (EXPANSION_SOURCES.abbreviation ? expansions(word) : []).map((terms) => ({ terms, weight: 1, source: 'abbreviation' as const }));
  const seen = new Set(out.filter((e) => e.terms.length === 1).map((e) => e.terms[0]));
  const lexical: [ExpansionSource, string[], number][] = [
    ['synonym', lexicalRelated(word, 'synonym'), SYNONYM_WEIGHT],
    ['derived', lexicalRelated(word, 'derived'), DERIVED_WEIGHT],
  ];
  // A broader word only when it is not a common one (`BROADER_MAX_SHARE`); `vocab.has` is checked below.
  lexical.push(['broader', lexicalRelated(word, 'broader').filter((t) => rareEnough(vocab.frequency(t), vocab.quotes)), BROADER_WEIGHT]);
  // How many quotes hold the word itself: a synonym in more quotes than that is not read (`commonerThanWord`).
  const own = vocab.frequency(stem(word));
  for (const [source, terms, weight] of lexical) {
    if (!EXPANSION_SOURCES[source]) continue;
    for (const term of terms) {
      if (seen.has(term) || !vocab.has(term)) continue;
      if (source === 'synonym' && commonerThanWord(vocab.frequency(term), own)) continue;
      seen.add(term);
      out.push({ terms: [term], weight, source });
    }
  }
  return out;
}

/**
 * The groups with only the readings that weigh as much as the word itself (its stem, abbreviations, a typo
 * repair): what a look-up over the whole index retrieves by. Lexical relatives still score the candidates it
 * finds; retrieving by them too made topic-only questions twice as slow on a 10k archive for no answer gained.
 */
export function fullWeightReadings(groups: QueryGroup[]): QueryGroup[] {
  return groups.map((g) => (g.weights ? { word: g.word, alternatives: g.alternatives.filter((_, k) => (g.weights?.[k] ?? 1) >= 1) } : g));
}

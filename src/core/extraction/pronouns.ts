/**
 * Which person a pronoun speaker ("he said", "she told") points to: every compatible person the article spoke of
 * just before it is a candidate, described by named features (was it the last speaker or subject, how recently
 * was it mentioned in any role, was it just introduced, does its gender agree), and the candidate with the best
 * linear score wins. The weights are fitted by `scripts/fit-pronouns.ts` (a conditional logistic regression over
 * each pronoun's candidates) and shipped in `pronoun-model.ts`; this module holds none.
 */
import { PRONOUN_MODEL } from './pronoun-model.js';

/** What the cast knows about one candidate at the pronoun. */
export interface CandidateFacts {
  /** Rank among compatible people by their last turn as speaker or sentence subject (0 = latest); absent if none. */
  salientRank?: number;
  /** That last turn was as a speaker (not only a sentence's subject). */
  speaker: boolean;
  /** Rank among compatible people by their latest mention of any kind (0 = latest). */
  mentionRank: number;
  /** Characters from the candidate's latest mention to the pronoun. */
  distance: number;
  /** The full name appears in the window before the pronoun (as an object, after a preposition, ...). */
  namedNear: boolean;
  /** ... as the author of a document or of words ("James Comey's statement"). */
  authorNear?: boolean;
  /** The article names this person for the first time within the window (just introduced). */
  introduced: boolean;
  /** The pronoun's gender is the candidate's known gender (from a title or role, else from the given name). */
  genderMatch: boolean;
  /** Only the candidate's given name is of the other gender ("she" and Mark Bell): a clash short of proof. */
  genderClash?: boolean;
  /** Mentions of the candidate in the article: full names, surnames, title + surname, bound descriptions (`Person.named` plus `Person.otherMentions`). */
  named: number;
  /** A one-word name (an organisation or a person never given a first name). */
  single: boolean;
  /**
   * Sentences that start after the candidate's latest turn or mention, up to the pronoun's (0 = the same sentence).
   * Fitted in session 34 but not shipped yet: the model carries no weight for it (docs/EXTRACTION.md, h-attr83).
   */
  sentencesBack?: number;
  /**
   * Every full-name mention of the candidate in the window is a possessor ("which Steve Bruce's side won"), and its
   * last turn, if any, is one of them: a person met only as somebody's owner is seldom the next cue's "he".
   */
  possessorOnly?: boolean;
  /**
   * The quote the pronoun's cue attributes speaks of a third person of the pronoun's gender ('"It's his first year,"
   * he said'): somebody the article just spoke of is likely that third person, not the speaker. Read with the
   * candidate's rank (`quote_pronoun_latest`, `quote_pronoun_turn`).
   */
  quoteSpeaksOfSameGender?: boolean;
  /**
   * The candidate took a turn before the pronoun (speaker or sentence subject) under its own name or a description,
   * not only through earlier pronouns read as it. Without one it is met only as a third party (an object, a possessor,
   * "against NAME"), or as the end of a chain of such reads. Session 39 (h-conf40): computed with no weight in the
   * model (a confidence cap reads it: evidence.ts `noNamedTurn`).
   */
  turnByName?: boolean;
}

/** Named feature values of one candidate. */
export function pronounFeatures(c: CandidateFacts): Record<string, number> {
  return {
    salient: c.salientRank === undefined ? 0 : 1,
    salient_first: c.salientRank === 0 ? 1 : 0,
    salient_rank: c.salientRank === undefined ? 0 : Math.log1p(Math.min(c.salientRank, 20)),
    last_turn_speaker: c.salientRank !== undefined && c.speaker ? 1 : 0,
    mention_first: c.mentionRank === 0 ? 1 : 0,
    mention_rank: Math.log1p(Math.min(c.mentionRank, 20)),
    distance: Math.log1p(Math.min(c.distance, 5000) / 100),
    named_near: c.namedNear ? 1 : 0,
    author_near: c.authorNear ? 1 : 0,
    introduced: c.introduced ? 1 : 0,
    gender_match: c.genderMatch ? 1 : 0,
    gender_clash: c.genderClash ? 1 : 0,
    prominence: Math.log1p(Math.min(c.named, 30)),
    single: c.single ? 1 : 0,
    sentences_back: Math.log1p(Math.min(c.sentencesBack ?? 0, 10)),
    possessor_only: c.possessorOnly ? 1 : 0,
    quote_pronoun_latest: c.quoteSpeaksOfSameGender && c.mentionRank === 0 ? 1 : 0,
    quote_pronoun_turn: c.quoteSpeaksOfSameGender && c.salientRank === 0 ? 1 : 0,
    no_turn_by_name: c.turnByName === false ? 1 : 0,
  };
}

/** Linear score of a feature vector under `weights` (the shipped model by default). */
export function pronounScore(x: Readonly<Record<string, number>>, weights: Readonly<Record<string, number>> = PRONOUN_MODEL): number {
  let z = 0;
  // (for...in rather than Object.entries: the same keys in the same order, so the same sum, without an array of
  // pairs per candidate.)
  for (const k in x) z += (weights[k] ?? 0) * x[k]!;
  return z;
}

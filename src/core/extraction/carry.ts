/**
 * Whose words a quote with no cue of its own is (issue 13 item 5): the reader offers the speakers its rules allow
 * (the subject of the sentence before, the speaker of the cue of the sentence before, the quote before, the quote
 * after, the speaker carried from the paragraph before), each under its rule's own condition; one person offered by
 * several rules is one candidate. The candidate with the best linear score wins, ties to the rule read first. The
 * weights are fitted by `scripts/fit-carry.ts` (a conditional logistic regression over each quote's candidates,
 * grouped-by-article cross-validation) and shipped in `carry-model.ts`; this module holds none.
 */
import { CARRY_MODEL } from './carry-model.js';

/** The rules that offer a speaker, in the order the reader reads them. */
export const GATED_SOURCES = ['about', 'cue_before', 'prev', 'next', 'carried', 'cue_before_alone', 'next_adjacent'] as const;
/**
 * The same places without their rule's condition, and the speakers last heard in the article: offered beside the
 * rules' own offers when those offer anybody, so the model can prefer a speaker a rule's condition left out.
 */
export const OPEN_SOURCES = ['any_about', 'any_cue_before', 'any_prev', 'any_next', 'any_carried', 'any_speaker'] as const;
export const CARRY_SOURCES = [...GATED_SOURCES, ...OPEN_SOURCES] as const;
export type CarrySource = (typeof CARRY_SOURCES)[number];

/** What the reader knows about one offer. */
export interface CarryOffer {
  source: CarrySource;
  /** The quote before is in the same sentence ("prev"). */
  sameSentence?: boolean;
  /** The quote offering it was attributed by its own cue (cue-after, cue-before, colon). */
  strong?: boolean;
  /** The carried speaker's paragraph ended with a quote of theirs ("carried"). */
  quoteEnded?: boolean;
  /** "any_speaker": 0 for the speaker heard last, 1 for the one before. */
  rank?: number;
}

/** Facts of one candidate (one speaker) beside its offers. */
export interface CarryFacts {
  /** A description not bound to a person ("a spokesman"). */
  description: boolean;
  org: boolean;
  /** Mentions of the entity in the article (`Person.mentions`); 0 for a description. */
  mentions: number;
  /** Characters between the mention that named the speaker and the quote. */
  distance: number;
}

/** Named feature values of one candidate from its offers and facts. */
export function carryFeatures(offers: readonly CarryOffer[], c: CarryFacts): Record<string, number> {
  const x: Record<string, number> = {};
  for (const o of offers) {
    x[`src_${o.source}`] = 1;
    if (o.source === 'prev' && o.sameSentence) x.prev_same_sentence = 1;
    if ((o.source === 'prev' || o.source === 'next' || o.source === 'next_adjacent') && o.strong) x[`${o.source === 'prev' ? 'prev' : 'next'}_strong`] = 1;
    if (o.source === 'carried' && o.quoteEnded) x.carried_quote_ended = 1;
  }
  x.sources = new Set(offers.map((o) => o.source)).size - 1;
  x.open_only = offers.every((o) => o.source.startsWith('any_')) ? 1 : 0;
  for (const o of offers) if (o.source === 'any_speaker' && o.rank !== undefined) x[`any_speaker_${Math.min(o.rank, 1)}`] = 1;
  x.description = c.description ? 1 : 0;
  x.org = c.org ? 1 : 0;
  x.prominence = Math.log1p(Math.min(c.mentions, 30));
  x.distance = Math.log1p(Math.min(c.distance, 5000) / 100);
  return x;
}

/** Linear score of a feature vector under `weights` (the shipped model by default). */
export function carryScore(x: Readonly<Record<string, number>>, weights: Readonly<Record<string, number>> = CARRY_MODEL): number {
  let z = 0;
  for (const k in x) z += (weights[k] ?? 0) * x[k]!;
  return z;
}

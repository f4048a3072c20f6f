import { countToken, groupTerms, scoreCandidate, wantedCounts, type Field, type QueryGroup } from '../search/bm25.js';
import type { Vocabulary } from '../search/vocabulary.js';
import type { RankRow, StoredQuote } from '../store/port.js';

/** A candidate quote with its relevance and how much of the question it answers. */
export interface Ranked<Q extends RankRow = StoredQuote> {
  /** The quote ranked: a full stored quote, or only its rank row until it is shown. */
  quote: Q;
  score: number;
  /** 0..1 IDF-weighted share of the question's topic found (quote text fully, its paragraph half, around it less). */
  coverage: number;
  /** 0..1 share of topic words found anywhere (quote or paragraph). */
  coord: number;
  /**
   * 0..1 IDF-weighted share of the topic found in the quote's own words or its sentence (not merely elsewhere in
   * the article): what "X spoke about Y" needs. An article about Catwoman quoting Parsons on profits does not
   * make the profits quote one about Catwoman.
   */
  ownCoverage: number;
  matched: string[];
}

/**
 * Direct quotes are the exact words a reporter asks for; a reported-speech line often repeats the question's
 * words because it is the writer's summary of them. 2.0 rather than 1.3 on dev + dev2 + dev-questions: answer@1
 * 0.805 -> 0.824 with the same wrong-speaker rate (1.6: 0.815, 2.5: 0.824); generated 10k archive 0.947 -> 0.944.
 */
const DIRECT_BONUS = 2.0;
/** A match this strong is in the quote or its sentence (see the field strengths below), not only nearby. */
const OWN_STRENGTH = 0.5;
/** Question words that stand next to each other in the quote too ("intel sharing" -> "intelligence sharing"). */
const PHRASE_BONUS = 0.3;
/**
 * Share of a candidate's score that rides on how sure its attribution is (the extractor's confidence is
 * calibrated): among quotes about equally relevant, the one surely said by that speaker comes first, so "the
 * chancellor on the budget" no longer leads with a 0.27-confidence attribution over a 0.96 one. A wrong
 * attribution is the worst failure. 0.5 as in the topicless order; 0.5 and 1 give the same dev + dev2 +
 * dev-questions figures (answer@1 0.849, wrong speaker 0.02), so it reorders only near-ties.
 */
const CONFIDENCE_SHARE = 0.5;

/**
 * Ranks candidates for a topic: BM25F (global IDF) over the quote, its paragraph and the text around it (in that
 * order of weight), times coordination squared (a quote
 * answering every topic word beats one that repeats a single word), an in-order phrase bonus, a small bonus
 * for direct quotes, the speaker-match weight and how sure the attribution is. Pure; order is deterministic.
 */
export function rankCandidates<Q extends RankRow>(candidates: Q[], groups: QueryGroup[], vocab: Vocabulary, speakerWeight: (id: string | null) => number): Ranked<Q>[] {
  const maxIdf = Math.log(1 + (vocab.quotes + 0.5) / 0.5);
  const weights = groups.map((g) => {
    // A synonym (weight below 1) never makes a question word weigh more than its own readings do.
    const own = g.alternatives.filter((_, k) => (g.weights?.[k] ?? 1) >= 1);
    const known = own.filter((alt) => alt.every((t) => vocab.has(t)));
    return known.length ? Math.max(...known.map((alt) => Math.min(...alt.map((t) => vocab.idf(t))))) : maxIdf;
  });
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const wanted = groupTerms(groups);
  const out: Ranked<Q>[] = [];
  for (const q of candidates) {
    const sw = speakerWeight(q.speakerId);
    if (sw <= 0) continue;
    const kind = q.kind === 'direct' ? DIRECT_BONUS : 1;
    if (groups.length === 0) {
      out.push({ quote: q, score: sw * kind * sureness(q.confidence), coverage: 1, coord: 1, ownCoverage: 1, matched: [] });
      continue;
    }
    // Only the question's terms are counted: splitting every field of hundreds of candidates dominated the time.
    const text = wantedCounts(q.terms, wanted);
    const ctx = wantedCounts(q.contextTerms, wanted);
    const near = wantedCounts(q.nearTerms, wanted);
    const fields: Field[] = [
      { counts: text.counts, length: text.length, weight: 1, strength: 1, lengthScale: 1 },
      { counts: ctx.counts, length: ctx.length, weight: 0.8, strength: 0.5, lengthScale: 1.5 },
      { counts: near.counts, length: near.length, weight: 0.15, strength: 0.3, lengthScale: 5 },
    ];
    const parts = scoreCandidate(groups, fields, vocab);
    let bm25 = 0;
    let covered = 0;
    let own = 0;
    let hit = 0;
    const matched: string[] = [];
    parts.forEach((p, i) => {
      bm25 += p.score;
      covered += (weights[i] as number) * p.strength;
      if (p.strength >= OWN_STRENGTH) own += weights[i] as number;
      if (p.strength > 0) {
        hit++;
        matched.push((groups[i] as QueryGroup).word);
      }
    });
    if (hit === 0) continue;
    const coord = hit / groups.length;
    // Question words side by side in the quote count most; side by side in the paragraph around it, half.
    const phrase = 1 + PHRASE_BONUS * inOrderPairs(groups, q.terms) + (PHRASE_BONUS / 2) * inOrderPairs(groups, q.contextTerms);
    out.push({ quote: q, score: bm25 * coord * coord * phrase * kind * sw * sureness(q.confidence), coverage: totalWeight ? covered / totalWeight : 0, coord, ownCoverage: totalWeight ? own / totalWeight : 0, matched });
  }
  return out.sort(compareRanked);
}

/** A candidate's weight for the confidence of its attribution: 1 for a sure one, 1 - CONFIDENCE_SHARE for a guess. */
function sureness(confidence: number): number {
  return 1 - CONFIDENCE_SHARE + CONFIDENCE_SHARE * Math.max(0, Math.min(1, confidence));
}

/** Best first; ties by newest, then by id so the order never depends on the store. */
export function compareRanked(a: Ranked<RankRow>, b: Ranked<RankRow>): number {
  return b.score - a.score || (b.quote.sortDate ?? '').localeCompare(a.quote.sortDate ?? '') || a.quote.id.localeCompare(b.quote.id);
}

/** How many adjacent question-word pairs appear adjacent and in order in the quote's (space-separated) terms. */
function inOrderPairs(groups: QueryGroup[], terms: string): number {
  if (groups.length < 2 || !terms) return 0;
  let n = 0;
  for (let i = 0; i + 1 < groups.length; i++) {
    const lefts = (groups[i] as QueryGroup).alternatives.map((a) => a.at(-1)).filter(Boolean);
    const rights = (groups[i + 1] as QueryGroup).alternatives.map((a) => a[0]).filter(Boolean);
    if (lefts.some((l) => rights.some((r) => countToken(terms, `${l} ${r}`) > 0))) n++;
  }
  return n;
}

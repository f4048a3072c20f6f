import type { Vocabulary } from './vocabulary.js';

/** One question word as the ranker sees it: the readings (term lists) any of which may match. */
export interface QueryGroup {
  /** The word as typed (after lower-casing), for explanations. */
  word: string;
  /** Alternatives: each a list of index terms that must all appear (a phrase such as "prime minister"). */
  alternatives: string[][];
  /**
   * Weight of each alternative, parallel to `alternatives` (1 when absent): a lexical-database synonym counts
   * below the question's own word, in score and in how much of the question it answers.
   */
  weights?: number[];
}

/** Every index term any reading of the question's words uses: what a candidate must hold to score at all. */
export function groupTerms(groups: QueryGroup[]): Set<string> {
  return new Set(groups.flatMap((g) => g.alternatives.flat()));
}

/** One field of a candidate: its term counts and length, with how much a match there is worth. */
export interface Field {
  counts: Map<string, number>;
  length: number;
  /** BM25 weight of a match in this field. */
  weight: number;
  /** 0..1: how fully a match here answers the question word (the quote's own words 1, its surroundings less). */
  strength: number;
  /** Typical length of this field relative to a quote, for BM25 length normalisation. */
  lengthScale: number;
}

const K1 = 1.2;
const B = 0.75;

/** Term counts of a space-separated term string. */
export function termCounts(terms: string): Map<string, number> {
  const m = new Map<string, number>();
  if (!terms) return m;
  for (const t of terms.split(' ')) if (t) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** True when `term` occurs in the space-separated `terms` as a whole token starting at `at`. */
function tokenAt(terms: string, term: string, at: number): boolean {
  const end = at + term.length;
  return (at === 0 || terms.charCodeAt(at - 1) === 32) && (end === terms.length || terms.charCodeAt(end) === 32);
}

/** Occurrences of `term` (a token, or several joined by single spaces) in a space-separated term string. */
export function countToken(terms: string, term: string): number {
  if (!term) return 0;
  let n = 0;
  for (let at = terms.indexOf(term); at >= 0; at = terms.indexOf(term, at + 1)) if (tokenAt(terms, term, at)) n++;
  return n;
}

/** Number of tokens of a space-separated term string (as `split(' ').length`, without the array). */
export function tokenCount(terms: string): number {
  if (!terms) return 0;
  let n = 1;
  for (let i = terms.indexOf(' '); i >= 0; i = terms.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * Counts of only the `wanted` terms in a term string, with its length: what `scoreCandidate` reads, without
 * splitting the string or counting every term (the ranker scores hundreds of candidates per question).
 */
export function wantedCounts(terms: string, wanted: Iterable<string>): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  if (terms) {
    for (const t of wanted) {
      const n = countToken(terms, t);
      if (n > 0) counts.set(t, n);
    }
  }
  return { counts, length: tokenCount(terms) };
}

export interface GroupScore {
  score: number;
  /** 0..1 how fully the group matched: the strength of the best field holding every term of an alternative. */
  strength: number;
}

/**
 * BM25F-style score of one candidate for the question's groups, with global IDF from the vocabulary. Returns
 * per-group details so the caller can judge coverage (how much of the question is answered).
 */
export function scoreCandidate(groups: QueryGroup[], fields: Field[], vocab: Vocabulary): GroupScore[] {
  const norms = fields.map((f) => 1 - B + (B * f.length) / (vocab.avgLength * f.lengthScale));
  const out: GroupScore[] = [];
  for (const g of groups) {
    let best: GroupScore = { score: 0, strength: 0 };
    for (const [k, alt] of g.alternatives.entries()) {
      if (alt.length === 0) continue;
      const w = g.weights?.[k] ?? 1;
      let s = 0;
      let strength = 0;
      let anyPresent = 0;
      fields.forEach((f, i) => {
        let all = true;
        for (const term of alt) {
          const tf = f.counts.get(term) ?? 0;
          if (tf === 0) {
            all = false;
            continue;
          }
          s += vocab.idf(term) * f.weight * ((tf * (K1 + 1)) / (tf + K1 * (norms[i] as number)));
        }
        if (all) strength = Math.max(strength, f.strength);
      });
      for (const term of alt) if (fields.some((f) => f.counts.has(term))) anyPresent++;
      // A phrase counts only in proportion to how much of it is there.
      const scored: GroupScore = { score: w * (s / alt.length) * (anyPresent / alt.length), strength: w * (strength || (0.25 * anyPresent) / alt.length) };
      if (scored.score > best.score || (scored.score === best.score && scored.strength > best.strength)) best = scored;
    }
    out.push(best);
  }
  return out;
}

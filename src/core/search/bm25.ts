import type { Vocabulary } from './vocabulary.js';

/** One question word as the ranker sees it: the readings (term lists) any of which may match. */
export interface QueryGroup {
  /** The word as typed (after lower-casing), for explanations. */
  word: string;
  /** Alternatives: each a list of index terms that must all appear (a phrase such as "prime minister"). */
  alternatives: string[][];
}

/** Field weights: the quote's own words count most; its paragraph is supporting evidence. */
const TEXT_WEIGHT = 1;
const CONTEXT_WEIGHT = 0.3;
const K1 = 1.2;
const B = 0.75;

/** Term counts of a space-separated term string. */
export function termCounts(terms: string): Map<string, number> {
  const m = new Map<string, number>();
  if (!terms) return m;
  for (const t of terms.split(' ')) if (t) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export interface GroupScore {
  score: number;
  /** 0..1 how fully the group matched (1: every term of the best alternative in the quote text). */
  strength: number;
  /** True when the best alternative matched in the quote text itself, not only in its paragraph. */
  inText: boolean;
}

/**
 * BM25 score of one candidate for the question's groups, with global IDF from the vocabulary.
 * Returns the per-group details so the caller can judge coverage (how much of the question is answered).
 */
export function scoreCandidate(
  groups: QueryGroup[],
  text: Map<string, number>,
  textLength: number,
  context: Map<string, number>,
  contextLength: number,
  vocab: Vocabulary,
): GroupScore[] {
  const normText = 1 - B + (B * textLength) / vocab.avgLength;
  const normCtx = 1 - B + (B * contextLength) / (vocab.avgLength * 3);
  const out: GroupScore[] = [];
  for (const g of groups) {
    let best: GroupScore = { score: 0, strength: 0, inText: false };
    for (const alt of g.alternatives) {
      if (alt.length === 0) continue;
      let s = 0;
      let presentText = 0;
      let presentAny = 0;
      for (const term of alt) {
        const idf = vocab.idf(term);
        const tf = text.get(term) ?? 0;
        const cf = context.get(term) ?? 0;
        if (tf > 0) presentText++;
        if (tf > 0 || cf > 0) presentAny++;
        s += idf * (TEXT_WEIGHT * ((tf * (K1 + 1)) / (tf + K1 * normText)) + CONTEXT_WEIGHT * ((cf * (K1 + 1)) / (cf + K1 * normCtx)));
      }
      // A phrase counts only in proportion to how much of it is there; the paragraph alone is weaker evidence.
      const strength = presentText === alt.length ? 1 : presentAny === alt.length ? 0.5 : (0.25 * presentAny) / alt.length;
      const scored: GroupScore = { score: (s / alt.length) * (presentAny / alt.length), strength, inText: presentText === alt.length };
      if (scored.score > best.score) best = scored;
    }
    out.push(best);
  }
  return out;
}

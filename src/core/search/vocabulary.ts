import { boundedEditDistance, typoAllowance } from './edit-distance.js';

/**
 * Term statistics of the whole index, held in memory: document frequencies for IDF and the vocabulary that
 * misspelt question words are corrected against. Built from the store's `termStats()`.
 */
export class Vocabulary {
  readonly quotes: number;
  readonly avgLength: number;
  private readonly df: Map<string, number>;
  private byLength: Map<number, string[]> | null = null;

  constructor(stats: { quotes: number; avgLength: number; df: Map<string, number> }) {
    this.quotes = stats.quotes;
    this.avgLength = stats.avgLength || 1;
    this.df = stats.df;
  }

  /** Number of quotes containing the term. */
  frequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  has(term: string): boolean {
    return this.df.has(term);
  }

  /** BM25 inverse document frequency, never negative. */
  idf(term: string): number {
    const n = this.df.get(term) ?? 0;
    return Math.log(1 + (this.quotes - n + 0.5) / (n + 0.5));
  }

  /**
   * The known term closest to an unknown one ("ceasfir" -> "ceasefir"): fewest edits within the typo
   * allowance of its length, then the most frequent. Undefined when nothing is close enough.
   */
  correct(term: string): string | undefined {
    const max = typoAllowance(term.length);
    if (max === 0) return undefined;
    const buckets = this.lengthBuckets();
    let best: string | undefined;
    let bestD = max + 1;
    let bestDf = -1;
    for (let len = term.length - max; len <= term.length + max; len++) {
      for (const cand of buckets.get(len) ?? []) {
        const d = boundedEditDistance(term, cand, Math.min(max, bestD));
        if (d > max) continue;
        const f = this.df.get(cand) ?? 0;
        if (d < bestD || (d === bestD && f > bestDf)) {
          best = cand;
          bestD = d;
          bestDf = f;
        }
      }
    }
    return best;
  }

  private lengthBuckets(): Map<number, string[]> {
    if (!this.byLength) {
      const m = new Map<number, string[]>();
      for (const t of this.df.keys()) {
        if (/\d/.test(t)) continue;
        let b = m.get(t.length);
        if (!b) m.set(t.length, (b = []));
        b.push(t);
      }
      this.byLength = m;
    }
    return this.byLength;
  }
}

import { typoAllowance } from './edit-distance.js';
import { FuzzyLexicon } from './fuzzy-lexicon.js';

/**
 * Term statistics of the whole index, held in memory: document frequencies for IDF and the vocabulary that
 * misspelt question words are corrected against. Built from the store's `termStats()`.
 */
export class Vocabulary {
  readonly quotes: number;
  readonly avgLength: number;
  private readonly df: Map<string, number>;
  private lexicon: FuzzyLexicon | null = null;

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
  /** The index misspellings are looked up in: built on first need, or ahead of time by a warm-up. */
  typoIndex(): FuzzyLexicon {
    this.lexicon ??= new FuzzyLexicon([...this.df.keys()].filter((t) => !/\d/.test(t)));
    return this.lexicon;
  }

  correct(term: string): string | undefined {
    const max = typoAllowance(term.length);
    if (max === 0) return undefined;
    const lexicon = this.typoIndex();
    let best: string | undefined;
    let bestD = max + 1;
    let bestDf = -1;
    for (const { word, distance } of lexicon.within(term, max)) {
      const f = this.df.get(word) ?? 0;
      if (distance < bestD || (distance === bestD && f > bestDf)) {
        best = word;
        bestD = distance;
        bestDf = f;
      }
    }
    return best;
  }
}

import { boundedEditDistance } from './edit-distance.js';

/** Letter pairs of a word, padded so the first and last letters count too ("kirby" -> ^k ki ir rb by y$). */
export function bigrams(s: string): string[] {
  const p = `^${s}$`;
  const out: string[] = [];
  for (let i = 0; i + 1 < p.length; i++) out.push(p.slice(i, i + 2));
  return out;
}

/**
 * Finds the words of a fixed list within a few edits of a query, fast: a bigram inverted index keeps only
 * words sharing enough letter pairs (one edit breaks at most three), then the exact bounded edit distance
 * decides. Scales to the whole index vocabulary.
 */
export class FuzzyLexicon {
  private readonly words: string[];
  private readonly postings = new Map<string, Int32Array>();
  /** Scratch for `within`: shared-bigram count per word, and which words were touched (to reset them). */
  private readonly shared: Uint16Array;
  private readonly touched: Int32Array;

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)];
    const lists = new Map<string, number[]>();
    this.words.forEach((w, i) => {
      for (const g of new Set(bigrams(w))) {
        let l = lists.get(g);
        if (!l) lists.set(g, (l = []));
        l.push(i);
      }
    });
    for (const [g, l] of lists) this.postings.set(g, Int32Array.from(l));
    this.shared = new Uint16Array(this.words.length);
    this.touched = new Int32Array(this.words.length);
  }

  /** Words within `maxEdits` of `query` (never the query itself), closest first, each with its distance. */
  within(query: string, maxEdits: number): { word: string; distance: number }[] {
    if (maxEdits <= 0) return [];
    const grams = [...new Set(bigrams(query))];
    // One edit breaks at most two letter pairs, a transposition three.
    // A word of three letters or more shares at least two pairs with any single substitution, insertion or
    // deletion of it (only a swap of its first two letters falls below): short queries need two, not one, which
    // keeps "cok" from scoring every name that starts with "c".
    const need = Math.max(query.length >= 3 ? 2 : 1, bigrams(query).length - 3 * maxEdits);
    // Counting in a typed array rather than a Map: every question resolves its speaker here, and common letter
    // pairs post thousands of names.
    const shared = this.shared;
    const touched = this.touched;
    let nt = 0;
    for (const g of grams) {
      const list = this.postings.get(g);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const i = list[k] as number;
        if ((shared[i] as number) === 0) touched[nt++] = i;
        shared[i] = (shared[i] as number) + 1;
      }
    }
    const out: { word: string; distance: number }[] = [];
    for (let k = 0; k < nt; k++) {
      const i = touched[k] as number;
      const n = shared[i] as number;
      shared[i] = 0;
      if (n < need) continue;
      const w = this.words[i] as string;
      if (w === query || Math.abs(w.length - query.length) > maxEdits) continue;
      const d = boundedEditDistance(query, w, maxEdits);
      if (d <= maxEdits) out.push({ word: w, distance: d });
    }
    return out.sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  }

  /** The `limit` words sharing the most letter pairs with `query`: a loose shortlist for "did you mean". */
  closest(query: string, limit: number): string[] {
    const shared = new Map<number, number>();
    for (const g of new Set(bigrams(query))) for (const i of this.postings.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    return [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([i]) => this.words[i] as string);
  }
}

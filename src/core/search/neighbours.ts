import { CORPUS_NEIGHBOURS } from './corpus-neighbours.js';

/**
 * Words the news corpus uses in the same company as a question word (distributional neighbours, built by
 * scripts/build-neighbours.ts): "plane" - "jet", "aircraft"; "currency" - "dollar"; "medical" - "doctor". Related in
 * meaning or only in topic ("rise" - "fall"), so they only re-rank quotes that already answer
 * (`RANK_WEIGHTS.meaningBonus`, answers/rank.ts); read as expansions they lost answers (docs/DESIGN.md).
 */
export const NEIGHBOUR_READINGS = {
  /** Least similarity (cosine x 100, as stored) for a neighbour to count: the table keeps 35 and up, at most 5. */
  rerankFloor: 40,
};

/** One neighbour of a term, with its similarity (0-1). */
export interface Neighbour {
  term: string;
  similarity: number;
}

let table: Map<string, { term: string; similarity: number }[]> | null = null;

/** The generated table, parsed on first use. */
function neighbourTable(): Map<string, { term: string; similarity: number }[]> {
  if (!table) {
    table = new Map();
    for (const entry of CORPUS_NEIGHBOURS.split(';')) {
      const at = entry.indexOf(':');
      if (at <= 0) continue;
      table.set(
        entry.slice(0, at),
        entry.slice(at + 1).split(',').map((n) => {
          const [term, sim] = n.split('/');
          return { term: term as string, similarity: Number(sim) };
        }),
      );
    }
  }
  return table;
}

/**
 * The neighbours of an index term (a stem) at or above the similarity floor, most similar first: at most the five
 * the table keeps. Re-ranking reads nothing more from the store, so their number costs no look-up.
 */
export function corpusNeighbours(term: string): Neighbour[] {
  return (neighbourTable().get(term) ?? []).filter((n) => n.similarity >= NEIGHBOUR_READINGS.rerankFloor).map((n) => ({ term: n.term, similarity: n.similarity / 100 }));
}

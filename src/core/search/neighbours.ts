import { CORPUS_NEIGHBOURS } from './corpus-neighbours.js';
import { PackedTable } from './packed-table.js';

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

/** The generated table, read in place (no parse: see `PackedTable`); its entries are sorted by term. */
const table = new PackedTable(CORPUS_NEIGHBOURS);

function neighboursOf(term: string): Neighbour[] {
  const entry = table.get(term);
  if (!entry) return [];
  return entry.split(',').map((n) => {
    const [t, sim] = n.split('/');
    return { term: t as string, similarity: Number(sim) };
  });
}

/**
 * The neighbours of an index term (a stem) at or above the similarity floor, most similar first: at most the five
 * the table keeps. Re-ranking reads nothing more from the store, so their number costs no look-up.
 */
export function corpusNeighbours(term: string): Neighbour[] {
  return neighboursOf(term).filter((n) => n.similarity >= NEIGHBOUR_READINGS.rerankFloor).map((n) => ({ term: n.term, similarity: n.similarity / 100 }));
}

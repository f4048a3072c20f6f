import type { Statements } from './statements.js';

/** Most rows read from one term's posting list: a common word adds little and must not cost much. */
export const POSTING_CAP = 2500;
/** Candidates below this share of the best one's IDF sum are dropped before any row is read. */
export const MIN_SHARE_OF_BEST = 0.2;
const K1 = 1.2;
const B = 0.75;

/** Inverse document frequency as BM25 has it, never negative. */
export function idf(quotes: number, df: number): number {
  return Math.log(1 + (quotes - df + 0.5) / (df + 0.5));
}

/**
 * The first cut of a full-text look-up, without FTS5's `ORDER BY rank` (which scores every quote holding any
 * of the terms: tens of thousands at a million quotes). Each term's posting list is read newest first up to
 * `POSTING_CAP` rows; a quote scores the IDF of every term it holds. When capping cut lists short, FTS5's own
 * intersection of the three rarest still finds the quotes holding every rare word, wherever
 * they are. Returns rowids best first (ties: newest first) and each term's IDF for the re-scoring.
 */
export function candidateRowids(st: Statements, terms: string[], quotes: number): { rowids: number[]; idfs: Map<string, number> } {
  const posting = st.get('SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT ?').pluck();
  const dfOf = st.get('SELECT df FROM terms WHERE term = ?').pluck();
  // Document frequency: the table's (it lags the term log by under a thousand writes), at least what was read.
  const present = terms
    .map((t) => {
      const rows = posting.all(`"${t}"`, POSTING_CAP) as number[];
      return { t, rows, df: Math.max(rows.length, (dfOf.get(t) as number | undefined) ?? 0) };
    })
    .filter((x) => x.rows.length > 0)
    .sort((a, b) => a.df - b.df || (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  const idfs = new Map<string, number>();
  const weights = present.map((x) => idf(Math.max(quotes, x.df), x.df));
  present.forEach((x, i) => idfs.set(x.t, weights[i] as number));
  const score = new Map<number, number>();
  // Which terms a quote has been credited with (bit i: the i-th rarest), so two sources never count one twice.
  const credited = new Map<number, number>();
  const credit = (r: number, i: number) => {
    const bit = i < 30 ? 1 << i : 0;
    const m = credited.get(r) ?? 0;
    if (bit && m & bit) return;
    if (bit) credited.set(r, m | bit);
    score.set(r, (score.get(r) ?? 0) + (weights[i] as number));
  };
  present.forEach((x, i) => {
    for (const r of x.rows) credit(r, i);
  });
  // The three rarest words only: intersecting the common ones costs more than it finds.
  const n = Math.min(present.length, 3);
  if (n >= 2 && present.slice(0, n).some((x) => x.rows.length >= POSTING_CAP)) {
    const match = present.slice(0, n).map((x) => `"${x.t}"`).join(' AND ');
    for (const r of posting.all(match, POSTING_CAP) as number[]) for (let i = 0; i < n; i++) credit(r, i);
  }
  // A quote holding a small share of the best candidate's IDF mass (one common word where others hold every
  // rare one) cannot pass the core's coverage threshold: not worth fetching, nor sorting.
  let best = 0;
  for (const v of score.values()) if (v > best) best = v;
  const floor = MIN_SHARE_OF_BEST * best;
  const kept: { r: number; v: number }[] = [];
  for (const [r, v] of score) if (v >= floor) kept.push({ r, v });
  kept.sort((a, b) => b.v - a.v || b.r - a.r);
  return { rowids: kept.map((k) => k.r), idfs };
}

/** BM25 of a quote's own terms for the looked-up terms, to order the fetched candidates. */
export function bm25(terms: string, idfs: Map<string, number>, avgLength: number): number {
  const list = terms ? terms.split(' ') : [];
  const tf = new Map<string, number>();
  for (const t of list) if (idfs.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
  const norm = 1 - B + (B * list.length) / (avgLength || 1);
  let s = 0;
  for (const [t, n] of tf) s += (idfs.get(t) as number) * ((n * (K1 + 1)) / (n + K1 * norm));
  return s;
}

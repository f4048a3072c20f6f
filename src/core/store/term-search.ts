/*
 * The first cut of a full-text look-up, defined once for every store. The store only answers reads (the
 * steps below, as data); what is read, how candidates are scored and ordered, and when to stop are decided
 * here, so a ranking change is one edit and both stores hand the core the same pool:
 *   1. `postings`: each term's posting lists (own words, `about`), newest first, at most `postingCap` keys each
 *      (a common word adds little and must not cost much), with the index's statistics (quotes, term total, each term's document
 *      frequency). A term's frequency is the store's, and at least the keys read.
 *   2. a quote scores the IDF of every term whose list holds it, added rarest term first; a term held only in
 *      its `about` field (its sentence or lead-in, not its own words) scores at that field's weight;
 *   3. `allOf` (only when one of the `intersectRarest` rarest lists was cut at the cap): the newest keys holding
 *      all of those rarest terms, so a quote holding every rare word is found wherever it is;
 *   4. candidates under `minShareOfBest` of the best score are dropped (one common word where others hold every
 *      rare one cannot pass the core's coverage threshold); the rest are ordered by score (ties: newest);
 *   5. `rows`: candidates are read in chunks, best first, the store keeping those that pass the filter, until
 *      `limit` of them are in hand (at most `maxChunks` chunks);
 *   6. those are ordered by BM25 of their own terms plus what the `about` field scored them (ties: newest) and
 *      cut to `limit`; or, given `heldFirst` terms, by how many of those the row's own terms hold, ties by that
 *      BM25 (a pasted line's look-up: the long quote holding the line is not buried under short ones repeating
 *      its rarest word).
 * Keys are the stores' insertion-ordered row numbers (SQLite rowid, PostgreSQL seq): larger is newer.
 *
 * The search is a generator: it yields each read as a `TermRead` and receives the store's answer. SQLite
 * answers synchronously inside one read transaction; PostgreSQL answers each with one round trip. A new term
 * field (say, paragraph terms at a lower weight) is one entry in `TERM_FIELDS` plus each store's mapping of it.
 */
import type { TermReadOptions } from './port.js';

/** The parameters of the first cut (one place for both stores). */
export const TERM_SEARCH = {
  /** Most keys read from one term's posting list. */
  postingCap: 2500,
  /**
   * Most keys read from one term's `about` list. Lower than the own words' cap: the about field is there for a rare
   * topic word said only around a quote, and reading a common word's long about list cost PostgreSQL 1M about 1.6 ms
   * of p50 on every style (session 9: p50 3.96-4.87 -> 6.1 ms with the full cap).
   */
  aboutCap: 250,
  /** How many of the rarest terms are intersected when a cap cut one of their lists short. */
  intersectRarest: 3,
  /** Candidates below this share of the best one's IDF sum are dropped before any row is read. */
  minShareOfBest: 0.2,
  /** Most chunks of candidates read before giving up on filling the pool. */
  maxChunks: 8,
} as const;

/**
 * The term fields the first cut reads postings of, with the weight of a match there: the quote's own terms, and
 * what its sentence and lead-in say about it in other words (about-terms.ts), at half weight: a quote is found by
 * them but ranks below one saying the words itself. Each store maps a field name to its posting source (SQLite:
 * FTS5 tables `quotes_fts`, `quotes_about_fts`; PostgreSQL: the `postings` and `about_postings` tables).
 */
export const TERM_FIELDS = [
  { field: 'terms', weight: 1 },
  { field: 'about', weight: 0.5 },
] as const;

/** The weight of a match in the `about` field. */
const ABOUT_WEIGHT = TERM_FIELDS[1].weight;

const K1 = 1.2;
const B = 0.75;
const TERM = /^[\p{L}\p{N}_]+$/u;

/** The distinct, well-formed terms of a query (the core's terms are letters, digits and `_`). */
export function cleanTerms(terms: string[]): string[] {
  return [...new Set(terms.filter((t) => TERM.test(t)))];
}

/** Candidates read per chunk for a pool of `limit`. */
export function chunkSize(limit: number): number {
  return Math.min(500, Math.max(50, limit * 2));
}

/** Inverse document frequency as BM25 has it, never negative. */
export function idf(quotes: number, df: number): number {
  return Math.log(1 + (quotes - df + 0.5) / (df + 0.5));
}

/**
 * A row's own terms as a store may count them itself (SQLite holds term ids, and turning every candidate's ids
 * back into words only to count a few of them cost more than the rest of a topic look-up): how many terms the
 * row holds, and how often it holds each looked-up term (absent: not held).
 */
export interface OwnTermCounts {
  length: number;
  counts: Map<string, number>;
}

/** How many of `held` a row's own terms (the words, or a store's counts of them) hold, each counted once. */
export function heldCount(terms: string | OwnTermCounts, held: ReadonlySet<string>): number {
  if (held.size === 0) return 0;
  let n = 0;
  if (typeof terms === 'string') {
    for (const t of new Set(terms ? terms.split(' ') : [])) if (held.has(t)) n++;
  } else {
    for (const [t, c] of terms.counts) if (c > 0 && held.has(t)) n++;
  }
  return n;
}

/** The counts BM25 reads from a quote's own terms (space-separated) for the looked-up terms. */
function ownTermCounts(terms: string, looked: { has(t: string): boolean }): OwnTermCounts {
  const list = terms ? terms.split(' ') : [];
  const counts = new Map<string, number>();
  for (const t of list) if (looked.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { length: list.length, counts };
}

/** BM25 of a quote's own terms (the words, or a store's counts of them) for the looked-up terms, to order the fetched candidates. */
export function bm25(terms: string | OwnTermCounts, idfs: Map<string, number>, avgLength: number): number {
  const own = typeof terms === 'string' ? ownTermCounts(terms, idfs) : terms;
  const norm = 1 - B + (B * own.length) / (avgLength || 1);
  let s = 0;
  for (const [t, n] of own.counts) {
    const w = idfs.get(t);
    if (w !== undefined && n > 0) s += w * ((n * (K1 + 1)) / (n + K1 * norm));
  }
  return s;
}

/** What the search asks the store to read. */
export type TermRead =
  | { read: 'postings'; terms: string[]; cap: number; aboutCap: number }
  | { read: 'allOf'; terms: string[]; cap: number }
  /**
   * `terms`: the terms a store that counts a row's own terms itself must count: the looked-up terms present in the
   * index, and any `heldFirst` terms the pool is ordered by.
   */
  | { read: 'rows'; keys: number[]; terms: string[] };

/** The store's answer to a `postings` read. */
export interface PostingsAnswer {
  quotes: number;
  termTotal: number;
  /** Document frequency per term (absent: unknown or zero). */
  df: Map<string, number>;
  /** Keys per term, newest first, at most `cap` (absent or empty: no posting). */
  lists: Map<string, number[]>;
  /** The same for the `about` field (quotes whose sentence or lead-in holds the term, their own words not). */
  about: Map<string, number[]>;
}

/** One row of a `rows` answer: its key and its own terms (for BM25: the words, or their counts), with whatever the caller reads. */
export interface KeyedRow<R> {
  key: number;
  terms: string | OwnTermCounts;
  row: R;
}

/** The answer to each read: postings, keys (allOf), or rows passing the filter (any order; missing keys left out). */
export type TermAnswer<R> = PostingsAnswer | number[] | KeyedRow<R>[];

/** How the pool is ordered before the cut to `limit` (step 6): the port's `heldFirst`. */
export type PoolOrder = Pick<TermReadOptions, 'heldFirst'>;

/**
 * The search itself: yields reads, receives their answers, returns the pool (rows best first, at most `limit`).
 * `terms` must be `cleanTerms` output and non-empty.
 */
export function* termSearch<R>(terms: string[], limit: number, order: PoolOrder = {}): Generator<TermRead, R[], TermAnswer<R>> {
  const s = TERM_SEARCH;
  const p = (yield { read: 'postings', terms, cap: s.postingCap, aboutCap: s.aboutCap }) as PostingsAnswer;
  const avg = p.quotes ? p.termTotal / p.quotes : 1;
  const present = terms
    .map((t) => {
      const rows = p.lists.get(t) ?? [];
      const about = p.about.get(t) ?? [];
      // A term only ever said around quotes still has its IDF counted as if they held it.
      return { t, rows, about, df: Math.max(rows.length, about.length, p.df.get(t) ?? 0) };
    })
    .filter((x) => x.rows.length > 0 || x.about.length > 0)
    .sort((a, b) => a.df - b.df || (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  if (present.length === 0) return [];
  const weights = present.map((x) => idf(Math.max(p.quotes, x.df), x.df));
  const idfs = new Map<string, number>();
  present.forEach((x, i) => idfs.set(x.t, weights[i] as number));
  const score = new Map<number, number>();
  // Which terms a quote has been credited with (bit i: the i-th rarest), so two sources never count one twice.
  const credited = new Map<number, number>();
  // What a quote scored by its about field alone: added to its own terms' BM25 when the pool is ordered.
  const aboutScore = new Map<number, number>();
  const credit = (r: number, i: number, weight = 1) => {
    const bit = i < 30 ? 1 << i : 0;
    const m = credited.get(r) ?? 0;
    if (bit && m & bit) return;
    if (bit) credited.set(r, m | bit);
    const v = weight * (weights[i] as number);
    score.set(r, (score.get(r) ?? 0) + v);
    if (weight !== 1) aboutScore.set(r, (aboutScore.get(r) ?? 0) + v);
  };
  present.forEach((x, i) => {
    for (const r of x.rows) credit(r, i);
  });
  // The rarest words only: intersecting the common ones costs more than it finds. Own words only (a term
  // said only around quotes has no own postings to intersect).
  const said = present.map((x, i) => ({ x, i })).filter(({ x }) => x.rows.length > 0);
  const n = Math.min(said.length, s.intersectRarest);
  if (n >= 2 && said.slice(0, n).some(({ x }) => x.rows.length >= s.postingCap)) {
    const keys = (yield { read: 'allOf', terms: said.slice(0, n).map(({ x }) => x.t), cap: s.postingCap }) as number[];
    for (const r of keys) for (let k = 0; k < n; k++) credit(r, (said[k] as { i: number }).i);
  }
  // After every own-word credit: a quote saying the word and holding it around too is credited once, in full.
  present.forEach((x, i) => {
    for (const r of x.about) credit(r, i, ABOUT_WEIGHT);
  });
  let best = 0;
  for (const v of score.values()) if (v > best) best = v;
  const floor = s.minShareOfBest * best;
  const kept: { r: number; v: number }[] = [];
  for (const [r, v] of score) if (v >= floor) kept.push({ r, v });
  kept.sort((a, b) => b.v - a.v || b.r - a.r);
  const chunk = chunkSize(limit);
  const looked = present.map((x) => x.t);
  const held = new Set(cleanTerms(order.heldFirst ?? []));
  const counted = held.size ? [...new Set([...looked, ...held])] : looked;
  const counting: { has(t: string): boolean } = held.size ? new Set(counted) : idfs;
  const out: { row: R; h: number; s: number; key: number }[] = [];
  for (let i = 0; i < kept.length && out.length < limit && i < chunk * s.maxChunks; i += chunk) {
    const keys = kept.slice(i, i + chunk).map((k) => k.r);
    const rows = (yield { read: 'rows', keys, terms: counted }) as KeyedRow<R>[];
    for (const r of rows) {
      // A store handing back the words (PostgreSQL) has them split once for both counts.
      const own = typeof r.terms === 'string' ? ownTermCounts(r.terms, counting) : r.terms;
      out.push({ row: r.row, h: heldCount(own, held), s: bm25(own, idfs, avg) + (aboutScore.get(r.key) ?? 0), key: r.key });
    }
  }
  return out.sort((a, b) => b.h - a.h || b.s - a.s || b.key - a.key).slice(0, limit).map((x) => x.row);
}

/** Runs the search with a store's synchronous reader (SQLite, inside its read transaction). */
export function runTermSearchSync<R>(terms: string[], limit: number, answer: (read: TermRead) => TermAnswer<R>, order?: PoolOrder): R[] {
  const search = termSearch<R>(terms, limit, order);
  let step = search.next();
  while (!step.done) step = search.next(answer(step.value));
  return step.value;
}

/** Runs the search with a store's asynchronous reader (PostgreSQL: one round trip per read). */
export async function runTermSearch<R>(terms: string[], limit: number, answer: (read: TermRead) => Promise<TermAnswer<R>>, order?: PoolOrder): Promise<R[]> {
  const search = termSearch<R>(terms, limit, order);
  let step = search.next();
  while (!step.done) step = search.next(await answer(step.value));
  return step.value;
}

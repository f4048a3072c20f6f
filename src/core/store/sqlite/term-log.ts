import type { Statements } from './statements.js';

/**
 * Document frequencies of index terms, kept cheaply under heavy ingest. Updating a `terms` row per distinct
 * term rewrites a hundred scattered B-tree pages per article; instead each write appends one row holding its
 * per-term changes to `term_log`, and every `COMPACT_EVERY` appended rows are folded into `terms` at once.
 * Readers add the (short) log to `terms`, so the figures are always exact.
 */
const COMPACT_EVERY = 1000;

/** Per-term document-frequency changes of some quotes (each quote counts a term once), and term totals. */
export function termDeltas(termStrings: string[], sign: 1 | -1): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  for (const ts of termStrings) {
    const list = ts ? ts.split(' ') : [];
    total += list.length;
    for (const t of new Set(list)) if (t) counts.set(t, (counts.get(t) ?? 0) + sign);
  }
  return { counts, total: sign * total };
}

function encode(counts: Map<string, number>): string {
  let s = '';
  for (const [t, n] of counts) s += `${s ? ' ' : ''}${t} ${n}`;
  return s;
}

function decodeInto(delta: string, into: Map<string, number>): void {
  const parts = delta.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const t = parts[i] as string;
    into.set(t, (into.get(t) ?? 0) + Number(parts[i + 1]));
  }
}

/** Records the term changes of a write (inside its transaction) and compacts the log when it is long. */
export function logTerms(st: Statements, termStrings: string[], sign: 1 | -1): void {
  if (termStrings.length === 0) return;
  const { counts, total } = termDeltas(termStrings, sign);
  st.get("UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'quotes'").run(sign * termStrings.length);
  st.get("UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'term_total'").run(total);
  if (counts.size === 0) return;
  const seq = Number(st.get('INSERT INTO term_log (delta) VALUES (?)').run(encode(counts)).lastInsertRowid);
  // The log's rows are numbered without gaps (appended, and only ever deleted all at once or rolled back from the
  // end), so its length is a difference of keys: count(*) walked every page of the log on every write.
  const first = st.get('SELECT min(seq) FROM term_log').pluck().get() as number;
  if (seq - first + 1 >= COMPACT_EVERY) compactTerms(st);
}

/** Folds the log into `terms` (inside the caller's write transaction). */
export function compactTerms(st: Statements): void {
  const sum = new Map<string, number>();
  for (const [delta] of st.get('SELECT delta FROM term_log').raw().iterate() as Iterable<[string]>) decodeInto(delta, sum);
  const up = st.get('INSERT INTO terms (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df');
  let negative = false;
  for (const [t, n] of sum) {
    if (n === 0) continue;
    if (n < 0) negative = true;
    up.run(t, n);
  }
  if (negative) st.get('DELETE FROM terms WHERE df <= 0').run();
  st.get('DELETE FROM term_log').run();
}

/** Exact document frequencies: `terms` plus the log not yet folded in. */
export function loadTermDf(st: Statements): Map<string, number> {
  const df = new Map<string, number>();
  for (const r of st.get('SELECT term, df FROM terms').raw().iterate() as Iterable<[string, number]>) df.set(r[0], r[1]);
  let touched = false;
  for (const [delta] of st.get('SELECT delta FROM term_log').raw().iterate() as Iterable<[string]>) {
    decodeInto(delta, df);
    touched = true;
  }
  if (touched) for (const [t, n] of df) if (n <= 0) df.delete(t);
  return df;
}

import { spanIn } from './quote-text.js';
import type { Statements } from './statements.js';

/*
 * Term ids for the neighbourhood terms (a quote's sentence terms and the terms of its paragraph, the ones either
 * side and the headline), which are most of what a quote row and the speaker index hold. Each term is stored once
 * in `term_ids`; a quote's lists are strings of one code point per term id (schema 8), about a third of the
 * bytes of the words and still in order with their repeats, so every reader gets back exactly the old string.
 *
 * One code point per id keeps `instr` exact: UTF-8 is self-synchronising and SQLite's instr on text counts
 * characters, so a term's code point is found only where that term is. Ids beyond the single code points (over a
 * million distinct terms) are an escape and two code points; a search for a one-point id may then also meet the
 * second half of an escape (a false candidate the ranker drops, never a missed one).
 *
 * The lists nest: a quote's sentence holds the quote's own terms, and its neighbourhood holds the sentence, in
 * order. Where the inner list is a run of the outer one, the outer stores INNER in its place (a quarter of what the
 * lists held). A look-up for a term in any of the three fields therefore searches them together.
 *
 * Ids are only ever added (never reused while committed). A write that rolled back may have given out ids another
 * process then gives to other terms, so the cache checks the table's highest id before each read and write.
 */

/** The escape before a two-point id. */
const ESCAPE = 0x10ffff;
/** "The inner list goes here": a quote's sentence holds the quote's terms, its neighbourhood holds the sentence. */
const INNER = 0x10fffe;
const SURROGATES = 0x800;
/** Ids 1..SINGLE are one code point each (the surrogate range skipped, ESCAPE and INNER reserved). */
const SINGLE = INNER - 1 - SURROGATES;
const INNER_CODE = String.fromCodePoint(INNER);

function pointOf(k: number): string {
  return String.fromCodePoint(k < 0xd800 ? k : k + SURROGATES);
}

function idOfPoint(cp: number): number {
  return cp < 0xd800 ? cp : cp - SURROGATES;
}

/** The code point(s) of a term id (ids start at 1). */
export function codeOf(id: number): string {
  if (id <= SINGLE) return pointOf(id);
  const r = id - SINGLE - 1;
  return String.fromCodePoint(ESCAPE) + pointOf(Math.floor(r / SINGLE) + 1) + pointOf((r % SINGLE) + 1);
}

/** The ids of an encoded list, in order. */
export function idsOf(code: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < code.length; ) {
    const cp = code.codePointAt(i) as number;
    i += cp > 0xffff ? 2 : 1;
    if (cp === INNER) continue;
    if (cp !== ESCAPE) {
      out.push(idOfPoint(cp));
      continue;
    }
    const hi = code.codePointAt(i) as number;
    i += hi > 0xffff ? 2 : 1;
    const lo = code.codePointAt(i) as number;
    i += lo > 0xffff ? 2 : 1;
    out.push(SINGLE + 1 + (idOfPoint(hi) - 1) * SINGLE + (idOfPoint(lo) - 1));
  }
  return out;
}

/**
 * How many terms a stored list holds (an INNER stand-in not counted, as `decode` without an inner list) and how
 * often it holds each of `wanted` (by id, named by term), without turning the list back into words: the term
 * search's BM25 reads only these, for thousands of candidate rows per topic look-up.
 */
export function countIds(code: string | null, wanted: ReadonlyMap<number, string>): { length: number; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  let length = 0;
  if (!code) return { length, counts };
  for (let i = 0; i < code.length; i++) {
    let cp = code.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = ((cp - 0xd800) << 10) + (code.charCodeAt(++i) - 0xdc00) + 0x10000;
    if (cp === INNER) continue;
    let id: number;
    if (cp !== ESCAPE) id = cp < 0xd800 ? cp : cp - SURROGATES;
    else {
      id = idsOf(code.slice(i - 1, i + 5))[0] as number;
      i += codeOf(id).length - 2;
    }
    length++;
    const t = wanted.get(id);
    if (t !== undefined) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return { length, counts };
}

/**
 * The test that a speaker pool's row holds one of the topic's term codes in its three lists (joined, as they stand
 * in for each other: term-ids.ts). The one-point codes are one GLOB character class, `*[...]*`: one pass over the
 * lists that tests each character against the class, where an `instr` per code scanned them once per code (the
 * filter was nearly all of the read: "Trump" on "saving the country ...", 11 records, 1,361 rows, 15 codes, 7.2 ->
 * 4.8 ms of SQLite CPU). A row holds a one-point code exactly when some character of it is that code, so the rows
 * are the same. Two-point codes (past a million terms) keep their `instr`. In a class `]` is itself only first,
 * `^` anywhere but first and `-` last; no code is NUL (ids start at 1). No codes: no row holds one (`AND 0`, rather
 * than the `AND ()` SQLite would refuse).
 */
export function holdsAnyCode(codes: readonly string[]): { sql: string; args: string[] } {
  if (codes.length === 0) return { sql: 'AND 0', args: [] };
  const single = new Set(codes.filter((c) => [...c].length === 1));
  const apart = [...new Set(codes.filter((c) => [...c].length > 1))];
  let set = (single.has(']') ? ']' : '') + [...single].filter((c) => c !== ']' && c !== '^' && c !== '-').join('');
  // A class of "^" alone (or with "-" only) would read as a negation: that code keeps its instr.
  if (single.has('^') && set) set += '^';
  else if (single.has('^')) apart.push('^');
  if (single.has('-')) set += '-';
  const lists = 'q.terms || q.context_terms || q.near_terms';
  const tests: string[] = [];
  const args: string[] = [];
  if (set) {
    tests.push(`(${lists}) GLOB ?`);
    args.push(`*[${set}]*`);
  }
  for (const c of apart) {
    tests.push(`instr(${lists}, ?) > 0`);
    args.push(c);
  }
  return { sql: `AND (${tests.join(' OR ')})`, args };
}

/** Where the run `inner` starts in `list`, or -1 (an empty run is never stood in for). */
function runAt(list: string[], inner: string[]): number {
  const n = inner.length;
  if (n === 0 || inner[0] === '') return -1;
  outer: for (let i = 0; i + n <= list.length; i++) {
    for (let j = 0; j < n; j++) if (list[i + j] !== inner[j]) continue outer;
    return i;
  }
  return -1;
}

/** The dictionary of one connection: id -> term for decoding, term -> id (filled on first encode) for writing. */
export class TermIds {
  /**
   * Each term after a space, by id, for `decode` (the term alone is `slice(1)`: a reader never needs it, and a second
   * array of the bare terms was 3.5 MB of a million-quote reader's heap).
   */
  private spaced: string[] = [''];
  private ids: Map<string, number> | null = null;

  constructor(private readonly st: Statements) {}

  /** Brings the cache level with the table (at the start of each write; reads catch up when they meet a new id). */
  sync(): void {
    const max = (this.st.get('SELECT max(id) FROM term_ids').pluck().get() as number | null) ?? 0;
    const known = this.spaced.length - 1;
    if (max === known) return;
    if (max < known) {
      // A write of this process rolled back: forget its ids (another process may give them to other terms).
      for (const t of this.spaced.splice(max + 1)) this.ids?.delete(t.slice(1));
      return;
    }
    // One read of the new terms (all of them the first time): `all` is several times faster than iterating.
    for (const [id, term] of this.st.get('SELECT id, term FROM term_ids WHERE id > ? ORDER BY id').raw().all(known) as [number, string][]) {
      this.spaced[id] = ` ${term}`;
      this.ids?.set(term, id);
    }
  }

  /** Forgets everything (after a failed write); the next `sync` reloads. */
  reset(): void {
    this.spaced = [''];
    this.ids = null;
  }

  /**
   * The stored form of a space-separated term list, adding unknown terms (inside the caller's write transaction);
   * where `inner` (the list this one holds: the quote's terms in its sentence's) is a run of it, INNER stands in.
   */
  encode(terms: string, inner = ''): string {
    if (!terms) return '';
    const list = terms.split(' ');
    const at = inner ? runAt(list, inner.split(' ')) : -1;
    if (at < 0) return this.encodeList(list);
    return this.encodeList(list.slice(0, at)) + INNER_CODE + this.encodeList(list.slice(at + inner.split(' ').length));
  }

  private encodeList(list: string[]): string {
    const ids = this.termMap();
    let out = '';
    for (const t of list) {
      if (!t) continue;
      let id = ids.get(t);
      if (id === undefined) {
        id = Number(this.st.get('INSERT INTO term_ids (term) VALUES (?)').run(t).lastInsertRowid);
        this.spaced[id] = ` ${t}`;
        ids.set(t, id);
      }
      out += codeOf(id);
    }
    return out;
  }

  /** The code of a term already in the dictionary (for a look-up), or undefined when no list holds it. */
  codeOfTerm(term: string): string | undefined {
    const id = this.idOfTerm(term);
    return id === undefined ? undefined : codeOf(id);
  }

  /**
   * The id of a term already in the dictionary, or undefined when no list holds it. A writer's map may lack a
   * term another process added since this one last wrote, so a miss is looked up in the table.
   */
  idOfTerm(term: string): number | undefined {
    return this.ids?.get(term) ?? (this.st.get('SELECT id FROM term_ids WHERE term = ?').pluck().get(term) as number | undefined);
  }

  /** Terms by id, for `countIds` (terms no list holds are left out: no row can hold them). */
  idsOfTerms(terms: string[]): Map<number, string> {
    const out = new Map<number, string>();
    for (const t of terms) {
      const id = this.idOfTerm(t);
      if (id !== undefined) out.set(id, t);
    }
    return out;
  }

  /**
   * The space-separated terms of a stored list, with `inner` (decoded) where it stands in (terms added by other
   * processes are read when first met).
   */
  decode(code: string | null, inner = ''): string {
    if (!code) return '';
    // charCodeAt, and each name appended after a space (one rope node a term, flattened once when the ranker
    // first searches the string): codePointAt was twice as slow, and collecting the names to join them 1.5 times
    // (this runs for every term of every candidate row).
    let out = '';
    const spaced = this.spaced;
    for (let i = 0; i < code.length; i++) {
      let cp = code.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff) cp = ((cp - 0xd800) << 10) + (code.charCodeAt(++i) - 0xdc00) + 0x10000;
      if (cp === INNER) {
        if (inner) out += ` ${inner}`;
        continue;
      }
      let id: number;
      if (cp !== ESCAPE) id = cp < 0xd800 ? cp : cp - SURROGATES;
      else {
        id = idsOf(code.slice(i - 1, i + 5))[0] as number;
        i += codeOf(id).length - 2;
      }
      out += spaced[id] ?? this.newTerm(id);
    }
    return out.slice(1);
  }

  /** A term another process added since the cache was filled (after a space): read what is new, once. */
  private newTerm(id: number): string {
    this.sync();
    const t = this.spaced[id];
    if (t === undefined) throw new Error(`term id ${id} is not in term_ids: the index is damaged`);
    return t;
  }

  private termMap(): Map<string, number> {
    if (this.ids) return this.ids;
    const ids = new Map<string, number>();
    this.spaced.forEach((t, id) => id > 0 && ids.set(t.slice(1), id));
    return (this.ids = ids);
  }
}

/**
 * Schema 8: re-encodes every quote's terms and neighbourhood terms and cuts its words from its paragraph where they are a
 * span of it, a chunk of rows at a time (inside the migration's transaction; better-sqlite3 cannot write while a
 * read is still iterating).
 */
export function rewriteStoredQuotes(st: Statements, ids: TermIds): void {
  ids.sync();
  const read = st
    .get(
      `SELECT q.rowid, q.terms, q.context_terms, q.near_terms, q.text, p.text FROM quotes q
       LEFT JOIN paragraphs p ON p.article_id = q.article_id AND p.idx = q.paragraph
       WHERE q.rowid > ? ORDER BY q.rowid LIMIT 2000`,
    )
    .raw();
  const write = st.get('UPDATE quotes SET terms = ?, context_terms = ?, near_terms = ?, text = ?, text_at = ?, text_len = ? WHERE rowid = ?');
  let after = 0;
  for (;;) {
    const rows = read.all(after) as [number, string, string, string, string, string | null][];
    if (rows.length === 0) break;
    for (const [rowid, terms, context, near, text, paragraph] of rows) {
      const span = paragraph === null ? null : spanIn(paragraph, text);
      write.run(ids.encode(terms), ids.encode(context, terms), ids.encode(near, context), span ? '' : text, span?.at ?? null, span?.len ?? null, rowid);
    }
    after = (rows[rows.length - 1] as [number, ...unknown[]])[0];
  }
}

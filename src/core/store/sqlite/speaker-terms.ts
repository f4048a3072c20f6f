import type { QuoteFilter } from '../port.js';
import type { Statements } from './statements.js';
import { holdsEscape, idsOf } from './term-ids.js';

/*
 * A prolific speaker's quotes, held in memory by term (`rankRowsBySpeakers`' first cut for them). The look-up of
 * a speaker's quotes holding a topic term tests every quote of the speaker in SQLite (`instr` of each term's code
 * on the three term lists of each index entry): for a speaker with a thousand quotes and a topic of eighteen
 * readings that scan was most of a question's time (issue 14: "what did Trump say about ..."). Here each held
 * speaker's quotes are kept once as their order key (sort date, rowid), collection, and a posting list per term
 * id of the quotes whose own, sentence or neighbourhood terms hold it, so the look-up is a union of a few posting
 * lists; only the rows kept are read, by rowid.
 *
 * The answer is the SQL scan's exactly: a term's code is found by `instr` in the joined lists only where the term
 * is (one code point per id, see term-ids.ts), the filter and order are the same comparisons on the same values
 * (sort dates and the filter's bounds must be ASCII, where JavaScript's string order is SQLite's BINARY one), and
 * a speaker whose lists hold a two-point id (over a million distinct terms, where `instr` may also meet half of
 * one) is never held. Everything held is dropped when the index's revision changes (this process or another
 * wrote), and speakers are dropped least recently used first past `maxRows` quotes in all.
 */

/** Speakers with at least this many quotes are held; fewer are scanned in SQLite as before (a short index range). */
export const PROLIFIC_QUOTES = 150;
/** Most quotes held over all speakers (about a hundred term ids each: 20-30 MB of heap at most; the whole corpus 3,652). */
export const MAX_HELD_ROWS = 20_000;
/**
 * A speaker is held from this look-up on (within a revision): reading one in costs a few scans of it, so one asked
 * about once (most speakers of a large archive) is scanned, and one asked about again (the story of the day) held.
 */
export const HOLD_FROM_LOOK_UP = 2;

interface HeldSpeaker {
  rowids: number[];
  sortDates: (string | null)[];
  collections: string[];
  /** Term id -> indexes (ascending) of the quotes whose three lists hold it. */
  postings: Map<number, number[]>;
}

/** A quote found for a held speaker: its rowid and order key. */
export interface HeldHit {
  rowid: number;
  sortDate: string | null;
}

const ASCII = /^[\x00-\x7f]*$/;

/** A sort date JavaScript orders as SQLite does (none, or ASCII text). */
export function isAsciiOrNull(d: unknown): boolean {
  return d === null || (typeof d === 'string' && ASCII.test(d));
}

/** `ORDER BY sort_date DESC NULLS LAST, rowid DESC` (ASCII dates: JavaScript's order is SQLite's BINARY one). */
export function compareHits(a: HeldHit, b: HeldHit): number {
  if (a.sortDate === b.sortDate) return b.rowid - a.rowid;
  if (a.sortDate === null) return 1;
  if (b.sortDate === null) return -1;
  return a.sortDate < b.sortDate ? 1 : -1;
}

export class SpeakerTerms {
  private revision: number | undefined;
  /** Quotes per speaker at this revision (whether a speaker is prolific). */
  private readonly counts = new Map<string, number>();
  /** Look-ups per speaker not held yet at this revision. */
  private readonly asked = new Map<string, number>();
  /** Held speakers, least recently used first; undefined: not holdable (a two-point id, non-ASCII dates, too many). */
  private readonly held = new Map<string, HeldSpeaker | undefined>();
  private heldRows = 0;

  constructor(
    private readonly st: Statements,
    private readonly minQuotes = PROLIFIC_QUOTES,
    private readonly maxRows = MAX_HELD_ROWS,
    private readonly holdFrom = HOLD_FROM_LOOK_UP,
  ) {}

  /** Forgets everything when the index changed since the last look-up (call inside the read transaction). */
  sync(revision: number): void {
    if (revision === this.revision) return;
    this.revision = revision;
    this.counts.clear();
    this.asked.clear();
    this.held.clear();
    this.heldRows = 0;
  }

  /**
   * Holds the most quoted speakers (most first, from the speakers' counts) until `maxRows` quotes are held: done
   * before the first question (the store's `warmLookups`), so the story of the day's speakers are not read in by
   * a question. Call inside a read transaction, after `sync`.
   */
  warm(): void {
    const rows = this.st.get('SELECT id, counts FROM speakers').raw(true).all() as [string, string][];
    const total = (counts: string): number => {
      try {
        return Object.values(JSON.parse(counts) as Record<string, number>).reduce((a, b) => a + (Number(b) || 0), 0);
      } catch {
        return 0;
      }
    };
    const prolific = rows.map(([id, counts]) => ({ id, n: total(counts) })).filter((s) => s.n >= this.minQuotes);
    prolific.sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : 1));
    let budget = this.maxRows;
    for (const { id, n } of prolific) {
      if (n > budget) break;
      budget -= n;
      this.asked.set(id, this.holdFrom);
      this.speaker(id);
    }
  }

  /** Whether a filter can be applied in memory with SQLite's answers (ASCII bounds). */
  static canFilter(filter: QuoteFilter): boolean {
    return (filter.from === undefined || ASCII.test(filter.from)) && (filter.to === undefined || ASCII.test(filter.to));
  }

  /**
   * The speaker's quotes holding one of the term ids and passing the filter, in look-up order, at most `limit`; or
   * undefined when the speaker is not held (not prolific, or not holdable): the caller scans in SQLite.
   */
  find(speakerId: string, ids: readonly number[], filter: QuoteFilter, limit: number): HeldHit[] | undefined {
    const h = this.speaker(speakerId);
    if (!h) return undefined;
    const rows = new Set<number>();
    for (const id of ids) for (const i of h.postings.get(id) ?? []) rows.add(i);
    const collections = new Set(filter.collections);
    const out: HeldHit[] = [];
    for (const i of rows) {
      if (!collections.has(h.collections[i] as string)) continue;
      const d = h.sortDates[i] as string | null;
      if (filter.from !== undefined && (d === null || d < filter.from)) continue;
      if (filter.to !== undefined && (d === null || d > filter.to)) continue;
      out.push({ rowid: h.rowids[i] as number, sortDate: d });
    }
    return out.sort(compareHits).slice(0, limit);
  }

  private speaker(id: string): HeldSpeaker | undefined {
    if (this.held.has(id)) {
      const h = this.held.get(id);
      this.held.delete(id);
      this.held.set(id, h);
      return h;
    }
    let n = this.counts.get(id);
    if (n === undefined) {
      n = this.st.get('SELECT count(*) FROM quotes INDEXED BY quotes_speaker_rank WHERE speaker_id = ?').pluck().get(id) as number;
      this.counts.set(id, n);
    }
    if (n < this.minQuotes) return undefined;
    const asked = (this.asked.get(id) ?? 0) + 1;
    // (`warm` sets a speaker's count to hold it at once.)
    this.asked.set(id, asked);
    if (asked < this.holdFrom) return undefined;
    this.asked.delete(id);
    const h = n > this.maxRows ? undefined : this.read(id);
    this.held.set(id, h);
    if (h) {
      this.heldRows += h.rowids.length;
      for (const [other, o] of this.held) {
        if (this.heldRows <= this.maxRows || other === id) break;
        this.held.delete(other);
        this.heldRows -= o?.rowids.length ?? 0;
      }
    }
    return h;
  }

  /** One read of the speaker's index range; undefined when some quote cannot be held (see above). */
  private read(id: string): HeldSpeaker | undefined {
    const rows = this.st
      .get('SELECT q.rowid, q.sort_date, q.collection, q.terms, q.context_terms, q.near_terms FROM quotes q INDEXED BY quotes_speaker_rank WHERE q.speaker_id = ?')
      .raw(true)
      .all(id) as [number, string | null, string, string | null, string | null, string | null][];
    const h: HeldSpeaker = { rowids: [], sortDates: [], collections: [], postings: new Map() };
    for (const [rowid, sortDate, collection, ...lists] of rows) {
      if (!isAsciiOrNull(sortDate) || typeof collection !== 'string') return undefined;
      const i = h.rowids.length;
      h.rowids.push(rowid);
      h.sortDates.push(sortDate);
      h.collections.push(collection);
      for (const code of lists) {
        if (!code) continue;
        if (holdsEscape(code)) return undefined;
        for (const t of idsOf(code)) {
          const list = h.postings.get(t);
          if (!list) h.postings.set(t, [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
      }
    }
    return h;
  }
}

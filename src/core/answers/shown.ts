import { createHash } from 'node:crypto';
import type { IndexCache } from '../engine.js';
import { understand } from '../questions/understand.js';
import type { QuoteStore, StoredQuote, StoredSpeaker } from '../store/port.js';
import { cleanQuestion } from '../questions/clean.js';
import { blankAnswer } from './context.js';
import { compareWords } from './diff.js';
import { toHits } from './hits.js';
import type { Answer } from './model.js';

/**
 * "Share exactly what was shown": an answer's quotes are named by id and a short check of their words, so a
 * share posts those quotes, not whatever the question would find after an ingest. A quote since removed, moved
 * out of the reader's collections or reworded (an article updated in place keeps its quotes' ids when their
 * offsets do not move) is reported as gone, never replaced by another.
 */

/** One quote as an answer showed it. */
export interface ShownQuote {
  id: string;
  /** `shownCheck` of the words shown. */
  check: string;
}

/** What an answer showed: enough to show the same again. */
export interface ShownAnswer {
  /** The question as the answer gives it (`Answer.question`): a "who said" paste gets its comparison again. */
  question: string;
  quotes: ShownQuote[];
  offset: number;
  total: number;
}

/** The same answer again, from the store as it is now. */
export interface Reshown {
  /** The quotes still on record as shown, in the order shown; `not_found` when none is. */
  answer: Answer;
  /** How many of the shown quotes are not (removed, reworded, or not readable by this reader). */
  gone: number;
}

/** Quotes one shown answer may name: a page is at most this long. */
export const MAX_SHOWN = 10;

/** A short check of a quote's words (4 base64url characters: 24 bits, enough to tell a reworded quote). */
export function shownCheck(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 4);
}

/** What an answer showed, for a Share or Copy citation button to carry. */
export function shownOf(answer: Answer): ShownAnswer {
  return {
    question: answer.question,
    quotes: answer.hits.slice(0, MAX_SHOWN).map((h) => ({ id: h.id, check: shownCheck(h.text) })),
    offset: answer.offset,
    total: answer.total,
  };
}

export interface ReshowDeps {
  store: QuoteStore;
  cache: IndexCache;
  now: () => Date;
  uncertainBelow: number;
}

/** Rebuilds the shown answer from the quotes still on record as shown, seen from `collections` only. */
export async function reshow(shown: ShownAnswer, collections: string[], deps: ReshowDeps): Promise<Reshown> {
  const started = performance.now();
  const wanted = shown.quotes.slice(0, MAX_SHOWN);
  const stored = new Map((await deps.store.getQuotes(wanted.map((q) => q.id))).map((q) => [q.id, q]));
  const readable: StoredQuote[] = [];
  for (const w of wanted) {
    const q = stored.get(w.id);
    // Another newsroom's quote is "gone" for this reader: indistinguishable from a removed one, so nothing leaks.
    if (q && collections.includes(q.collection)) readable.push(q);
  }
  const { registry, vocab } = await deps.cache.current(collections);
  const visible = (s: StoredSpeaker) => collections.some((c) => (s.quoteCounts[c] ?? 0) > 0);
  // The question came back through a button: cleaned and cut exactly as an asked one.
  const question = cleanQuestion(shown.question);
  const parsed = understand(question, registry, vocab, visible, deps.now());
  const answer = blankAnswer(question, parsed, Math.max(0, shown.offset));
  // The check is of the words shown: a split quotation's whole (whole-quote.ts), so either half reworded is "gone".
  const checks = new Map(wanted.map((w) => [w.id, w.check]));
  answer.hits = (
    await toHits(
      readable.map((quote) => ({ quote, score: 0, matched: [] })),
      deps.store,
      registry,
      { collections },
      deps.uncertainBelow,
    )
  ).filter((h) => shownCheck(h.text) === checks.get(h.id));
  const kept = answer.hits.map((h) => stored.get(h.id) as StoredQuote);
  answer.total = Math.max(shown.total, shown.offset + kept.length);
  if (answer.hits.length) answer.status = 'found';
  else answer.note = 'The quotes that answer showed are no longer in the index.';
  // The comparison was with the first quote shown: it is shown again only with that quote.
  if (parsed.intent === 'verify' && parsed.quoted && kept[0] && kept[0].id === wanted[0]?.id) answer.verification = compareWords(parsed.quoted, kept[0].text);
  answer.tookMs = Math.round((performance.now() - started) * 1000) / 1000;
  return { answer, gone: wanted.length - kept.length };
}

/** What every platform says of quotes an answer showed that are no longer on record as shown. */
export function goneNote(gone: number, what: 'cited' | 'shared'): string {
  return gone === 1
    ? `One quote that answer showed is no longer in the index as shown (removed or changed since), so it was not ${what}.`
    : `${gone} quotes that answer showed are no longer in the index as shown (removed or changed since), so they were not ${what}.`;
}

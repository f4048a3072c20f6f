import { STOP_WORDS, stem, words } from '../search/tokenize.js';
import type { Vocabulary } from '../search/vocabulary.js';
import type { StoredQuote } from '../store/port.js';

/** Quotes of a speaker read to suggest what they are on record about ("no quote found", help examples). */
export const TOPIC_SAMPLE = 60;
/** Most topics suggested. */
const MAX_TOPICS = 5;
/** Words of every subject, never a topic (stop words are left out already). */
const GENERIC = new Set(
  ('after before again still even ever well back much many every always never already really quite rather ' +
    'today yesterday tomorrow week weeks month months year years time times people going make made take taken ' +
    'think know want need come came told tell give given like look lot lots good great better best sure way ways ' +
    'first last next another others whether because though although since around without within across').split(' '),
);

/**
 * What a speaker is on record about, for "no quote found": the words that recur in their quotes far more
 * often than in the index as a whole (quotes holding the word times the log of that lift), as the words were
 * written ("corridors", not the index term "corridor"). Capitalised words are left out (names, places: the
 * speaker's topics, not their company). `exclude` holds index terms not to suggest (the question's own).
 */
export function speakerTopics(quotes: StoredQuote[], vocab: Vocabulary, exclude: ReadonlySet<string>): string[] {
  const perTerm = new Map<string, { quotes: number; surface: Map<string, number> }>();
  for (const q of quotes) {
    const seen = new Set<string>();
    for (const raw of q.text.match(/[\p{L}][\p{L}'’-]*/gu) ?? []) {
      if (/^\p{Lu}/u.test(raw)) continue;
      const w = words(raw)[0];
      if (!w || w.length < 4 || STOP_WORDS.has(w) || GENERIC.has(w)) continue;
      const t = stem(w);
      if (exclude.has(t) || !vocab.has(t)) continue;
      let e = perTerm.get(t);
      if (!e) perTerm.set(t, (e = { quotes: 0, surface: new Map() }));
      e.surface.set(w, (e.surface.get(w) ?? 0) + 1);
      if (!seen.has(t)) {
        seen.add(t);
        e.quotes++;
      }
    }
  }
  return [...perTerm.entries()]
    // A prolific speaker's topics recur; a speaker with a few quotes is best described by their rarest words.
    .filter(([, e]) => e.quotes >= (quotes.length >= 10 ? 2 : 1))
    .map(([t, e]) => ({ t, e, score: e.quotes * Math.log(e.quotes / quotes.length / (Math.max(1, vocab.frequency(t)) / Math.max(1, vocab.quotes))) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || (a.t < b.t ? -1 : 1))
    .slice(0, MAX_TOPICS)
    .map(({ e }) => [...e.surface.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
}

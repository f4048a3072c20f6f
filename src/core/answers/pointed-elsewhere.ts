import type { QueryGroup } from '../search/bm25.js';
import type { Vocabulary } from '../search/vocabulary.js';
import type { SpeakerRegistry } from '../speakers/registry.js';
import type { RankRow } from '../store/port.js';
import { groupWeights, knownOwnReadings, type Ranked } from './rank.js';

/**
 * A name or role several speakers share ("Hewitt", "the union leader", "the analyst") is settled by the topic: of
 * "what did Hewitt tell Federer after losing to him", the Hewitt whose quotes hold "Federer" is the one meant, not
 * the talk-show host whose quote holds only "losing". A quote that holds one topic word of two or more is no answer
 * when another speaker of the same pool (not another record of the same person) has a quote holding a question
 * word it lacks that is rarer than its own (a higher IDF): the question points at that other speaker, who either
 * answers or, when none of their words pass the floors, leaves "no quote found" with the nearest speakers. Returns a
 * test of a confident row: true when the question points elsewhere.
 */
export function pointedElsewhere(ranked: Ranked<RankRow>[], groups: QueryGroup[], vocab: Vocabulary, registry: SpeakerRegistry): (r: Ranked<RankRow>) => boolean {
  if (groups.length < 2) return () => false;
  const weights = groupWeights(groups, vocab);
  const weightOf = new Map(groups.map((g, i) => [g.word, weights[i] as number]));
  /** For each topic word, the speakers whose candidate quotes hold it. */
  const holders = new Map<string, Set<string>>();
  for (const r of ranked) {
    const id = r.quote.speakerId;
    if (!id) continue;
    for (const w of r.matched) {
      let s = holders.get(w);
      if (!s) holders.set(w, (s = new Set()));
      s.add(id);
    }
  }
  return (r) => {
    const id = r.quote.speakerId;
    if (!id || r.matched.length !== 1) return false;
    const own = weightOf.get(r.matched[0] as string) ?? 0;
    const same = registry.personRecords(id);
    return groups.some((g) => {
      if ((weightOf.get(g.word) ?? 0) <= own || r.matched.includes(g.word)) return false;
      return [...(holders.get(g.word) ?? [])].some((other) => !same.has(other));
    });
  };
}

/**
 * A named speaker's quote that holds one topic word of three or more (the third-of-the-words rule) answers only when
 * that word is the rarest of the question's words the archive knows: "what did Bernie Sanders say about lifting
 * sanctions on Sudan" is not answered by his "would lift the cap" when "sanctions" and "Sudan", rarer and on record
 * elsewhere, are in none of his words. A word the archive never saw (a typo, a name written otherwise) does not
 * count against the quote.
 */
export function missesRarerWord(groups: QueryGroup[], vocab: Vocabulary): (r: Ranked<RankRow>) => boolean {
  if (groups.length < 3) return () => false;
  const weights = groupWeights(groups, vocab);
  const known = groups.map((g) => knownOwnReadings(g, vocab).some((alt) => alt.length > 0));
  const weightOf = new Map(groups.map((g, i) => [g.word, weights[i] as number]));
  return (r) => {
    if (r.matched.length !== 1) return false;
    const own = weightOf.get(r.matched[0] as string) ?? 0;
    return groups.some((g, i) => known[i] && (weights[i] as number) > own && !r.matched.includes(g.word));
  };
}

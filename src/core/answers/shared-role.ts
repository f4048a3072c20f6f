import type { ParsedQuestion } from '../questions/understand.js';
import { stem, words } from '../search/tokenize.js';
import type { Vocabulary } from '../search/vocabulary.js';
import type { RankRow } from '../store/port.js';
import { groupWeights, knownOwnReadings, type Ranked } from './rank.js';
import { AMBIGUOUS_ROLE_SHARE } from './role-note.js';

/** Whether the question's role fits more than one speaker about equally (`roleAmbiguityNote`'s test). */
export function roleFitsSeveral(parsed: ParsedQuestion): boolean {
  const top = parsed.speakers[0];
  if (!top || top.kind !== 'role') return false;
  return parsed.speakers.filter((m) => m.kind === 'role' && m.score >= AMBIGUOUS_ROLE_SHARE * top.score).length >= 2;
}

/**
 * A role several speakers fit about equally is settled by the topic's rarest word (session 23, h-qa51): "what did
 * the prime minister say in the TV debate with Corbyn" is not answered by the prime minister whose quote holds "TV"
 * and "debate" but not "Corbyn", nor "the analyst on the industries GE is in" by the analyst who said "industries".
 * With several holders and nothing else to choose among them, a quote missing the question's rarest word (of the
 * words the archive knows as typed: a typo, a word read only through a repair, or a name no quote says does not
 * count against it) holds the common words by
 * chance as often as it answers. Returns a test of a confident row: true when it misses that word.
 */
export function missesRarestOfShared(parsed: ParsedQuestion, vocab: Vocabulary): (r: Ranked<RankRow>) => boolean {
  const groups = parsed.groups;
  if (groups.length < 2 || !roleFitsSeveral(parsed)) return () => false;
  const weights = groupWeights(groups, vocab);
  // Known as typed: a reading the archive knows only through a repair ("factcheckUK" read as "factcheck") is a guess.
  const known = groups.map((g) => knownOwnReadings(g, vocab).some((alt) => alt.length === 1 && words(g.word).some((w) => alt[0] === w || alt[0] === stem(w))));
  const top = Math.max(...weights.filter((_, i) => known[i]));
  const rarest = groups.filter((_, i) => known[i] && (weights[i] as number) >= top - 1e-9).map((g) => g.word);
  if (rarest.length === 0) return () => false;
  return (r) => !rarest.some((w) => r.matched.includes(w));
}

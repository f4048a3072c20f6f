/**
 * The answerer's ranking of one question over a whole-corpus index and the first floor a ranked quote fails, as the
 * paraphrase censuses read them (`paraphrase-census.ts`, `paraphrase-words-census.ts`). A developer tool.
 */
import { TERM_POOL, rankForSpeakers, retrievalTerms } from '../src/core/answers/candidates.js';
import { MIN_ATTRIBUTION, MIN_OWN_COVERAGE, NAMED_RULES, TOPIC_RULES } from '../src/core/answers/intents/quote.js';
import { rankCandidates, type Ranked } from '../src/core/answers/rank.js';
import type { understand } from '../src/core/questions/understand.js';
import { fullWeightReadings } from '../src/core/search/expansion.js';
import type { RankRow } from '../src/core/store/port.js';
import type { openIndexedCore } from './indexed-core.js';

type Opened = Awaited<ReturnType<typeof openIndexedCore>>;

/** The candidates as the answerer ranks them: the named speakers' pool, or the whole index by the question's words. */
export async function rankQuestion(o: Opened, parsed: ReturnType<typeof understand>, question: string): Promise<Ranked<RankRow>[]> {
  const ctx = { store: o.store, registry: o.registry, vocab: o.vocab, visible: () => true, filter: o.filter, limit: 3, offset: 0, uncertainBelow: 0.6, question, cut: false };
  return parsed.speakers.length
    ? rankForSpeakers(ctx, parsed.speakers, parsed)
    : rankCandidates(await o.store.rankRowsByTerms(retrievalTerms(fullWeightReadings(parsed.groups), o.vocab), o.filter, TERM_POOL), parsed.groups, o.vocab, (id) => (id ? 1 : 0));
}

/** The first of the answerer's floors the quote fails (a copy of its tests, for the censuses only). */
export function failedFloor(r: Ranked<RankRow>, topicOnly: boolean, rarest: string[]): string {
  if (topicOnly && r.quote.kind !== 'direct') return 'a summary, not words said';
  if (r.quote.confidence < MIN_ATTRIBUTION) return 'attribution';
  if (r.coverage < (topicOnly ? TOPIC_RULES.minCoverage : NAMED_RULES.minCoverage)) return 'coverage';
  if (r.ownCoverage < MIN_OWN_COVERAGE) return 'own words';
  if (topicOnly && !rarest.some((w) => r.matched.includes(w))) return 'rarest word';
  return 'later rule';
}

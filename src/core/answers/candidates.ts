import type { ParsedQuestion } from '../questions/understand.js';
import { groupTerms, type QueryGroup } from '../search/bm25.js';
import type { Vocabulary } from '../search/vocabulary.js';
import type { QuoteFilter, QuoteStore, RankRow, StoredQuote } from '../store/port.js';
import type { SpeakerRegistry } from '../speakers/registry.js';
import { toHits } from './hits.js';
import type { QuoteHit } from './model.js';
import type { AskContext } from './context.js';
import { rankCandidates, type Ranked } from './rank.js';

/**
 * Candidate pools and the steps every intent shares to read them: which terms to look up, a speaker's pool
 * ranked on rank rows alone, and full rows read only for the answers shown.
 */

/**
 * Speakers one name may mean whose pools are ranked together, so the topic picks among them ("Wiliams" fits
 * a dozen Williamses; the one who spoke of the topic wins). Each pool is read with the topic-term filter, so
 * the cost grows with the quotes that hold a topic term, not with the speakers' whole output. Holders come most
 * quoted first, so those past the first two dozen add little to read; at 24 the 25th Williams on record, the one
 * who spoke of the topic, was never a candidate.
 */
export const MAX_CANDIDATE_SPEAKERS = 48;
/** Candidate pools per look-up: enough for recall, small enough for milliseconds at a million quotes. */
const SPEAKER_POOL = 3000;
/** 200 rather than 400: the same answers on the dev questions and on generated archives of 10k-1M quotes
 * (topic-only answer@1 0.781 / 0.503 / 0.318 either way), topic-only p50 at 1M 8.7 -> 6.3 ms. */
export const TERM_POOL = 200;
/**
 * Quotes read at most of one article where a check reads "the other quotes of this quote's article"
 * (`QuoteStore.rankRowsOfArticles`): a bound set by how long an article runs, not by the archive (the whole corpus's
 * most quoted file has 143 quotes, its mean under 10).
 */
export const ARTICLE_POOL = 400;

/** A speaker's pool is ranked on rank rows alone; full rows are read only for the answers shown. */
export async function rankForSpeakers(ctx: AskContext, speakers: ParsedQuestion['speakers'], parsed: ParsedQuestion): Promise<Ranked<RankRow>[]> {
  const weights = speakerWeights(speakers);
  // With a topic, only quotes holding one of its terms somewhere can be ranked at all: the store keeps to those.
  const pool = await ctx.store.rankRowsBySpeakers([...weights.keys()], ctx.filter, SPEAKER_POOL, parsed.groups.length ? [...groupTerms(parsed.groups)] : undefined);
  return rankCandidates(pool, parsed.groups, ctx.vocab, (id) => (id ? weights.get(id) ?? 0 : 0), undefined, { askedWhen: parsed.askedWhen });
}

/**
 * Terms for the full-text look-up: the rarest term of each alternative (a phrase is found by its rarest word),
 * dropping very common terms when rarer ones exist, since they only slow the look-up and the ranker
 * re-scores every candidate on all terms anyway.
 */
export function retrievalTerms(groups: QueryGroup[], vocab: Vocabulary): string[] {
  const terms = new Set<string>();
  for (const g of groups) for (const alt of g.alternatives) {
    const known = alt.filter((t) => vocab.has(t));
    if (known.length) terms.add(known.reduce((a, b) => (vocab.frequency(a) <= vocab.frequency(b) ? a : b)));
  }
  const sorted = [...terms].sort((a, b) => vocab.frequency(a) - vocab.frequency(b));
  const common = Math.max(50, vocab.quotes * 0.02);
  return sorted.filter((t, i) => i < 3 || vocab.frequency(t) <= common);
}

/** The speakers whose pools `rankForSpeakers` reads for these matches. */
export function candidateSpeakerIds(speakers: ParsedQuestion['speakers']): Set<string> {
  return new Set(speakerWeights(speakers).keys());
}

/**
 * Weight per candidate speaker: the best match dominates; a surname shared by several speakers keeps them all
 * (the best ranks first, the others are named as alternatives).
 */
function speakerWeights(speakers: ParsedQuestion['speakers']): Map<string, number> {
  const best = speakers[0]?.score ?? 0;
  const m = new Map<string, number>();
  for (const s of speakers.slice(0, MAX_CANDIDATE_SPEAKERS)) if (s.score >= best - 0.1) m.set(s.speaker.id, s.score / best);
  return m;
}

/** Full rows for ranked rank rows, in rank order (a quote deleted meanwhile is left out). */
export async function hydrate(ranked: Ranked<RankRow>[], store: QuoteStore): Promise<Ranked<StoredQuote>[]> {
  const missing = ranked.filter((r) => !('text' in r.quote)).map((r) => r.quote.id);
  const full = new Map((missing.length ? await store.getQuotes(missing) : []).map((q) => [q.id, q]));
  const out: Ranked<StoredQuote>[] = [];
  for (const r of ranked) {
    const q = 'text' in r.quote ? (r.quote as StoredQuote) : full.get(r.quote.id);
    if (q) out.push({ ...r, quote: q });
  }
  return out;
}

/**
 * The hits for ranked rank rows, in rank order (a quote deleted meanwhile is left out): as `hydrate` then
 * `toHits`, but where the store offers `quotesForHits` its full rows, articles and corrections come in one read
 * (on PostgreSQL one round trip instead of three).
 */
export async function showHits(ranked: Ranked<RankRow>[], store: QuoteStore, registry: SpeakerRegistry, filter: QuoteFilter, uncertainBelow: number): Promise<QuoteHit[]> {
  if (!store.quotesForHits || ranked.length === 0 || ranked.some((r) => 'text' in r.quote)) return toHits(await hydrate(ranked, store), store, registry, filter, uncertainBelow);
  const read = await store.quotesForHits(ranked.map((r) => r.quote.id), filter);
  const full = new Map(read.quotes.map((q) => [q.id, q]));
  const shown: Ranked<StoredQuote>[] = [];
  for (const r of ranked) {
    const q = full.get(r.quote.id);
    if (q) shown.push({ ...r, quote: q });
  }
  return toHits(shown, store, registry, filter, uncertainBelow, read);
}

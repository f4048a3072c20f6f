import type { IndexCache } from '../engine.js';
import { looksLikeAName, understand, type ParsedQuestion } from '../questions/understand.js';
import { indexTerms } from '../search/tokenize.js';
import { withoutInvisible } from '../text/invisible.js';
import type { Vocabulary } from '../search/vocabulary.js';
import { speakerSummary, speakerView, type SpeakerRegistry } from '../speakers/registry.js';
import { repairNote } from '../speakers/repair.js';
import type { QuoteFilter, QuoteStore, RankRow, StoredQuote, StoredSpeaker } from '../store/port.js';
import { abortableStore } from './abortable.js';
import { compareWords, pasteCoverage } from './diff.js';
import { dedupeByFingerprint, toHits } from './hits.js';
import { articlesPhrase, mentionsOf } from './mentions.js';
import type { Answer, AskOptions, SpeakerSummary, Understanding } from './model.js';
import { compareRanked, rankCandidates, type Ranked } from './rank.js';
import { speakerTopics } from './topics.js';
import { groupTerms, type QueryGroup } from '../search/bm25.js';

/**
 * Speakers one name may mean whose pools are ranked together, so the topic picks among them ("Wiliams" fits
 * a dozen Williamses; the one who spoke of the topic wins). Each pool is read with the topic-term filter, so
 * the cost grows with the quotes that hold a topic term, not with the speakers' whole output.
 */
const MAX_CANDIDATE_SPEAKERS = 24;
/** Questions longer than this are cut: no reporter's question is longer, and parsing stays fast. */
export const MAX_QUESTION_CHARS = 500;
const DEFAULT_LIMIT = 3;
/** Candidate pools per look-up: enough for recall, small enough for milliseconds at a million quotes. */
const SPEAKER_POOL = 3000;
/** 200 rather than 400: the same answers on the dev questions and on generated archives of 10k-1M quotes
 * (topic-only answer@1 0.781 / 0.503 / 0.318 either way), topic-only p50 at 1M 8.7 -> 6.3 ms. */
const TERM_POOL = 200;
/** A named speaker's quote must cover this share of the topic; without a speaker the bar is higher. */
const MIN_COVERAGE_WITH_SPEAKER = 0.3;
const MIN_COVERAGE_TOPIC_ONLY = 0.55;
/**
 * Share of the topic (IDF-weighted) the quote or its own sentence must hold: words found only elsewhere in the
 * article do not make it an answer ("mike leigh hair nets": hair nets are in a co-star's quote). 0.1 rather than
 * 0.2-0.35 on dev + dev2 + dev-questions: the same refusals (no_answer_right 0.85 -> 0.95), fewer lost answers.
 */
const MIN_OWN_COVERAGE = 0.1;
/**
 * Attribution confidence below which a quote is no answer to "what did X say" or "quote on Y": the extractor's
 * confidence is calibrated, and under 0.3 its speaker is right about one time in ten (9% on held-out PolNeAR
 * dev, docs/EXTRACTION.md), so showing it would be somebody else's words under X's name. From 0.3 up to the
 * configured `uncertainBelow` a quote is shown, marked "attribution uncertain". Floors of 0.2-0.5 give the same
 * dev + dev2 + dev-questions figures; 0.3 is the calibration's edge. A pasted line ("who said") still finds its
 * words whatever their attribution: the words are on record, and the hit says how sure its speaker is.
 */
const MIN_ATTRIBUTION = 0.3;
/** A pasted quote must reproduce this share of its words in order to be called the same quote. */
const MIN_VERIFY_COVERAGE = 0.5;
/** A quote reproducing this share of the pasted words in order is close enough whatever the words. */
const CLOSE_VERIFY_COVERAGE = 0.7;
/**
 * Below that, the share of the pasted content words (index terms) the quote must hold. On the dev "who said"
 * questions every right answer under 0.7 in-order holds at least 0.67 of them; the loosely related quote given
 * for a line nobody said ("the Mac Mini will be Apple's best-selling computer ever") holds 0.57.
 */
const MIN_VERIFY_TERMS = 0.65;
/**
 * A half-remembered line ("when you're assessing the economy there's safety in numbers" for "In economic
 * assessment, there is safety in numbers") keeps few words in order but most of the rare ones: a quote holding
 * this IDF-weighted share of the pasted content terms, with at least MIN_LOOSE_ORDER of the words in order, is
 * the closest real quote (shown as not verbatim, with the differences). On the dev "who said" questions the
 * half-remembered lines hold 0.64-0.79 and the loosely related quotes given for lines nobody said at most 0.54.
 */
const MIN_VERIFY_WEIGHTED_TERMS = 0.6;
const MIN_LOOSE_ORDER = 0.3;
/** ...and the pasted words hold this IDF-weighted share of the quote's own terms (there 0.40 and 0.79; the loosely related 0.25-0.28). */
const MIN_QUOTE_SHARE_PASTED = 0.35;
/** Candidates compared word by word with a pasted quote, after a cheap overlap cut. */
const VERIFY_SHORTLIST = 25;
/** Candidates fetched for a pasted quote: the store orders them by its rarest words, so the quote is near the top. */
const VERIFY_POOL = 80;
/** Quotes of a named speaker read to suggest what they are on record about, when nothing matched the topic. */
const TOPIC_SAMPLE = 60;
/** A candidate reproducing this share of the pasted words in order is the quote: no wider look-up is needed. */
const VERBATIM = 0.95;

export interface AnswererDeps {
  store: QuoteStore;
  cache: IndexCache;
  now: () => Date;
  /** Confidence below which a hit is marked `attributionUncertain`. */
  uncertainBelow: number;
}

/** Answers every intent of a parsed question from the store; the core's one ask path. */
export class Answerer {
  constructor(private readonly deps: AnswererDeps) {}

  async ask(rawQuestion: string, options: AskOptions = {}): Promise<Answer> {
    // With a signal, the question runs over a store that checks it at every round-trip (see abortable.ts).
    const { signal, ...rest } = options;
    if (signal) {
      signal.throwIfAborted();
      return new Answerer({ ...this.deps, store: abortableStore(this.deps.store, signal) }).ask(rawQuestion, rest);
    }
    const started = performance.now();
    const question = cleanQuestion(rawQuestion);
    const collections = options.collections?.length ? options.collections : ['default'];
    const limit = Math.max(1, Math.min(50, options.limit ?? DEFAULT_LIMIT));
    const offset = Math.max(0, options.offset ?? 0);
    const { registry, vocab } = await this.deps.cache.current(collections);
    const visible = (s: StoredSpeaker) => collections.some((c) => (s.quoteCounts[c] ?? 0) > 0);
    const parsed = understand(question, registry, vocab, visible, this.deps.now());
    if (options.speakerId) {
      const s = registry.get(options.speakerId);
      parsed.speakers = s && visible(s) ? [{ speaker: s, kind: 'name', score: 1 }] : [];
      parsed.speakerUnknown = parsed.speakers.length === 0;
      parsed.speakerPhrase ??= options.speakerId;
    }
    const filter: QuoteFilter = { collections, ...(parsed.time?.from ? { from: parsed.time.from } : {}), ...(parsed.time?.to ? { to: parsed.time.to } : {}) };
    const answer = blankAnswer(question, parsed, offset);
    if (rawQuestion.length > MAX_QUESTION_CHARS) answer.note = `Only the first ${MAX_QUESTION_CHARS} characters of the question were read.`;

    if (parsed.intent === 'help') await this.help(answer, registry, vocab, visible, collections);
    else if (parsed.intent === 'verify') await this.verify(answer, parsed, filter, registry, vocab);
    else if (parsed.intent === 'speakers') await this.speakers(answer, parsed, filter, registry, vocab);
    else await this.quotes(answer, parsed, filter, registry, vocab, visible, limit, offset);

    answer.tookMs = Math.round((performance.now() - started) * 1000) / 1000;
    return answer;
  }

  /** What did X say (about Y), quotes about Y, latest from X. */
  private async quotes(answer: Answer, parsed: ParsedQuestion, filter: QuoteFilter, registry: SpeakerRegistry, vocab: Vocabulary, visible: (s: StoredSpeaker) => boolean, limit: number, offset: number): Promise<void> {
    const { store } = this.deps;
    if (parsed.speakerUnknown) {
      const typed = parsed.speakerPhrase ?? '';
      const name = typed === typed.toLowerCase() ? typed.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : typed;
      // Where the name is mentioned (as addressee, subject, quoted about): said plainly, never answered with those quotes.
      // Only for a name: "the Fed chairman" that resolves to nobody is not "mentioned in 40 articles".
      const nameLike = looksLikeAName(typed, vocab);
      const nearby = nameLike && parsed.groups.length ? await store.rankRowsByTerms(retrievalTerms(parsed.groups, vocab), filter, TERM_POOL) : [];
      const mentioned = nameLike ? await mentionsOf(name, store, filter, nearby) : { articles: 0, atLeast: false };
      answer.note = mentioned.articles > 0 ? `No quote from ${name} is on record here; the name is mentioned in ${articlesPhrase(mentioned)}.` : `No speaker called "${typed}" is on record.`;
      const close = registry.nearest(parsed.speakerPhrase ?? '', visible, 5).map((s) => speakerSummary(s, filter.collections, 'name close to what you typed'));
      answer.speakers = close.length ? close : mostQuoted(registry, visible, filter.collections, 5);
      return;
    }
    if (parsed.speakers.length === 0 && parsed.groups.length === 0) {
      answer.note = 'The question names no speaker and no topic on record.';
      answer.speakers = mostQuoted(registry, visible, filter.collections, 5);
      return;
    }
    let ranked: Ranked<RankRow>[];
    let confident: Ranked<RankRow>[];
    const relevant = (minCoverage: number) => (r: Ranked<RankRow>) => parsed.groups.length === 0 || (r.coverage >= minCoverage && r.coord >= 0.5 && r.ownCoverage >= MIN_OWN_COVERAGE && parsed.required.every((w) => r.matched.includes(w)));
    const passes = (minCoverage: number) => (r: Ranked<RankRow>) => r.quote.confidence >= MIN_ATTRIBUTION && relevant(minCoverage)(r);
    if (parsed.speakers.length > 0) {
      ranked = await this.rankForSpeakers(parsed.speakers, parsed, filter, vocab);
      confident = ranked.filter(passes(MIN_COVERAGE_WITH_SPEAKER));
      if (confident.length === 0 && parsed.fallbackSpeakers.length > 0 && parsed.groups.length > 0) {
        // "Davis" is on record but never spoke of this; "Davies", one letter away, did.
        const second = await this.rankForSpeakers(parsed.fallbackSpeakers, parsed, filter, vocab);
        const found = second.filter(passes(MIN_COVERAGE_WITH_SPEAKER));
        if (found.length > 0) {
          ranked = second;
          confident = found;
          parsed.speakers = parsed.fallbackSpeakers;
          answer.understood.speaker = { query: parsed.speakerPhrase ?? '', resolved: parsed.speakers.slice(0, 5).map((m) => speakerView(m.speaker)) };
        }
      }
    } else {
      const pool = await store.rankRowsByTerms(retrievalTerms(parsed.groups, vocab), filter, TERM_POOL);
      // A topic-only answer is somebody's quote: words whose speaker the extractor could not name are no answer.
      ranked = rankCandidates(pool, parsed.groups, vocab, (id) => (id ? 1 : 0));
      confident = ranked.filter(passes(MIN_COVERAGE_TOPIC_ONLY));
    }
    if (parsed.intent === 'latest') confident = [...confident].sort((a, b) => (b.quote.sortDate ?? '').localeCompare(a.quote.sortDate ?? '') || compareRanked(a, b));
    confident = dedupeByFingerprint(confident);
    answer.total = confident.length;
    if (parsed.speakers.length > 1) answer.alternatives = alternativesOf(parsed, confident, filter.collections);
    if (confident.length === 0) {
      answer.note = notFoundNote(parsed) + tentativeNote(ranked, relevant(parsed.speakers.length > 0 ? MIN_COVERAGE_WITH_SPEAKER : MIN_COVERAGE_TOPIC_ONLY));
      answer.speakers = nearestSpeakers(parsed, ranked, registry, visible, filter.collections);
      const named = parsed.speakers[0]?.speaker;
      if (named && parsed.groups.length > 0) {
        const topics = speakerTopics(await store.quotesBySpeakers([named.id], filter, TOPIC_SAMPLE), vocab, groupTerms(parsed.groups));
        if (topics.length) answer.topics = topics;
      }
      return;
    }
    const shown = await hydrate(confident.slice(offset, offset + limit), store);
    if (shown.length === 0) {
      // Every answer was deleted between ranking and reading it (another process re-ingested): say so plainly.
      answer.note = notFoundNote(parsed);
      return;
    }
    answer.status = 'found';
    answer.hits = await toHits(shown, store, registry, filter, this.deps.uncertainBelow);
    const repaired = repairNote(parsed.speakerPhrase, parsed.speakers, answer.hits[0]?.speaker?.id);
    if (repaired) answer.note = answer.note ? `${answer.note} ${repaired}` : repaired;
  }

  /** A speaker's pool is ranked on rank rows alone; full rows are read only for the answers shown. */
  private async rankForSpeakers(speakers: ParsedQuestion['speakers'], parsed: ParsedQuestion, filter: QuoteFilter, vocab: Vocabulary): Promise<Ranked<RankRow>[]> {
    const weights = speakerWeights(speakers);
    // With a topic, only quotes holding one of its terms somewhere can be ranked at all: the store keeps to those.
    const pool = await this.deps.store.rankRowsBySpeakers([...weights.keys()], filter, SPEAKER_POOL, parsed.groups.length ? [...groupTerms(parsed.groups)] : undefined);
    return rankCandidates(pool, parsed.groups, vocab, (id) => (id ? weights.get(id) ?? 0 : 0));
  }

  /** Who said "..."? The closest real quote, its speaker and how the pasted words differ. */
  private async verify(answer: Answer, parsed: ParsedQuestion, filter: QuoteFilter, registry: SpeakerRegistry, vocab: Vocabulary): Promise<void> {
    const pasted = parsed.quoted ?? '';
    // The rarest known words find the quote; common ones only slow the look-up.
    const pastedTerms = new Set(indexTerms(pasted));
    const known = [...pastedTerms].filter((t) => vocab.has(t));
    const terms = known.sort((a, b) => vocab.frequency(a) - vocab.frequency(b) || (a < b ? -1 : 1)).slice(0, 6);
    if (terms.length === 0) {
      answer.note = 'Paste the words to check after "who said".';
      return;
    }
    // Pasted words are usually the quote's own: the quotes holding every one of the rarest words are read
    // first (one intersection in the index). Only when none of them is (nearly) word for word the paste is the
    // wider look-up needed, which finds misquotes by the words they share with the original.
    const exact = this.closest(pasted, pastedTerms, await this.deps.store.quotesWithAllTerms(terms, filter, VERIFY_POOL), vocab);
    const scored = (exact[0]?.score ?? 0) >= VERBATIM ? exact : mergeScored(exact, this.closest(pasted, pastedTerms, await this.deps.store.quotesByTerms(terms, filter, VERIFY_POOL), vocab));
    const best = dedupeByFingerprint(scored);
    answer.total = best.length;
    if (best.length === 0) {
      answer.note = 'These words are not on record as anyone\'s quote.';
      return;
    }
    answer.status = 'found';
    answer.hits = await toHits(best.slice(0, 3), this.deps.store, registry, filter, this.deps.uncertainBelow);
    answer.verification = compareWords(pasted, best[0]!.quote.text);
  }

  /** The candidates that could be the pasted quote, best first: a cheap word overlap, then the in-order comparison. */
  private closest(pasted: string, pastedTerms: ReadonlySet<string>, pool: StoredQuote[], vocab: Vocabulary): { quote: StoredQuote; score: number; terms: number; matched: string[] }[] {
    const overlap = (q: StoredQuote) => {
      let n = 0;
      for (const t of new Set(q.terms.split(' '))) if (pastedTerms.has(t)) n++;
      return n / pastedTerms.size;
    };
    const pastedWeight = [...pastedTerms].reduce((w, t) => w + vocab.idf(t), 0);
    // Both ways: the quote holds most of the pasted rare words, and the paste most of the quote's (a long quote
    // that shares a few names with the paste is another statement, not the one half-remembered).
    const looseMatch = (q: StoredQuote) => {
      let shared = 0;
      let own = 0;
      for (const t of new Set(q.terms.split(' '))) {
        const w = vocab.idf(t);
        own += w;
        if (pastedTerms.has(t)) shared += w;
      }
      return pastedWeight > 0 && own > 0 && shared / pastedWeight >= MIN_VERIFY_WEIGHTED_TERMS && shared / own >= MIN_QUOTE_SHARE_PASTED;
    };
    return pool
      .map((q) => ({ q, o: overlap(q) }))
      .filter((x) => x.o >= MIN_VERIFY_COVERAGE / 2)
      .sort((a, b) => b.o - a.o || a.q.id.localeCompare(b.q.id))
      .slice(0, VERIFY_SHORTLIST)
      .map(({ q, o }) => ({ quote: q, score: pasteCoverage(pasted, q.text), terms: o, matched: [] as string[] }))
      // Half the words in order may be only the small ones ("the ... will be ... ever"): a loose match must also
      // hold most of the pasted content words, or it is a loosely related quote, not the line asked about.
      .filter((r) => r.score >= CLOSE_VERIFY_COVERAGE || (r.score >= MIN_VERIFY_COVERAGE && r.terms >= MIN_VERIFY_TERMS) || (r.score >= MIN_LOOSE_ORDER && looseMatch(r.quote)))
      .sort(compareVerified);
  }

  /** Which speakers talked about Y: speakers ranked by their best matching quotes. */
  private async speakers(answer: Answer, parsed: ParsedQuestion, filter: QuoteFilter, registry: SpeakerRegistry, vocab: Vocabulary): Promise<void> {
    if (parsed.groups.length === 0) {
      answer.note = 'Name a topic: "which speakers talked about the ceasefire".';
      return;
    }
    const pool = await this.deps.store.rankRowsByTerms(retrievalTerms(parsed.groups, vocab), filter, TERM_POOL * 2);
    const ranked = rankCandidates(pool, parsed.groups, vocab, () => 1).filter((r) => r.coverage >= MIN_COVERAGE_TOPIC_ONLY);
    const bySpeaker = new Map<string, { speaker: StoredSpeaker; n: number; score: number }>();
    for (const r of ranked) {
      const s = r.quote.speakerId ? registry.get(r.quote.speakerId) : undefined;
      if (!s) continue;
      const e = bySpeaker.get(s.id) ?? { speaker: s, n: 0, score: 0 };
      e.n++;
      e.score += r.score;
      bySpeaker.set(s.id, e);
    }
    const list = [...bySpeaker.values()].sort((a, b) => b.score - a.score || a.speaker.id.localeCompare(b.speaker.id));
    answer.speakers = list.slice(0, 10).map((e) => speakerSummary(e.speaker, filter.collections, `${e.n} quote${e.n === 1 ? '' : 's'} about ${parsed.topic.join(' ')}`));
    answer.total = list.length;
    if (list.length === 0) answer.note = notFoundNote(parsed);
    else {
      answer.status = 'found';
      answer.hits = await toHits(await hydrate(dedupeByFingerprint(ranked).slice(0, 3), this.deps.store), this.deps.store, registry, filter, this.deps.uncertainBelow);
    }
  }

  private async help(answer: Answer, registry: SpeakerRegistry, vocab: Vocabulary, visible: (s: StoredSpeaker) => boolean, collections: string[]): Promise<void> {
    answer.status = 'help';
    const top = registry
      .all()
      .filter((s) => visible(s) && !s.isOrganisation)
      .sort((a, b) => total(b, collections) - total(a, collections) || a.id.localeCompare(b.id));
    const name = (s: StoredSpeaker | undefined) => s?.name.split(/\s+/).at(-1);
    const first = name(top[0]) ?? 'Kirby';
    const second = name(top[1]) ?? first;
    const [topic, sample] = await this.topicOf(top[0], collections, vocab);
    const [secondTopic] = top[1] ? await this.topicOf(top[1], collections, vocab) : [topic];
    answer.examples = [
      `what did ${first} say about ${topic}`,
      `${second} on ${secondTopic}`,
      `who said "${sample}"`,
      `latest from ${first}`,
      `which speakers talked about ${topic}`,
    ];
    answer.speakers = top.slice(0, 5).map((s) => speakerSummary(s, collections));
  }

  /**
   * A speaker's most distinctive topic word (what they speak of more than the archive does) and the opening words
   * of a direct quote of theirs on it, for help examples ("what did Kirby say about nusra", not "about establishment").
   */
  private async topicOf(s: StoredSpeaker | undefined, collections: string[], vocab: Vocabulary): Promise<[string, string]> {
    const fallback: [string, string] = ['the ceasefire', 'we recognize it as a spoiler'];
    if (!s) return fallback;
    const quotes = await this.deps.store.quotesBySpeakers([s.id], { collections }, TOPIC_SAMPLE);
    const topic = speakerTopics(quotes, vocab, new Set())[0] ?? fallback[0];
    // Words to paste: a sentence of ordinary words, not a dateline or a list of names.
    const prose = (q: StoredQuote) => q.text.split(/\s+/).slice(0, 7).filter((w) => /^[a-z]+[,.]?$/.test(w)).length >= 5;
    const q = quotes.find((x) => x.kind === 'direct' && prose(x) && x.text.toLowerCase().includes(topic)) ?? quotes.find(prose);
    return [topic, q ? q.text.split(/\s+/).slice(0, 7).join(' ').replace(/[,.;:]$/, '') : fallback[1]];
  }
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

/** The most quoted speakers the asker can see: the fallback "nearest" list when no name is close. */
function mostQuoted(registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean, collections: string[], limit: number): SpeakerSummary[] {
  return registry
    .all()
    .filter(visible)
    .sort((a, b) => total(b, collections) - total(a, collections) || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((s) => speakerSummary(s, collections, 'most quoted'));
}

function total(s: StoredSpeaker, collections: string[]): number {
  return collections.reduce((n, c) => n + (s.quoteCounts[c] ?? 0), 0);
}

/**
 * Drops invisible characters (so "Kir\u200Bby" is Kirby), turns control and direction characters into spaces,
 * collapses whitespace and cuts at MAX_QUESTION_CHARS. A very long line is cut first, so cleaning it is cheap.
 */
export function cleanQuestion(q: string): string {
  return withoutInvisible(q.slice(0, MAX_QUESTION_CHARS * 8))
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    // A command word typed into the text ("/quote ...", "onrecord ..."); a bare "quote on Y" is a question.
    .replace(/^\s*(?:[/!](?:quote|onrecord)|onrecord)\b\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_CHARS);
}

export function blankAnswer(question: string, parsed: ParsedQuestion, offset: number): Answer {
  const understood: Understanding = { intent: parsed.intent, topic: parsed.topic };
  if (parsed.speakerPhrase) understood.speaker = { query: parsed.speakerPhrase, resolved: parsed.speakers.slice(0, 5).map((m) => speakerView(m.speaker)) };
  if (parsed.time) understood.time = parsed.time;
  if (parsed.quoted) understood.quoted = parsed.quoted;
  return { question, status: 'not_found', understood, hits: [], total: 0, offset, alternatives: [], speakers: [], examples: [], tookMs: 0 };
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

/** Verification order: closest words first, then surer extraction, direct quotes, id. */
function compareVerified(a: { quote: StoredQuote; score: number }, b: { quote: StoredQuote; score: number }): number {
  return b.score - a.score || b.quote.confidence - a.quote.confidence || (a.quote.kind === b.quote.kind ? 0 : a.quote.kind === 'direct' ? -1 : 1) || a.quote.id.localeCompare(b.quote.id);
}

/** Two verification lists as one, each quote once, in verification order. */
function mergeScored<T extends { quote: StoredQuote; score: number }>(a: T[], b: T[]): T[] {
  const seen = new Set(a.map((r) => r.quote.id));
  return [...a, ...b.filter((r) => !seen.has(r.quote.id))].sort(compareVerified);
}

/** Full rows for ranked rank rows, in rank order (a quote deleted meanwhile is left out). */
async function hydrate(ranked: Ranked<RankRow>[], store: QuoteStore): Promise<Ranked<StoredQuote>[]> {
  const missing = ranked.filter((r) => !('text' in r.quote)).map((r) => r.quote.id);
  const full = new Map((missing.length ? await store.getQuotes(missing) : []).map((q) => [q.id, q]));
  const out: Ranked<StoredQuote>[] = [];
  for (const r of ranked) {
    const q = 'text' in r.quote ? (r.quote as StoredQuote) : full.get(r.quote.id);
    if (q) out.push({ ...r, quote: q });
  }
  return out;
}

function alternativesOf(parsed: ParsedQuestion, ranked: Ranked<RankRow>[], collections: string[]): SpeakerSummary[] {
  const lead = ranked[0]?.quote.speakerId ?? parsed.speakers[0]?.speaker.id;
  return parsed.speakers
    .filter((m) => m.speaker.id !== lead)
    .slice(0, 4)
    .map((m) => speakerSummary(m.speaker, collections, `also matches "${parsed.speakerPhrase}"`));
}

function notFoundNote(parsed: ParsedQuestion): string {
  const who = parsed.speakers[0]?.speaker.name;
  const about = parsed.topic.length ? ` about "${parsed.topic.join(' ')}"` : '';
  const when = parsed.time ? ` (${parsed.time.text})` : '';
  const unknown = parsed.unknownWords.length ? ` "${parsed.unknownWords.join('", "')}" appears in no quote on record.` : '';
  return who ? `No quote from ${who}${about}${when} is on record.${unknown}` : `No quote${about}${when} is on record.${unknown}`;
}

/** Said when the only matching quotes were left out for a speaker the extractor could hardly name. */
function tentativeNote(ranked: Ranked<RankRow>[], relevant: (r: Ranked<RankRow>) => boolean): string {
  const n = ranked.filter((r) => r.quote.confidence < MIN_ATTRIBUTION && relevant(r)).length;
  return n === 0 ? '' : ` ${n} matching quote${n === 1 ? ' was' : 's were'} left out: who said ${n === 1 ? 'it' : 'them'} is too uncertain.`;
}

/** For "no quote found": who spoke about the topic at all, else whose name is close to the one asked. */
function nearestSpeakers(parsed: ParsedQuestion, ranked: Ranked<RankRow>[], registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean, collections: string[]): SpeakerSummary[] {
  const out = new Map<string, SpeakerSummary>();
  for (const r of ranked) {
    const s = r.quote.speakerId ? registry.get(r.quote.speakerId) : undefined;
    if (s && !out.has(s.id)) out.set(s.id, speakerSummary(s, collections, `closest quotes about ${r.matched.join(', ') || 'the topic'}`));
    if (out.size >= 5) break;
  }
  for (const m of parsed.speakers) if (!out.has(m.speaker.id)) out.set(m.speaker.id, speakerSummary(m.speaker, collections, 'the speaker you named'));
  if (out.size === 0 && parsed.speakerPhrase) for (const s of registry.nearest(parsed.speakerPhrase, visible, 5)) out.set(s.id, speakerSummary(s, collections));
  return [...out.values()].slice(0, 5);
}

export type { StoredQuote };

import { countToken, groupTerms, tokenCount, scoreCandidate, wantedCounts, type Field, type GroupScore, type QueryGroup } from '../search/bm25.js';
import { corpusNeighbours, type Neighbour } from '../search/neighbours.js';
import { stem } from '../search/tokenize.js';
import type { Vocabulary } from '../search/vocabulary.js';
import type { RankRow, StoredQuote } from '../store/port.js';

/** A candidate quote with its relevance and how much of the question it answers. */
export interface Ranked<Q extends RankRow = StoredQuote> {
  /** The quote ranked: a full stored quote, or only its rank row until it is shown. */
  quote: Q;
  score: number;
  /** 0..1 IDF-weighted share of the question's topic found (quote text fully, its paragraph half, around it less). */
  coverage: number;
  /** 0..1 share of topic words found anywhere (quote or paragraph). */
  coord: number;
  /**
   * 0..1 IDF-weighted share of the topic found in the quote's own words or its sentence (not merely elsewhere in
   * the article): what "X spoke about Y" needs. An article about Catwoman quoting Parsons on profits does not
   * make the profits quote one about Catwoman.
   */
  ownCoverage: number;
  matched: string[];
  /**
   * The same speaker's reported-speech summary that introduces this direct quote (in its lead-in or sentence, or
   * right before it in its neighbourhood), set when the summary lifted it: the words said, whose topic the
   * reporter's summary of them states ("the mayor said it would be difficult to measure how much Trump contributed
   * to the city's ruin. / 'I think you could write a whole history book on that'").
   */
  introducedBy?: Ranked<RankRow>;
}

/** A match this strong is in the quote or its sentence (see the field strengths below), not only nearby. */
const OWN_STRENGTH = 0.5;

/**
 * `part / whole` as a share the floors compare (coverage, own coverage), rounded to 12 decimals. Every topic word found
 * only around the quote covers exactly the near field's strength (0.3), the named floor; summed in floating point
 * over the words' IDFs that came out 0.3 or 0.29999999999999993 by the IDFs, so by how many quotes the index held:
 * an answer came and went as unrelated articles were ingested (session 40, h-qa103: "the Dai-ichi Life Research
 * Institute economist on the GDP figures" and the San Diego HSI agent on ground radar, both lost on the whole corpus).
 */
function share(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 1e12) / 1e12 : 0;
}

/**
 * The ranker's weights, in one object so `scripts/fit-rank.ts` can fit them in-process (it sets them, asks
 * every visible question, scores, and keeps a value only when it raises answer@1 on one half of the questions
 * without raising the wrong-speaker count or lowering the refusals; the other half checks it). The app never
 * changes them. On dev + dev2 + dev-questions every weight but `summaryLift` is flat over its whole grid on the
 * fitting half (same answer@1), so the values below are the earlier hand-set ones.
 */
export const RANK_WEIGHTS = {
  /**
   * Direct quotes are the exact words a reporter asks for; a reported-speech line often repeats the question's
   * words because it is the writer's summary of them. 2.0 (grid 1-3: 1.0 loses one answer, 1.3-3 the same).
   */
  directBonus: 2.0,
  /** Question words that stand next to each other in the quote too ("intel sharing" -> "intelligence sharing"). */
  phraseBonus: 0.3,
  /**
   * Share of a candidate's score that rides on how sure its attribution is (the extractor's confidence is
   * calibrated): among quotes about equally relevant, the one surely said by that speaker comes first. A wrong
   * attribution is the worst failure; 0-1 give the same figures, so it reorders only near-ties.
   */
  confidenceShare: 0.5,
  /** BM25F weight of a match in the quote's sentence and in the paragraphs and headline around it. */
  sentenceWeight: 0.8,
  nearWeight: 0.15,
  /**
   * BM25F weight of a match in the quote's lead-in (the reporter's sentence before it, src/core/lead-in.ts: "For
   * good measure, Parise blocked a shot ... 'It's the mark of a true competitor,' Boudreau said"), and how fully
   * such a match answers a question word: at `OWN_STRENGTH` or more it counts as the quote's own topic for the
   * honesty floors, as its own sentence does. 0 turns the lead-in off. Fitted on half A of dev + dev2 +
   * dev-questions (`fit-rank.ts --fit --only leadWeight,leadStrength`): 0.1-0.25 change no answer there (A has no
   * question whose topic is only in a lead-in), 0.5-1 lose one near-tie (two quotes of one run, 18.2 vs 18.0), so
   * 0.25; strength 0.3-0.7 the same. Held-out half B: answer@1 0.844 -> 0.853, answer@3 0.872 -> 0.908, the same
   * wrong-speaker rate and refusals. Session 13 (h-qa21), with the speaker's own summary as a lead-in: refitted
   * (`--fit --rounds 1 --only confidenceShare,leadWeight,leadStrength,directBonus,summaryLift,sentenceWeight` over dev
   * + dev2 + dev-questions + h-qa21's half A) to 1: fitting half 108 -> 110 of 124, other half unchanged (0.854);
   * visible 0.937 -> 0.941 ("Jonson ... British sprinters showing more pride"), h-qa21 A 0.619 -> 0.635 ("Cruz on his
   * deal with Kasich": "played down the idea that he had struck a major deal" is the lead-in of "There never was a
   * grand alliance"), h-qa21 B unchanged; wrong speaker and refusals unchanged everywhere.
   */
  leadWeight: 1,
  leadStrength: 0.5,
  /**
   * The lead-in's weight when the question asks what was said "when asked" something (`ParsedQuestion.askedWhen`):
   * the reporter's question stands in the lead-in ("Asked if the money was to keep council tax down before the
   * election, Mr Raynsford said: ..."), and the answer itself rarely repeats it, while the speaker's other quotes
   * repeat its words in their own paragraphs. Only a named speaker's pool is ranked so (`rankForSpeakers`).
   * Fitted with `fit-rank.ts --fit --only askedLeadWeight` on visible + halves A (session 19, h-qa37; 14 such
   * questions): 1-1.5 as `leadWeight`, 2 one more right at 1, 3-4 two more on the fitting half (Raynsford, Kilroy-Silk)
   * and one fewer at 3 on the other (Howard's "there is a limit to what we can do in one go", 3rd -> 4th); no wrong
   * speaker or refusal moved at any value.
   */
  askedLeadWeight: 3,
  /**
   * Score factor 1 + quoteBonus x (IDF-weighted share of the topic in the quote's own words), above what the
   * quote field already weighs. 0: the quote's words already count in both the quote and its sentence field,
   * and any bonus (0.25-4) lost answers on the held-out half (1: answer@1 0.835 -> 0.817 there).
   */
  quoteBonus: 0,
  /** Exponent of the share of question words found anywhere (a quote answering every word beats one repeating one). */
  coordPower: 2,
  /**
   * News writing sums a speaker up in reported speech, then gives their words ("Dahlberg said she was surprised
   * the council had not consulted her ... 'If the council had doubts, I would have expected a phone call,'
   * Dahlberg said"). The summary repeats the question's words; the reporter wants the words said. A direct quote
   * of the same speaker whose neighbourhood holds a well-ranked summary is scored at least `summaryLift` x the
   * summary's score (0: off; just above 1 puts it just ahead of the summary). It must still pass the answer's
   * relevance tests on its own fields. 1.01: answer@1 0.849 -> 0.859, one more right on each half, no loss
   * (0.5 and 0.8 change nothing).
   */
  summaryLift: 1.01,
  /**
   * Score factor of a fragment (fewer than `FRAGMENT_TERMS` index terms) that holds none of the question's words
   * itself: found only through its sentence or lead-in, it ties with the same speaker's fuller quote after it
   * ("'That's perfect,' Boudreau said. 'It's the mark of a true competitor ...'" share one lead-in), and the
   * reporter wants the words that say something; when the fragment is all the speaker said on the topic, it is
   * still the answer. 1 turns it off. 0.5-0.9 give the same figures on dev + dev2 + dev-questions (answer@1 0.893
   * -> 0.902: both Boudreau questions) and change no answer on the held-out style sets; 0.5 because a lead-in that
   * steps over the fragment is longer and scores its fuller quote up to ~15% lower (tests/core/answers/fragment.test.ts).
   */
  fragmentFactor: 0.5,
  /**
   * Score factor 1 + meaningBonus x (IDF-weighted share of the question words the quote's own words do not hold
   * but a corpus neighbour of which they do, times its similarity: `relatedShare`; search/neighbours.ts). Re-ranking
   * only: coverage and the honesty floors are untouched, so it reorders quotes that already answer, never makes a
   * new answer, and reads nothing more from the store. Fitted with `fit-rank.ts --fit --only meaningBonus` on half
   * A of dev + dev2 + dev-questions and the h-qa7 meaning set (237 questions with an answer): 0-1 the same, 2 and 4
   * one more right (92 -> 93 of 111), half B unchanged at every value, no wrong speaker or refusal moved.
   */
  meaningBonus: 2,
  /**
   * Score factor 1 + togetherBonus x (IDF-weighted share of the question words found together in one sentence: the
   * quote's own words or the sentence that holds it, whichever holds more). A quote whose own sentence asks what
   * the question asks ("Kirby welcomed the humanitarian ceasefire, calling it 'a good sign ...'") beats one that
   * holds one question word while the others are only in its lead-in or paragraph. 0 turns it off. Fitted with
   * `fit-rank.ts --fit --only togetherBonus` over dev + dev2 + dev-questions + h-qa22's half A: flat on the fitting
   * half (0.25-4); on all of them 0.25 takes the seed's near tie ("kirbi humanitarian ceasefire") with no loss,
   * 0.5 and up lose one answer at 3.
   */
  togetherBonus: 0.25,
  /**
   * A speaker's words the reporter repeats as a fragment ("Sotomayor's remark about 'a wise Latina'") rank above
   * the speaker's quote that says them in full ("I would hope that a wise Latina woman with the richness of her
   * experiences ..."): the fragment is short, so BM25 scores it higher for the same words. The fuller quote of the
   * same speaker and day whose own words hold the fragment's terms in order is scored at least `echoLift` x the
   * fragment's score (0: off; just above 1 puts it just ahead). 1.01 on visible + the sixteen halves A (session 20,
   * h-qa41): +2 at 1 on two sets ("a wise Latina", "the nuclear option"), nothing else moved.
   */
  echoLift: 1.01,
  /**
   * How many index terms of the reporter's may stand between a summary and the direct quote it lifts when the quote's
   * lead-in and sentence do not hold it: beyond that the reporter has moved on ("The arrival of foreign banks could
   * mean greater use of credit cards, said Mr Makower. But if Chinese people are not spending cash online they are
   * interested in the news ... 'A large part of the attraction of the internet is that it goes below the radar'"),
   * and the quote is no longer the words the summary sums up. Session 21 (h-qa44), `fit-rank.ts --split set --set
   * summaryGap=N` on visible + the seventeen halves A (1,082 questions with an answer): 0-5 lose one or two answers
   * on one set-half (Sawicki, Neeson: a short reporter's clause between), 8-15 the same figures, +2 at 1 (both
   * Makower, one article), +3 at 3, no wrong speaker or refusal moved; unlimited (before) the base. 8: the least
   * of the plateau.
   */
  summaryGap: 8,
};

/** A quote with fewer index terms than this is a fragment ("That's perfect", "rescue"). */
const FRAGMENT_TERMS = 3;

/** A fragment whose own words hold none of the question's: only its sentence or lead-in is on the topic. */
export function isBareFragment(quote: RankRow, groups: QueryGroup[]): boolean {
  return isBareFragmentCounts(wantedCounts(quote.terms, groupTerms(groups)));
}

/** A quote's own words as counted (`wantedCounts`) hold none of the question's and are fewer than `FRAGMENT_TERMS`. */
function isBareFragmentCounts(own: { counts: ReadonlyMap<string, number>; length: number }): boolean {
  return own.counts.size === 0 && own.length < FRAGMENT_TERMS;
}

/** Summaries (reported speech) among the first this many ranked candidates lift their speaker's direct quote. */
const SUMMARY_WINDOW = 10;

/**
 * A question word's own readings (the word, its abbreviation readings; not a synonym, weight below 1, which never
 * makes a word weigh more than its own readings do) whose every term the archive holds.
 */
export function knownOwnReadings(g: QueryGroup, vocab: Vocabulary): string[][] {
  return g.alternatives.filter((alt, k) => (g.weights?.[k] ?? 1) >= 1 && alt.every((t) => vocab.has(t)));
}

/** Each question word's weight in the ranking: the IDF of its rarest own reading (an unknown word weighs most). */
export function groupWeights(groups: QueryGroup[], vocab: Vocabulary): number[] {
  const maxIdf = Math.log(1 + (vocab.quotes + 0.5) / 0.5);
  return groups.map((g) => {
    const known = knownOwnReadings(g, vocab);
    return known.length ? Math.max(...known.map((alt) => Math.min(...alt.map((t) => vocab.idf(t))))) : maxIdf;
  });
}

/**
 * The question's rarest words (several when they tie, or within `slack` IDF units of the rarest): the ones a
 * topic-only answer must hold one of.
 */
export function rarestWords(groups: QueryGroup[], vocab: Vocabulary, slack = 0): string[] {
  const weights = groupWeights(groups, vocab);
  const top = Math.max(...weights);
  return groups.filter((_, i) => (weights[i] as number) >= top - slack - 1e-9).map((g) => g.word);
}

/**
 * Rows a question has already ranked, by row, as ranked before any summary lifted them: a second ranking of a grown
 * pool with the same words, vocabulary and speaker weights scores only the rows it has not seen (the ranking of a row
 * is its own; only the summary lift reads the list, and it runs on the whole list again).
 */
export type RankMemo<Q extends RankRow> = Map<Q, Ranked<Q>>;

/** How the question frames what it asks for, where that changes the ranking. */
export interface RankFraming {
  /** The words said when the speaker was asked something: the lead-in weighs `askedLeadWeight`. */
  askedWhen?: boolean;
}

/**
 * Ranks candidates for a topic: BM25F (global IDF) over the quote, its paragraph and the text around it (in that
 * order of weight), times coordination squared (a quote
 * answering every topic word beats one that repeats a single word), an in-order phrase bonus, a small bonus
 * for direct quotes, the speaker-match weight and how sure the attribution is. Pure; order is deterministic.
 */
export function rankCandidates<Q extends RankRow>(candidates: Q[], groups: QueryGroup[], vocab: Vocabulary, speakerWeight: (id: string | null) => number, memo?: RankMemo<Q>, framing: RankFraming = {}): Ranked<Q>[] {
  const weights = groupWeights(groups, vocab);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const wanted = groupTerms(groups);
  // A neighbour that is itself one of the question's terms ("superdelegates" for "caucuses") is already counted.
  const hints = RANK_WEIGHTS.meaningBonus > 0 ? groups.map((g) => corpusNeighbours(stem(g.word)).filter((n) => !wanted.has(n.term))) : [];
  const out: Ranked<Q>[] = [];
  for (const q of candidates) {
    const known = memo?.get(q);
    if (known) {
      out.push({ ...known, matched: [...known.matched] });
      continue;
    }
    const sw = speakerWeight(q.speakerId);
    if (sw <= 0) continue;
    const W = RANK_WEIGHTS;
    const kind = q.kind === 'direct' ? W.directBonus : 1;
    if (groups.length === 0) {
      out.push({ quote: q, score: sw * kind * sureness(q.confidence), coverage: 1, coord: 1, ownCoverage: 1, matched: [] });
      continue;
    }
    // Only the question's terms are counted: splitting every field of hundreds of candidates dominated the time.
    const text = wantedCounts(q.terms, wanted);
    const ctx = wantedCounts(q.contextTerms, wanted);
    const near = wantedCounts(q.nearTerms, wanted);
    const fields: Field[] = [
      { counts: text.counts, length: text.length, weight: 1, strength: 1, lengthScale: 1 },
      { counts: ctx.counts, length: ctx.length, weight: W.sentenceWeight, strength: 0.5, lengthScale: 1.5 },
      { counts: near.counts, length: near.length, weight: W.nearWeight, strength: 0.3, lengthScale: 5 },
    ];
    if (W.leadWeight > 0 && q.leadTerms) {
      const lead = wantedCounts(q.leadTerms, wanted);
      fields.push({ counts: lead.counts, length: lead.length, weight: framing.askedWhen ? W.askedLeadWeight : W.leadWeight, strength: W.leadStrength, lengthScale: 1.5 });
    }
    const parts = scoreCandidate(groups, fields, vocab);
    let bm25 = 0;
    let covered = 0;
    let own = 0;
    let hit = 0;
    const matched: string[] = [];
    parts.forEach((p, i) => {
      bm25 += p.score;
      covered += (weights[i] as number) * p.strength;
      if (p.strength >= OWN_STRENGTH) own += weights[i] as number;
      if (p.strength > 0) {
        hit++;
        matched.push((groups[i] as QueryGroup).word);
      }
    });
    if (hit === 0) continue;
    const coord = hit / groups.length;
    // Question words side by side in the quote count most; side by side in the paragraph around it, half.
    const phrase = 1 + W.phraseBonus * inOrderPairs(groups, q.terms) + (W.phraseBonus / 2) * inOrderPairs(groups, q.contextTerms);
    const said = W.quoteBonus > 0 && totalWeight ? 1 + (W.quoteBonus * inQuote(groups, weights, text.counts)) / totalWeight : 1;
    const fragment = isBareFragmentCounts(text) ? W.fragmentFactor : 1;
    const meaning = hints.length && totalWeight ? 1 + (W.meaningBonus * relatedShare(parts, weights, hints, q.terms)) / totalWeight : 1;
    const together = W.togetherBonus > 0 && totalWeight ? 1 + (W.togetherBonus * Math.max(inQuote(groups, weights, text.counts), inQuote(groups, weights, ctx.counts))) / totalWeight : 1;
    out.push({ quote: q, score: bm25 * coord ** W.coordPower * phrase * said * kind * sw * sureness(q.confidence) * fragment * meaning * together, coverage: share(covered, totalWeight), coord, ownCoverage: share(own, totalWeight), matched });
  }
  if (memo) for (const r of out) if (!memo.has(r.quote)) memo.set(r.quote, { ...r, matched: [...r.matched] });
  out.sort(compareRanked);
  const lifted = RANK_WEIGHTS.summaryLift > 0 ? liftSummarisedQuotes(out, RANK_WEIGHTS.summaryLift) : out;
  return RANK_WEIGHTS.echoLift > 0 ? liftFullerQuotes(lifted, RANK_WEIGHTS.echoLift) : lifted;
}

/**
 * A well-ranked direct quote whose words the same speaker's other direct quote of that day says in full, in order
 * (the reporter repeating a phrase of it: "the nuclear option" and "the nuclear option of moving to a completely new
 * system"), lifts that fuller quote just ahead of itself: the same words, with what the speaker said around them.
 * Only the order changes; coverage stays the fuller quote's own (it holds every word the fragment holds).
 */
function liftFullerQuotes<Q extends RankRow>(ranked: Ranked<Q>[], lift: number): Ranked<Q>[] {
  let changed = false;
  for (const echo of ranked.slice(0, SUMMARY_WINDOW)) {
    const e = echo.quote;
    // One word ("unacceptable") is no phrase of another quote; two or more in order are. And the phrase stands inside
    // the reporter's sentence ("Johnson said scrapping the CSA was 'the nuclear option'"), not at its start: a
    // sentence the speaker's words open ("'We're going to build a wall,' Trump said") is a quote of its own.
    if (e.kind !== 'direct' || !e.speakerId || tokenCount(e.terms) < 2 || tokenIndex(e.contextTerms, e.terms) <= 0) continue;
    let best: Ranked<Q> | undefined;
    for (const r of ranked) {
      const d = r.quote;
      if (d === e || d.kind !== 'direct' || d.speakerId !== e.speakerId || d.sortDate !== e.sortDate || r.score >= echo.score * lift) continue;
      if (d.terms.length <= e.terms.length || tokenIndex(d.terms, e.terms) < 0) continue;
      if (!best || r.score > best.score) best = r;
    }
    if (best) {
      best.score = echo.score * lift;
      changed = true;
    }
  }
  return changed ? ranked.sort(compareRanked) : ranked;
}

/**
 * A well-ranked reported-speech summary lifts the direct quote it introduces: the same speaker's direct quote,
 * same date, whose neighbourhood (paragraph and those either side) holds the summary's terms in order. The quote
 * whose lead-in or own sentence holds the summary is the one it introduces ("Bennett insisted Wales can cope
 * without Thomas. Bennett told BBC Sport: 'Such is the spirit ...'"), before a better-scored quote of the same
 * speaker a paragraph further on that merely has the summary in its neighbourhood. Only the order changes;
 * coverage stays the quote's own, so the answer's relevance tests still judge its own words.
 */
function liftSummarisedQuotes<Q extends RankRow>(ranked: Ranked<Q>[], lift: number): Ranked<Q>[] {
  let changed = false;
  /** Each speaker's reported lines by day, gathered in one pass over the list the first time a quote needs them. */
  let reported: Map<string, Ranked<Q>[]> | undefined;
  for (const summary of ranked.slice(0, SUMMARY_WINDOW)) {
    const s = summary.quote;
    if (s.kind === 'direct' || !s.terms || !s.speakerId) continue;
    let best: Ranked<Q> | undefined;
    let bestIntroduced = false;
    let bestGap = Infinity;
    /** The speaker's other reported lines of that day. */
    let lines: Ranked<Q>[] | undefined;
    for (const r of ranked) {
      const d = r.quote;
      if (d.kind !== 'direct' || d.speakerId !== s.speakerId || d.sortDate !== s.sortDate || r.score >= summary.score * lift) continue;
      if (countToken(d.nearTerms, s.terms) === 0) continue;
      const introduced = countToken(d.leadTerms ?? '', s.terms) > 0 || countToken(d.contextTerms, s.terms) > 0;
      // A quote whose lead-in is another summary of the speaker's ("Lindqvist said flour prices had doubled. /
      // Lindqvist said the bakery would keep its hours. 'We have no plan to close on Sundays'") is introduced by
      // that one, not by the summary before it.
      reported ??= reportedLines(ranked);
      lines ??= (reported.get(dayKey(s)) ?? []).filter((o) => o.quote !== s);
      const gap = introduced ? 0 : ledByOtherSummary(lines, d) ? Infinity : termsAfter(d.nearTerms, s.terms, d.terms);
      if (!best || (introduced && !bestIntroduced) || (introduced === bestIntroduced && (gap < bestGap || (gap === bestGap && r.score > best.score)))) {
        best = r;
        bestIntroduced = introduced;
        bestGap = gap;
      }
    }
    if (best) {
      best.score = summary.score * lift;
      // It answers what the summary answers when the summary leads into it, or comes right before it and the quote
      // goes on from it ("Lynn said the Chargers saw winning as the step back into the playoff race. / 'We talked
      // all along ...,' Lynn said"); words "added" after it make a new point ("She said the intelligence services
      // would get more money. / 'Our economy grew faster ...,' she added"): moved, never made an answer.
      if (bestIntroduced || (bestGap < Infinity && !addsAPoint(best.quote))) best.introducedBy = summary;
      changed = true;
    }
  }
  return changed ? ranked.sort(compareRanked) : ranked;
}

/** A speaker's day: the key under which `reportedLines` files a quote. */
function dayKey(q: RankRow): string {
  return `${q.speakerId}\u0000${q.sortDate}`;
}

/** The reported-speech lines of the list by speaker and day, in their ranked order. */
function reportedLines<Q extends RankRow>(ranked: Ranked<Q>[]): Map<string, Ranked<Q>[]> {
  const byDay = new Map<string, Ranked<Q>[]>();
  for (const r of ranked) {
    if (r.quote.kind === 'direct' || !r.quote.speakerId) continue;
    const key = dayKey(r.quote);
    const list = byDay.get(key);
    if (list) list.push(r);
    else byDay.set(key, [r]);
  }
  return byDay;
}

/**
 * How far after the summary (in characters of the term string) the quote starts in their neighbourhood (`Infinity` when it does not follow it,
 * more than `RANK_WEIGHTS.summaryGap` terms stand between, or either is not found there): of several direct quotes near a summary, the one right after it is the one it
 * introduces ("the mayor said it would be difficult to measure how much Trump contributed to the city's ruin. /
 * 'I think you could write a whole history book on that,' said Guardian"), not one the paragraph before gave.
 */
function termsAfter(near: string, summary: string, quote: string): number {
  if (!summary || !quote) return Infinity;
  const at = tokenIndex(near, summary);
  if (at < 0) return Infinity;
  const end = at + summary.length;
  const own = tokenIndex(near, quote, end);
  if (own < 0) return Infinity;
  // Index terms standing between the summary's end and the quote's start (the reporter's words in between).
  const between = near.slice(end, own).trim();
  return (between ? between.split(' ').length : 0) > RANK_WEIGHTS.summaryGap ? Infinity : own - at;
}

/** The stem of "added", "adding" ("adds" is "add"): the cue of a speaker's new point. */
const ADDED = ['ad', 'add'];

/** Whether the quote's sentence gives it as something added ("..., she added"), outside the quote's own words. */
function addsAPoint(quote: RankRow): boolean {
  return ADDED.some((t) => countToken(quote.contextTerms, t) > countToken(quote.terms, t));
}

/**
 * Whether the quote's lead-in or sentence holds one of `lines` (the speaker's other reported-speech lines of that
 * day; a word quoted inside a summary, "he would find politics too 'boring'", belongs to that summary).
 */
function ledByOtherSummary(lines: Ranked<RankRow>[], quote: RankRow): boolean {
  const lead = quote.leadTerms ?? '';
  return lines.some((o) => !!o.quote.terms && (countToken(lead, o.quote.terms) > 0 || countToken(quote.contextTerms, o.quote.terms) > 0));
}

/** Where `run` first starts as whole tokens in the space-separated `terms`, from `from` on; -1 when it does not. */
function tokenIndex(terms: string, run: string, from = 0): number {
  for (let at = terms.indexOf(run, from); at >= 0; at = terms.indexOf(run, at + 1)) {
    const end = at + run.length;
    if ((at === 0 || terms[at - 1] === ' ') && (end === terms.length || terms[end] === ' ')) return at;
  }
  return -1;
}

/** IDF weight of the question words the quote's own words hold (a synonym at its lower weight). */
function inQuote(groups: QueryGroup[], weights: number[], counts: Map<string, number>): number {
  let sum = 0;
  groups.forEach((g, i) => {
    let best = 0;
    g.alternatives.forEach((alt, k) => {
      if (alt.length && alt.every((t) => counts.has(t))) best = Math.max(best, g.weights?.[k] ?? 1);
    });
    sum += (weights[i] as number) * best;
  });
  return sum;
}

/**
 * IDF weight of the question words the quote's own words do not answer (strength under 1) but hold a corpus
 * neighbour of ("aircraft" for "planes"), each times the neighbour's similarity and the share left unanswered.
 */
function relatedShare(parts: GroupScore[], weights: number[], hints: Neighbour[][], terms: string): number {
  let sum = 0;
  parts.forEach((p, i) => {
    const open = 1 - Math.min(1, p.strength);
    if (open <= 0) return;
    let best = 0;
    for (const h of hints[i] ?? []) if (h.similarity > best && countToken(terms, h.term) > 0) best = h.similarity;
    sum += (weights[i] as number) * open * best;
  });
  return sum;
}

/** A candidate's weight for the confidence of its attribution: 1 for a sure one, 1 - confidenceShare for a guess. */
function sureness(confidence: number): number {
  const share = RANK_WEIGHTS.confidenceShare;
  return 1 - share + share * Math.max(0, Math.min(1, confidence));
}

/** Best first; ties by newest, then by id so the order never depends on the store. */
export function compareRanked(a: Ranked<RankRow>, b: Ranked<RankRow>): number {
  return b.score - a.score || (b.quote.sortDate ?? '').localeCompare(a.quote.sortDate ?? '') || a.quote.id.localeCompare(b.quote.id);
}

/** How many adjacent question-word pairs appear adjacent and in order in the quote's (space-separated) terms. */
function inOrderPairs(groups: QueryGroup[], terms: string): number {
  if (groups.length < 2 || !terms) return 0;
  let n = 0;
  for (let i = 0; i + 1 < groups.length; i++) {
    const lefts = (groups[i] as QueryGroup).alternatives.map((a) => a.at(-1)).filter(Boolean);
    const rights = (groups[i + 1] as QueryGroup).alternatives.map((a) => a[0]).filter(Boolean);
    if (lefts.some((l) => rights.some((r) => countToken(terms, `${l} ${r}`) > 0))) n++;
  }
  return n;
}

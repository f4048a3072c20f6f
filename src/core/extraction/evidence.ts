/**
 * Completes the evidence of every attributed quote of an article with what only the whole article tells (other
 * people named near the quote, how often the speaker is named and quoted) and sets each quote's confidence.
 * Linear in the article: the named positions are sorted once and each quote looks at a bounded window.
 */
import { confidenceOf, isNameShaped, type MentionKind, type QuoteEvidence } from './confidence.js';
import type { ExtractedQuote } from './model.js';
import type { Cast } from './people.js';
import { namedWithin, type Person, type PronounCandidate } from './person.js';
import { pronounScore } from './pronouns.js';
import { PRONOUNS } from './lexicon/index.js';
import { partitionPoint } from '../text/sorted.js';

/** What the reader records per quote while attributing it. */
export interface AttributionRecord {
  quote: ExtractedQuote;
  evidence: Pick<QuoteEvidence, 'how' | 'kind' | 'cueVia' | 'cueVerb' | 'cueGap' | 'quoteWords' | 'splitHalf' | 'partial'>;
  /** The resolved person or organisation, the mention that gave it and where that mention is. */
  person?: Person | undefined;
  mention?: MentionKind | undefined;
  mentionWords?: number;
  mentionPos?: number | undefined;
  /** Where the cue verb that gave the speaker is (characters), when a cue of the quote's own gave it. */
  cueAt?: number | undefined;
  /** A pronoun speaker's candidates (for the pronoun model's fitting script). */
  pronounCandidates?: PronounCandidate[];
  /** The speaker's mention is one of several names joined by "and" (`coordinatedMention`). */
  coordinated?: boolean;
  /** The speaker is a description `describedHolder` left unnamed as ambiguous (reader.ts `Who.ambiguousHolder`). */
  descriptionAmbiguous?: boolean;
  /** The speaker was bound from a medium's description ("the paper said"; reader.ts `Who.medium`). */
  mediumDescription?: boolean;
}

/** Window around a quote where another named person is a rival speaker (characters before / after). */
const RIVAL_BEFORE = 400;
const RIVAL_AFTER = 150;
/** At most this many named positions are looked at per quote: the count is capped anyway. */
const RIVAL_SCAN = 60;
/** Window around the speaker's mention where another named person could have been the cue's subject. */
const MENTION_RIVAL_WINDOW = 120;
/** Attribution methods where the cue beside the quote names its speaker. */
const STRONG_HOWS: ReadonlySet<string> = new Set(['cue-after', 'cue-before', 'colon']);
/** Attribution methods where the speaker is the subject of a cue of the quote's own sentence. */
const CUE_HOWS: ReadonlySet<string> = new Set(['cue-after', 'cue-before', 'clause']);

/** Sets `confidence` on every record's quote; `observe` sees each quote with its full evidence. */
export function scoreAttributions(records: readonly AttributionRecord[], cast: Cast, observe?: (quote: ExtractedQuote, evidence: QuoteEvidence) => void): void {
  const named: { pos: number; person: Person }[] = [];
  for (const p of cast.persons) for (const pos of p.named) named.push({ pos, person: p });
  named.sort((a, b) => a.pos - b.pos);
  const quotesBy = new Map<string, number>();
  const strongBy = new Map<string, number>();
  const speakersIn = new Map<number, Map<string, number>>();
  /** Quotes of each speaker whose own cue names it, by paragraph. */
  const strongIn = new Map<string, Map<number, number>>();
  for (const r of records) {
    const name = r.quote.speaker?.name;
    if (!name) continue;
    quotesBy.set(name, (quotesBy.get(name) ?? 0) + 1);
    if (isStrong(r)) {
      strongBy.set(name, (strongBy.get(name) ?? 0) + 1);
      const at = strongIn.get(name) ?? new Map<number, number>();
      at.set(r.quote.paragraph, (at.get(r.quote.paragraph) ?? 0) + 1);
      strongIn.set(name, at);
    }
    const inPara = speakersIn.get(r.quote.paragraph) ?? new Map<string, number>();
    inPara.set(name, (inPara.get(name) ?? 0) + 1);
    speakersIn.set(r.quote.paragraph, inPara);
  }
  for (const r of records) {
    const q = r.quote;
    const s = q.speaker;
    // Written out field by field, one shape for every quote: spreading the reader's record in (with the optional
    // fields spread in only when present) gave each quote one of several shapes, and each field was then defined
    // the slow way (this ran for every quote of a bulk ingest).
    const e = r.evidence;
    const evidence: QuoteEvidence = {
      how: e.how,
      kind: e.kind,
      cueVia: e.cueVia,
      cueVerb: e.cueVerb,
      cueGap: e.cueGap,
      quoteWords: e.quoteWords,
      splitHalf: e.splitHalf,
      partial: e.partial,
      mention: r.mention || undefined,
      mentionWords: r.mentionWords ?? 0,
      mentionDistance: r.mentionPos === undefined ? 0 : r.mentionPos < q.start ? q.start - r.mentionPos : r.mentionPos > q.end ? r.mentionPos - q.end : 0,
      rivals: rivalsNear(named, q.start - RIVAL_BEFORE, q.end + RIVAL_AFTER, r.person),
      // (A body filed by its own "it" or its head keeps the person reading the model was fitted on: session 32, h-attr76.)
      speaker: !s ? 'none' : s.anonymous ? (r.person?.group ? 'group' : 'anonymous') : s.isOrganisation && r.person?.shownAsBody === undefined ? 'org' : 'person',
      speakerNameWords: s ? s.name.split(/\s+/u).length : 0,
      nameShaped: s ? isNameShaped(s.name) : false,
      speakerNamed: r.person?.named.length ?? 0,
      speakerQuotes: s ? (quotesBy.get(s.name) ?? 0) : 0,
      articleQuotes: records.length,
      strongOthers: s ? (strongBy.get(s.name) ?? 0) - (isStrong(r) ? 1 : 0) : 0,
      cueMentionDistance: r.cueAt === undefined || r.mentionPos === undefined || !CUE_HOWS.has(r.evidence.how) ? -1 : Math.abs(r.mentionPos - r.cueAt),
      rivalsNearMention: r.mentionPos === undefined ? 0 : rivalsNear(named, r.mentionPos - MENTION_RIVAL_WINDOW, r.mentionPos + MENTION_RIVAL_WINDOW, r.person),
      rivalsBetween: r.mentionPos === undefined ? 0 : rivalsNear(named, Math.min(r.mentionPos, q.start) + 1, Math.max(r.mentionPos, q.end) - 1, r.person, (pos) => pos < q.start || pos >= q.end),
      mixed: q.kind === 'indirect' && /["“”]/u.test(q.text),
      namedBefore: r.person !== undefined && r.mentionPos !== undefined && (r.person.named[0] ?? Infinity) <= r.mentionPos,
      pronounChoices: r.mention === 'pronoun' ? (r.pronounCandidates?.length ?? 0) : 0,
      pronounMargin: r.mention === 'pronoun' ? pronounMargin(r.pronounCandidates, r.person) : undefined,
      pronounDistance: r.mention === 'pronoun' ? chosenDistance(r.pronounCandidates, r.person) : undefined,
      pronounGenderMatch: r.mention === 'pronoun' ? chosenFeature(r.pronounCandidates, r.person, 'gender_match') === 1 : undefined,
      pronounGenderClash: r.mention === 'pronoun' ? chosenFeature(r.pronounCandidates, r.person, 'gender_clash') === 1 : undefined,
      pronounPassedOver: r.mention === 'pronoun' ? passedOverAgreeing(r.pronounCandidates, r.person) : undefined,
      pronounOverNamed: r.mention === 'pronoun' ? passedOverNamed(r.pronounCandidates, r.person) : undefined,
      pronounNoNamedTurn: r.mention === 'pronoun' ? noNamedTurn(r.pronounCandidates, r.person, s?.role) : undefined,
      coordinatedSpeaker: r.coordinated === true,
      descriptionAmbiguous: r.descriptionAmbiguous === true,
      mediumDescription: r.mediumDescription === true,
      pronounAsSpeaker: s ? PRONOUNS.has(s.name.toLowerCase()) : false,
      paragraphSpeakers: otherSpeakers(speakersIn.get(q.paragraph), s?.name),
      titleCase: isTitleCase(q.text),
      strongNear: s ? strongAround(strongIn.get(s.name), q.paragraph) - (isStrong(r) ? 1 : 0) : 0,
      namedNear: r.person !== undefined && namedWithin(r.person, q.start - RIVAL_BEFORE, q.end + RIVAL_AFTER),
    };
    if (r.pronounCandidates && observe) evidence.pronounCandidates = r.pronounCandidates.map((c) => ({ name: c.person.name, chosen: c.person === r.person, x: c.x }));
    q.confidence = confidenceOf(evidence);
    observe?.(q, evidence);
  }
}

/**
 * How far the pronoun model preferred the person a pronoun was read as over the next candidate (its linear score's
 * lead; negative when another scored higher and a rule chose this one). Undefined with no other candidate, or when
 * the person is none of the candidates (a document's "it").
 */
export function pronounMargin(candidates: readonly PronounCandidate[] | undefined, person: Person | undefined): number | undefined {
  if (!candidates || candidates.length < 2 || !person) return undefined;
  let chosen: number | undefined;
  let other = -Infinity;
  for (const c of candidates) {
    const score = pronounScore(c.x);
    if (c.person === person) chosen = score;
    else if (score > other) other = score;
  }
  return chosen === undefined ? undefined : chosen - other;
}

/** One of the pronoun model's features of the candidate a pronoun was read as (undefined when it is none of them). */
export function chosenFeature(candidates: readonly PronounCandidate[] | undefined, person: Person | undefined, feature: string): number | undefined {
  if (!candidates || !person) return undefined;
  for (const c of candidates) if (c.person === person) return c.x[feature];
  return undefined;
}

/**
 * A pronoun read as a person who took no turn before it under their own name, while no other candidate did either
 * (the pronoun model's `no_turn_by_name` on every one), and whom the article gives no role: the pronoun's real
 * antecedent is missing (a paragraph whose subject the text lost, "was delighted to be paired with United ... he
 * said") and whoever it was read as is only somebody the article spoke of (an object, a possessor, "Sir Alex
 * Ferguson's side"). A person introduced with an office ("economics minister Heizo Takenaka, who said ... He said")
 * is a source brought in to speak: over the corpus such reads were right 17 times of 19, the others 10 of 42
 * (docs/EXTRACTION.md, session 39, h-conf40).
 */
export function noNamedTurn(candidates: readonly PronounCandidate[] | undefined, person: Person | undefined, role: string | undefined): boolean {
  if (role || !candidates || !person || chosenFeature(candidates, person, 'no_turn_by_name') !== 1) return false;
  return candidates.every((c) => c.x['no_turn_by_name'] === 1);
}

/**
 * A pronoun read as a person the pronoun model scored under a candidate the quote itself names ('"I've had a quiet
 * word with Olof," he told': Olof Mellberg barred, the next best taken): the model's own choice was ruled out, so its
 * score says little of the one left.
 */
export function passedOverNamed(candidates: readonly PronounCandidate[] | undefined, person: Person | undefined): boolean {
  if (!candidates || !person) return false;
  const chosen = candidates.find((c) => c.person === person);
  if (!chosen) return false;
  const score = pronounScore(chosen.x);
  return candidates.some((c) => c.namedInQuote === true && pronounScore(c.x) > score);
}

/**
 * A pronoun read as a person whose gender the article does not give and whose last turn was not as a speaker, while
 * another candidate's known gender agrees with the pronoun ("O'Leary has rapped skipper Olof Mellberg ... Mellberg
 * spoke of his dislike ... 'I've had more than a quiet word with Olof,' he told": Mellberg chosen over David O'Leary).
 */
export function passedOverAgreeing(candidates: readonly PronounCandidate[] | undefined, person: Person | undefined): boolean {
  if (!candidates || !person) return false;
  const chosen = candidates.find((c) => c.person === person);
  if (!chosen || chosen.x['gender_match'] === 1 || chosen.x['last_turn_speaker'] === 1) return false;
  return candidates.some((c) => c.person !== person && c.x['gender_match'] === 1);
}

/** The pronoun model's `distance` of the candidate a pronoun was read as (undefined when it is none of them). */
export const chosenDistance = (candidates: readonly PronounCandidate[] | undefined, person: Person | undefined): number | undefined =>
  chosenFeature(candidates, person, 'distance');

/** Longest quote read as a title, in words. */
const TITLE_WORDS = 12;
const TITLE_CASE_WORD = /[\p{L}][\p{L}'’-]*/gu;

/**
 * "Face the Nation", "Collapse: How Societies Choose to Fail or Succeed": a short quote whose longer words (four
 * letters or more) after the first are all capitalised, at least one of them. Speech rarely reads so.
 */
export function isTitleCase(text: string): boolean {
  // Word by word: a quote longer than a title is told after TITLE_WORDS + 1 words, not after reading all of it.
  // (exec from lastIndex 0 rather than matchAll, which copies the regex on every call.)
  const words: string[] = [];
  TITLE_CASE_WORD.lastIndex = 0;
  for (let m = TITLE_CASE_WORD.exec(text); m; m = TITLE_CASE_WORD.exec(text)) {
    words.push(m[0]);
    if (words.length > TITLE_WORDS) return false;
  }
  if (words.length < 2) return false;
  const longer = words.slice(1).filter((w) => w.length >= 4);
  return longer.length > 0 && longer.every((w) => /^\p{Lu}/u.test(w));
}

/** The cue beside the quote named its speaker: the reading other quotes of that speaker can lean on. */
function isStrong(r: AttributionRecord): boolean {
  return STRONG_HOWS.has(r.evidence.how) && (r.mention === 'name' || r.mention === 'org');
}

/** Quotes of a speaker named at their own cue in paragraph `p` or the paragraphs either side of it. */
function strongAround(byParagraph: ReadonlyMap<number, number> | undefined, p: number): number {
  if (!byParagraph) return 0;
  return (byParagraph.get(p - 1) ?? 0) + (byParagraph.get(p) ?? 0) + (byParagraph.get(p + 1) ?? 0);
}

/** Speakers of a paragraph other than `self`. */
function otherSpeakers(inParagraph: ReadonlyMap<string, number> | undefined, self: string | undefined): number {
  if (!inParagraph) return 0;
  return inParagraph.size - (self !== undefined && inParagraph.has(self) ? 1 : 0);
}

/** Distinct people other than `self` named in `[from, to]` of the article (at positions `keep` accepts). */
function rivalsNear(named: readonly { pos: number; person: Person }[], from: number, to: number, self: Person | undefined, keep: (pos: number) => boolean = () => true): number {
  const lo = partitionPoint(named.length, (i) => named[i]!.pos < from);
  const seen = new Set<Person>();
  for (let i = lo; i < named.length && i < lo + RIVAL_SCAN && named[i]!.pos <= to; i++) {
    const p = named[i]!.person;
    if (p !== self && !p.group && keep(named[i]!.pos)) seen.add(p);
  }
  return seen.size;
}

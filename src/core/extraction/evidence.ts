/**
 * Completes the evidence of every attributed quote of an article with what only the whole article tells (other
 * people named near the quote, how often the speaker is named and quoted) and sets each quote's confidence.
 * Linear in the article: the named positions are sorted once and each quote looks at a bounded window.
 */
import { confidenceOf, isNameShaped, type MentionKind, type QuoteEvidence } from './confidence.js';
import type { ExtractedQuote } from './model.js';
import type { Cast, Person, PronounCandidate } from './people.js';

/** What the reader records per quote while attributing it. */
export interface AttributionRecord {
  quote: ExtractedQuote;
  evidence: Pick<QuoteEvidence, 'how' | 'kind' | 'cueVia' | 'cueGap' | 'quoteWords' | 'splitHalf' | 'partial'>;
  /** The resolved person or organisation, the mention that gave it and where that mention is. */
  person?: Person | undefined;
  mention?: MentionKind | undefined;
  mentionWords?: number;
  mentionPos?: number | undefined;
  /** A pronoun speaker's candidates (for the pronoun model's fitting script). */
  pronounCandidates?: PronounCandidate[];
}

/** Window around a quote where another named person is a rival speaker (characters before / after). */
const RIVAL_BEFORE = 400;
const RIVAL_AFTER = 150;
/** At most this many named positions are looked at per quote: the count is capped anyway. */
const RIVAL_SCAN = 60;

/** Sets `confidence` on every record's quote; `observe` sees each quote with its full evidence. */
export function scoreAttributions(records: readonly AttributionRecord[], cast: Cast, observe?: (quote: ExtractedQuote, evidence: QuoteEvidence) => void): void {
  const named: { pos: number; person: Person }[] = [];
  for (const p of cast.persons) for (const pos of p.named) named.push({ pos, person: p });
  named.sort((a, b) => a.pos - b.pos);
  const quotesBy = new Map<string, number>();
  for (const r of records) {
    const name = r.quote.speaker?.name;
    if (name) quotesBy.set(name, (quotesBy.get(name) ?? 0) + 1);
  }
  for (const r of records) {
    const q = r.quote;
    const s = q.speaker;
    const evidence: QuoteEvidence = {
      ...r.evidence,
      ...(r.mention ? { mention: r.mention } : {}),
      mentionWords: r.mentionWords ?? 0,
      mentionDistance: r.mentionPos === undefined ? 0 : r.mentionPos < q.start ? q.start - r.mentionPos : r.mentionPos > q.end ? r.mentionPos - q.end : 0,
      rivals: rivalsNear(named, q.start - RIVAL_BEFORE, q.end + RIVAL_AFTER, r.person),
      speaker: !s ? 'none' : s.anonymous ? (r.person?.group ? 'group' : 'anonymous') : s.isOrganisation ? 'org' : 'person',
      speakerNameWords: s ? s.name.split(/\s+/u).length : 0,
      nameShaped: s ? isNameShaped(s.name) : false,
      speakerNamed: r.person?.named.length ?? 0,
      speakerQuotes: s ? (quotesBy.get(s.name) ?? 0) : 0,
      articleQuotes: records.length,
      ...(r.pronounCandidates && observe ? { pronounCandidates: r.pronounCandidates.map((c) => ({ name: c.person.name, chosen: c.person === r.person, x: c.x })) } : {}),
    };
    q.confidence = confidenceOf(evidence);
    observe?.(q, evidence);
  }
}

/** Distinct people other than `self` named in `[from, to]` of the article. */
function rivalsNear(named: readonly { pos: number; person: Person }[], from: number, to: number, self: Person | undefined): number {
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (named[mid]!.pos < from) lo = mid + 1;
    else hi = mid;
  }
  const seen = new Set<Person>();
  for (let i = lo; i < named.length && i < lo + RIVAL_SCAN && named[i]!.pos <= to; i++) {
    const p = named[i]!.person;
    if (p !== self && !p.group) seen.add(p);
  }
  return seen.size;
}

import type { Answer, QuoteHit, SourceView, SpeakerSummary, SpeakerView, Verification } from './model.js';
import { cutAtWord, oneLine } from '../text/display.js';
import { whenPhrase } from './when.js';

/**
 * The platform-neutral view of an answer: what is shown, in which order, and in which words. The CLI, Slack
 * and Discord renderers all read it, so they state the same facts (speaker, role, quote, when, source,
 * differences, speaker lists, notices) and differ only in markup and limits. Plain text throughout: every
 * renderer escapes for its own platform. No length limits here; each platform cuts to its own.
 */
export interface AnswerView {
  kind: 'help' | 'not_found' | 'found';
  question: string;
  /** How the question was understood, one phrase per part ("speaker “Kirby”", "about ferries"). */
  understood: string[];
  /** "who said": the verdict on the pasted words, shown first. */
  verdict?: VerdictView;
  /** Other speakers the name fits (an ambiguous surname), shown before the quotes. */
  alternatives?: { query?: string; speakers: SpeakerItemView[] };
  /** "which speakers talked about ...": the speakers answer the question; their quotes follow as evidence. */
  speakerList?: { topic: string; speakers: SpeakerItemView[]; note?: string };
  /** The quotes of this page, best first. */
  quotes: QuoteView[];
  paging: PagingView;
  /** Question terms found in the shown quotes. */
  matched: string[];
  /** Nothing on record: why, who the asker may have meant, and what a named speaker is on record about. */
  notFound?: { note: string; nearest: SpeakerItemView[]; topics?: { speaker: string; topics: string[] } };
  help?: { examples: string[]; mostQuoted: SpeakerItemView[]; note?: string };
  /** A note for a found answer (rare: the core explains an unusual result). */
  note?: string;
  tookMs: number;
}

/** A speaker as a line: the name and what they are (role, organisation), or null when nobody is identified. */
export interface SpeakerLabel {
  name: string;
  /** Role and organisation, without repeats (an organisation already named in the role is not said twice). */
  details: string[];
}

/** A speaker in a list (nearest speakers, which speakers, alternatives). */
export interface SpeakerItemView {
  id: string;
  label: SpeakerLabel;
  /** "1 quote", "7 quotes". */
  count: string;
  /** Why it is listed ("name close to what you typed"). */
  reason?: string;
}

/** A notice said beside a quote's speaker. Kinds are open so new notices (corrections) slot in. */
export interface QuoteNotice {
  kind: 'attribution-uncertain' | 'corrected' | (string & {});
  /** The words shown ("attribution uncertain"). */
  text: string;
}

/** The article as shown. */
export interface SourceLabel {
  /** The headline; else the URL, the file name, or "source article". */
  title: string;
  /** As given; each platform decides which addresses it links. */
  url?: string;
  outlet?: string;
  /** The day (YYYY-MM-DD) when the article gives a full date, else its words. */
  published?: string;
  /** The file name, when there is no URL and a headline names the article. */
  file?: string;
}

/** One quote as shown. */
export interface QuoteView {
  id: string;
  /** 1-based position in the whole result list. */
  position: number;
  /** The quote's words as published (trimmed). */
  words: string;
  /** Direct speech in quotation marks; reported speech is the reporter's wording and says so. */
  direct: boolean;
  speaker: SpeakerLabel | null;
  notices: QuoteNotice[];
  /** The one "when" phrase (see when.ts). */
  when?: string;
  /** When, to whom and where: ["on Tuesday (2023-11-07)", "to the council", "at a briefing"]. */
  circumstances: string[];
  source: SourceLabel;
  alsoIn: SourceLabel[];
  /** The paragraph around the quote. */
  context: string;
  matched: string[];
}

/** The verdict of a "who said": the headline, a one-sentence summary and the real differences. */
export interface VerdictView {
  kind: 'exact' | 'excerpt' | 'closest';
  /** "Who said it" (the words are the speaker's) or "Closest real quote" (they are not, quite). */
  headline: string;
  speaker: SpeakerLabel | null;
  notices: QuoteNotice[];
  /** "in exactly these words", "83% of your words are in it, in order; ...". */
  summary: string;
  /** The differences worth marking; absent when there are none (exact words, or a clean excerpt). */
  differences?: DifferencePart[];
}

/**
 * One run of words in the differences: `same` (in both), `added` (only in the pasted words), `removed` (the
 * quote's words the paste changed or left out), `beyond` (the quote's words before or after the part the paste
 * covers: not a difference, shown unmarked, shortened with "…").
 */
export interface DifferencePart {
  op: 'same' | 'added' | 'removed' | 'beyond';
  text: string;
}

/** The range of results shown and where Previous and More go. */
export interface PagingView {
  /** 1-based first and last positions shown, and the total (never less than what is shown). */
  first: number;
  last: number;
  total: number;
  /** Offset of the next page, when there are more results. */
  next?: number;
  /** Offset of the previous page (a whole page back), when this is not the first. */
  previous?: number;
}

/** The words every renderer uses for the same facts. */
export const WORDING = {
  unidentified: 'speaker not identified',
  uncertain: 'attribution uncertain',
  corrected: 'speaker corrected by an editor',
  reported: 'reported',
  notFound: 'No quote found',
  noMatch: 'No quote in the index matches that question.',
  nobodySpeaks: 'Nobody in the index speaks about that.',
  verdict: { found: 'Who said it', closest: 'Closest real quote' },
  differencesTitle: 'How your words differ',
  /** What each mark means, for the platform's legend. */
  legend: { added: 'in your words, not in the quote', removed: 'in the quote, missing from yours' },
  sourceFallback: 'source article',
  /**
   * What the chat workflow offers, for both bots' help (each adds how to reach it on its platform: the menu,
   * the command's name, who counts as an editor).
   */
  workflow: {
    verify: 'who really said the quoted words of any message, the real quote and how the words differ, answered privately',
    follow: "a speaker's new quotes (optionally on one topic) posted in this channel as they are added",
    cite: 'a plain-text citation of the quotes shown (quote, speaker, role, outlet, date, link) to paste into the CMS',
    share: 'posts exactly the quotes shown for the channel',
    correct: 'for editors: set the right speaker or mark it not a quote, with a reason; it survives re-ingest and can be undone',
  },
} as const;

/** Words kept on each side of the pasted part when the quote goes on beyond it. */
const BEYOND_WORDS = 4;

/** The view of an answer; `pageSize` makes Previous go back a whole page (default 3, the bots' page). */
export function answerView(answer: Answer, options: { pageSize?: number } = {}): AnswerView {
  const quotes = answer.hits.map((hit, i) => quoteView(hit, answer.offset + i + 1));
  const view: AnswerView = {
    kind: answer.status,
    question: answer.question,
    understood: understoodParts(answer),
    quotes,
    // A speaker list pages through nothing: its quotes are the evidence, all of them on this one page.
    paging: pagingView(answer.understood.intent === 'speakers' ? { ...answer, total: answer.hits.length, offset: 0 } : answer, options.pageSize ?? 3),
    matched: [...new Set(answer.hits.flatMap((h) => h.matched))],
    tookMs: answer.tookMs,
  };
  if (answer.status === 'help') {
    view.help = { examples: answer.examples, mostQuoted: answer.speakers.map(speakerItemView), ...(answer.note ? { note: answer.note } : {}) };
    return view;
  }
  if (answer.status === 'not_found') {
    const named = answer.understood.speaker?.resolved[0]?.name;
    view.notFound = {
      note: answer.note ?? WORDING.noMatch,
      nearest: answer.speakers.map(speakerItemView),
      ...(answer.topics?.length ? { topics: { speaker: named ?? 'The speaker', topics: answer.topics } } : {}),
    };
    return view;
  }
  const top = answer.hits[0];
  if (answer.verification && top) view.verdict = verdictView(answer.verification, top);
  if (answer.alternatives.length) view.alternatives = { ...(answer.understood.speaker?.query ? { query: answer.understood.speaker.query } : {}), speakers: answer.alternatives.map(speakerItemView) };
  if (answer.understood.intent === 'speakers' || quotes.length === 0) {
    view.speakerList = {
      topic: answer.understood.topic.join(' '),
      speakers: answer.speakers.map(speakerItemView),
      ...(answer.speakers.length ? {} : { note: answer.note ?? WORDING.nobodySpeaks }),
    };
  } else if (answer.note) view.note = answer.note;
  return view;
}

/** One quote as shown, at its 1-based position in the result list. */
export function quoteView(hit: QuoteHit, position = 1): QuoteView {
  const when = whenPhrase(hit.saidOn);
  const circumstances = [when, hit.audience ? `to ${hit.audience}` : undefined, hit.setting].filter((x): x is string => !!x?.trim());
  return {
    id: hit.id,
    position,
    words: hit.text.trim(),
    direct: hit.kind === 'direct',
    speaker: speakerLabel(hit.speaker),
    notices: quoteNotices(hit),
    ...(when ? { when } : {}),
    circumstances,
    source: sourceLabel(hit.article),
    alsoIn: hit.alsoIn.map(sourceLabel),
    context: hit.context,
    matched: hit.matched,
  };
}

/** The notices said beside a quote's speaker. */
export function quoteNotices(hit: QuoteHit): QuoteNotice[] {
  // An editor's correction replaces the extractor's doubt: the speaker shown is the editor's.
  if (hit.corrected) return [{ kind: 'corrected', text: WORDING.corrected }];
  return hit.attributionUncertain ? [{ kind: 'attribution-uncertain', text: WORDING.uncertain }] : [];
}

/** A speaker's name and, without repeats, role and organisation; null when nobody is identified. */
export function speakerLabel(s: SpeakerView | null | undefined): SpeakerLabel | null {
  const name = s?.name.trim();
  if (!s || !name) return null;
  const details: string[] = [];
  const said = (x: string) => [name, ...details].some((d) => d.toLowerCase().includes(x.toLowerCase()));
  for (const x of [s.role, s.organisation]) {
    const t = x?.trim();
    if (t && !said(t)) details.push(t);
  }
  return { name, details };
}

/** A speaker in a list, with how many quotes and why it is listed. */
export function speakerItemView(s: SpeakerSummary): SpeakerItemView {
  return {
    id: s.id,
    label: speakerLabel(s) ?? { name: s.id, details: [] },
    count: s.quotes === 1 ? '1 quote' : `${s.quotes} quotes`,
    ...(s.reason ? { reason: s.reason } : {}),
  };
}

/** The article as shown: a file path names the source only by its file name (the server's folders are nobody's business). */
export function sourceLabel(src: SourceView): SourceLabel {
  const file = src.path ? src.path.split(/[\\/]/).pop() || undefined : undefined;
  const title = src.title?.trim() || src.url || file || WORDING.sourceFallback;
  const published = src.published?.trim();
  return {
    title,
    ...(src.url ? { url: src.url } : {}),
    ...(src.outlet?.trim() ? { outlet: src.outlet.trim() } : {}),
    ...(published ? { published: /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : published } : {}),
    ...(!src.url && src.title?.trim() && file ? { file } : {}),
  };
}

/** The verdict of a "who said" on its best quote. */
export function verdictView(v: Verification, top: QuoteHit): VerdictView {
  const differences = differencesOf(v);
  const kind = v.exact ? 'exact' : v.excerpt ? 'excerpt' : 'closest';
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const summary =
    kind === 'exact'
      ? 'in exactly these words'
      : kind === 'excerpt'
        ? differences
          ? 'all your words are in it, in order, but it says more between them (marked below)'
          : 'your words are an exact part of a longer quote, shown in full below'
        : `${pct(v.coverage)} of your words are in it, in order; ${pct(v.similarity)} of its words are in yours`;
  return {
    kind,
    headline: kind === 'closest' ? WORDING.verdict.closest : WORDING.verdict.found,
    speaker: speakerLabel(top.speaker),
    notices: quoteNotices(top),
    summary,
    ...(differences ? { differences } : {}),
  };
}

/**
 * The differences worth marking between pasted words and the real quote. The quote's words before the first
 * and after the last word in common are where the paste simply starts later or stops earlier: they are not
 * differences (`beyond`), except as many of them as the paste has words of its own there (a changed first or
 * last word). Undefined when nothing differs: exact words, or an excerpt cut from a longer quote.
 */
export function differencesOf(v: Verification): DifferencePart[] | undefined {
  if (v.exact) return undefined;
  const parts = v.diff.filter((p) => p.text.trim());
  const first = parts.findIndex((p) => p.op === 'same');
  if (first < 0) return parts.some((p) => p.op !== 'same') ? merge(parts.map((p) => ({ op: p.op, text: p.text }))) : undefined;
  let last = parts.length - 1;
  while (parts[last]?.op !== 'same') last--;
  const shown = [...edge(parts.slice(0, first), 'head'), ...parts.slice(first, last + 1), ...edge(parts.slice(last + 1), 'tail')];
  return shown.some((p) => p.op === 'added' || p.op === 'removed') ? merge(shown) : undefined;
}

/** An edge of the diff: the quote's words there are `beyond`, but for as many as the paste's own words there. */
function edge(region: DifferencePart[], side: 'head' | 'tail'): DifferencePart[] {
  const words = (p: DifferencePart) => p.text.trim().split(/\s+/);
  const added = region.filter((p) => p.op === 'added').reduce((n, p) => n + words(p).length, 0);
  const removed = region.filter((p) => p.op === 'removed').flatMap(words);
  const beyondCount = Math.max(0, removed.length - added);
  if (beyondCount === 0) return region;
  // The head keeps the removed words nearest the paste (its end); the tail keeps those at its start.
  const beyond = side === 'head' ? removed.slice(0, beyondCount) : removed.slice(removed.length - beyondCount);
  let skip = side === 'head' ? beyondCount : 0;
  let keep = side === 'head' ? Infinity : added;
  const rest: DifferencePart[] = [];
  for (const p of region) {
    if (p.op !== 'removed') {
      rest.push(p);
      continue;
    }
    const w = words(p);
    const dropped = Math.min(skip, w.length);
    skip -= dropped;
    const kept = w.slice(dropped, dropped + Math.min(keep, w.length - dropped));
    keep -= kept.length;
    if (kept.length) rest.push({ op: 'removed', text: kept.join(' ') });
  }
  const text =
    side === 'head'
      ? (beyond.length > BEYOND_WORDS ? ['…', ...beyond.slice(-BEYOND_WORDS)] : beyond).join(' ')
      : (beyond.length > BEYOND_WORDS ? [...beyond.slice(0, BEYOND_WORDS), '…'] : beyond).join(' ');
  return side === 'head' ? [{ op: 'beyond', text }, ...rest] : [...rest, { op: 'beyond', text }];
}

/** Adjacent runs of the same kind become one. */
function merge(parts: DifferencePart[]): DifferencePart[] {
  const out: DifferencePart[] = [];
  for (const p of parts) {
    const prev = out.at(-1);
    if (prev && prev.op === p.op) prev.text += ` ${p.text}`;
    else out.push({ ...p });
  }
  return out;
}

function pagingView(a: Answer, pageSize: number): PagingView {
  const shownEnd = a.offset + a.hits.length;
  // Never "Result 3 of 1", whatever the total counts.
  const total = Math.max(a.total, shownEnd);
  const size = Math.max(1, pageSize);
  return {
    first: a.hits.length ? a.offset + 1 : 0,
    last: shownEnd,
    total,
    ...(a.hits.length && shownEnd < a.total ? { next: shownEnd } : {}),
    ...(a.offset > 0 ? { previous: Math.max(0, a.offset - size) } : {}),
  };
}

/** How the question was understood, phrase by phrase. */
function understoodParts(a: Answer): string[] {
  const u = a.understood;
  const parts: string[] = [];
  if (u.speaker?.query.trim()) parts.push(`speaker “${u.speaker.query.trim()}”`);
  if (u.topic.length) parts.push(`about ${u.topic.join(', ')}`);
  if (u.time?.text.trim()) parts.push(u.time.text.trim());
  if (u.quoted?.trim()) parts.push(`the words “${u.quoted.trim()}”`);
  return parts;
}

/**
 * One plain line naming an answer, for notifications and previews ("Who said it: Maria Kirby: “...”"), with
 * the quote's words cut at a word to `quoteMax` characters.
 */
export function headlineOf(view: AnswerView, quoteMax = 300): string {
  if (view.kind === 'help') return 'How to ask OnRecord';
  if (view.notFound) {
    const names = view.notFound.nearest.slice(0, 3).map((s) => s.label.name);
    return `${WORDING.notFound}.${names.length ? ` Nearest speakers: ${names.join(', ')}.` : ''}`;
  }
  const list = view.speakerList
    ? `Speakers${view.speakerList.topic ? ` on ${view.speakerList.topic}` : ''}: ${view.speakerList.speakers.slice(0, 5).map((s) => s.label.name).join(', ') || 'none'}`
    : undefined;
  const top = view.quotes[0];
  if (!top) return list ?? WORDING.notFound;
  const who = `${top.speaker?.name ?? WORDING.unidentified}${top.notices.map((n) => ` (${n.text})`).join('')}`;
  const words = cutAtWord(oneLine(top.words), quoteMax).text;
  const quote = `${who}: ${top.direct ? `“${words}”` : words}`;
  if (view.verdict) return `${view.verdict.headline}: ${quote}`;
  return list ? `${list}. ${quote}` : quote;
}

import { indexTerms } from '../search/tokenize.js';
import { boundedEditDistance } from '../search/edit-distance.js';
import { NAME_PREFIXES, nameWords, namePart, sameFirstNameEitherWay } from '../speakers/names.js';
import { soundAlikeGivenNames, type SpeakerMatch, type SpeakerRegistry } from '../speakers/registry.js';
import type { QuoteFilter, QuoteStore, RankRow, ReadOptions, StoredSpeaker } from '../store/port.js';
import type { Ranked } from './rank.js';
import { isWordChar, occurrencesEndingWord, skipSpacesBack } from './text-scan.js';

/** Quotes read to find where an article writes the full name (the same bound as a mention count). */
const NAME_POOL = 40;
/** One-word speaker records tried for one typed surname. */
const MAX_RECORDS = 3;
/** Ranked quotes whose articles are checked (a shown page and the next). */
const CHECKED = 20;

/** One-word speaker records ("Maddow") an article also names in full ("The Rachel Maddow Show"), and those articles. */
export interface WrittenInFull {
  matches: SpeakerMatch[];
  /** Per speaker id: the articles that write the typed full name. */
  articles: Map<string, Set<string>>;
}

/**
 * "Rachel Maddow" when the extractor filed her words under "Maddow" alone: the speaker record has no first name,
 * so the typed one cannot be checked against it, and the question found nobody ("no quote from Rachel Maddow is on
 * record") while her words sat under her surname. A one-word person record whose name is the typed surname (or one
 * edit from it, five letters or more) is the person asked for only in the articles that write the full name, the
 * typed given name (or its short form, or one edit from it) right before the surname ("MSNBC's 'The Rachel Maddow
 * Show'", "Press Secretary Josh Earnest"): another Maddow's quotes in another article stay out. One bounded
 * full-text look-up of the surname (the quotes whose words or sentence hold it), as for a mention count.
 */
export async function writtenInFull(
  phrase: string | undefined,
  registry: SpeakerRegistry,
  visible: (s: StoredSpeaker) => boolean,
  store: QuoteStore,
  filter: QuoteFilter,
  options?: ReadOptions,
): Promise<WrittenInFull | undefined> {
  if (!phrase) return undefined;
  const typed = namePart(phrase).split(/\s+/).filter(Boolean);
  if (typed.length < 2 || typed.length > 3) return undefined;
  const given = typed.slice(0, -1).map((w) => nameWords(w)[0] ?? '').filter((w) => w && !NAME_PREFIXES.has(w));
  const first = given.at(-1);
  const last = typed.at(-1) as string;
  if (!first || first.length < 2 || !/^\p{L}+$/u.test(first)) return undefined;
  const seen = new Set<string>();
  const records: SpeakerMatch[] = [];
  for (const m of [...registry.exactMatches(last, visible), ...registry.fuzzyMatches(last, visible, 5)]) {
    const s = m.speaker;
    if (seen.has(s.id) || s.isOrganisation || nameWords(s.name).length !== 1) continue;
    seen.add(s.id);
    records.push({ speaker: s, kind: 'surname', score: 0.9 });
    if (records.length >= MAX_RECORDS) break;
  }
  if (records.length === 0) return undefined;
  const articles = new Map<string, Set<string>>();
  // A common surname ("King") fills the pool with other quotes: the full name in a quote's own words is looked up too.
  const givenTerm = indexTerms(first)[0];
  for (const m of records) {
    const term = indexTerms(m.speaker.name)[0];
    if (!term) continue;
    const found = new Set<string>();
    // The record's own quotes too: the full name is often only in the attribution sentence before the words
    // ("Their lawyer, Majeed Memon, said: ..."), which the term look-ups above do not read (session 32, h-qa78).
    const rows = [...(await store.quotesByTerms([term], filter, NAME_POOL, options)), ...(givenTerm ? await store.quotesWithAllTerms([givenTerm, term], filter, NAME_POOL, options) : []), ...(await store.quotesBySpeakers([m.speaker.id], filter, NAME_POOL, options))];
    for (const q of rows) {
      if (writesFullName(`${q.text}\n${q.context}`, first, m.speaker.name)) found.add(q.articleId);
    }
    if (found.size > 0) articles.set(m.speaker.id, found);
  }
  const matches = records.filter((m) => articles.has(m.speaker.id));
  return matches.length ? { matches, articles } : undefined;
}

/** The ranked quotes of `full`'s records that come from an article writing the full name (the first `CHECKED`). */
export async function inNamingArticles<R extends Ranked<RankRow>>(rows: readonly R[], full: WrittenInFull, store: QuoteStore, options?: ReadOptions): Promise<R[]> {
  const head = rows.slice(0, CHECKED);
  if (head.length === 0) return [];
  const where = new Map((await store.getQuotes(head.map((r) => r.quote.id), options)).map((q) => [q.id, q.articleId]));
  return head.filter((r) => full.articles.get(r.quote.speakerId ?? '')?.has(where.get(r.quote.id) ?? '') === true);
}

/**
 * True when `text` writes `name` right after a given name that is `given` as typed: the same word, a short form of
 * it either way, one edit from it (four letters or more), or a given name that sounds alike ("Majid" for "Majeed",
 * `soundAlikeGivenNames`); a middle initial may stand between.
 */
export function writesFullName(text: string, given: string, name: string): boolean {
  for (const i of occurrencesEndingWord(text, name)) {
    const word = wordBefore(text, i);
    const w = word ? nameWords(word)[0] : undefined;
    if (w && word && /^\p{Lu}/u.test(word) && (w === given || sameFirstNameEitherWay(given, w) || (given.length >= 4 && boundedEditDistance(given, w, 1) <= 1) || soundAlikeGivenNames(given, w))) return true;
  }
  return false;
}

/** The word before position `i`, past spaces and one middle initial ("Gene B. Sperling"), read by a scan. */
function wordBefore(text: string, i: number): string | undefined {
  const letter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  let j = skipSpacesBack(text, i);
  // A middle initial: one capital letter and its full stop.
  if (j >= 1 && text[j] === '.' && letter(text[j - 1]) && !letter(text[j - 2])) j = skipSpacesBack(text, j - 1);
  const end = j + 1;
  while (j >= 0 && letter(text[j])) j--;
  return end > j + 1 ? text.slice(j + 1, end) : undefined;
}

/**
 * The ranked quotes (the first `CHECKED`) whose own words or paragraph write `titled` ("Sir Paul", "Dame Judi") as
 * a name: capitalised, the given name whole ("Sir Paul said", "Sir Paul McCartney"). A knight asked for by title and
 * given name is the speaker the article calls so; another Paul on record is not, whatever he said on the topic.
 */
export async function calledByTitle<R extends Ranked<RankRow>>(rows: readonly R[], titled: string, store: QuoteStore, options?: ReadOptions): Promise<R[]> {
  const head = rows.slice(0, CHECKED);
  if (head.length === 0) return [];
  const [title = '', given = ''] = titled.trim().split(/\s+/);
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  const needle = `${cap(title)} ${cap(given)}`;
  const writes = (text: string): boolean => {
    for (const i of occurrencesEndingWord(text, needle)) if (!isWordChar(text.charAt(i - 1))) return true;
    return false;
  };
  const said = new Set((await store.getQuotes(head.map((r) => r.quote.id), options)).filter((q) => writes(`${q.text}\n${q.context}`)).map((q) => q.id));
  return head.filter((r) => said.has(r.quote.id));
}

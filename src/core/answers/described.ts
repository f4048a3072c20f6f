import { BODY_VOICE_NOUNS } from '../extraction/lexicon/roles.js';
import type { ParsedQuestion } from '../questions/understand.js';
import { countToken, groupTerms, type QueryGroup } from '../search/bm25.js';
import { fullWeightReadings } from '../search/expansion.js';
import { stem, words } from '../search/tokenize.js';
import { isPartyWord, officeSpellings, officeWord, sameOfficeSpellings } from '../speakers/roles.js';
import type { RankRow } from '../store/port.js';
import { ARTICLE_POOL, TERM_POOL, retrievalTerms } from './candidates.js';
import type { AskContext } from './context.js';
import { compareRanked, rankCandidates, type Ranked } from './rank.js';
import { namesThirdParty } from './third-party.js';

/**
 * A speaker asked for by a description no role on record holds ("the guy who designed RSS", "Nogar's son", "the
 * Salford MP"): news writing describes a speaker where it quotes them ("He designed the format called RSS. ...
 * 'No matter how you look at it...,' he says"), so the description is looked for around the quote, in its
 * sentence and the paragraphs either side, never in the quote's own words (a quote that mentions RSS does not
 * make its speaker RSS's designer).
 */

/** A description may miss one of its words around the quote from this many words on (names and titles vary). */
const LOOSE_FROM = 4;

/** How a quote's surroundings bear a description out: in its own sentence, only in the paragraphs around it, or not. */
export type DescriptionLevel = 'sentence' | 'near' | 'none';

/** Whether the words around a quote (sentence or neighbourhood, not the quote itself) hold the description. */
export function describesSpeaker(given: Pick<RankRow, 'terms' | 'contextTerms' | 'nearTerms'>, description: QueryGroup[], office?: Office, holders: readonly string[] = [], surname?: string, nameBeside = false, quoted: QuotedRuns = new Map()): DescriptionLevel {
  const row = quoted.size === 0 ? given : { terms: given.terms, contextTerms: blankQuoted(given.contextTerms, quoted, given.terms), nearTerms: blankQuoted(given.nearTerms, quoted, given.terms) };
  let around = 0;
  let sentence = 0;
  let officeSentence = office === undefined;
  let officeAround = office === undefined;
  const officeGroup = office?.word;
  // Beside the name of a holder of the asked role, the description is that holder's ("after the Florida senator
  // suspended his campaign, Cruz ... Rubio" in a sentence quoting Ted Cruz): it describes nobody else there. The
  // quote's own words count here: a quote naming the holder is about them.
  const beside = (field: string) => holders.some((h) => countToken(field, h) > 0);
  const holderInSentence = beside(row.contextTerms);
  const holderNear = holderInSentence || beside(row.nearTerms);
  const wordReadings = description.map((g) => descriptionReadings(g, office));
  // A party is never the word a description may miss: "the chairwoman of Hillsborough County Democrats" is not the
  // county GOP's chairwoman, who holds every other word.
  let partySentence = true;
  let partyAround = true;
  for (const [i, g] of description.entries()) {
    const readings = wordReadings[i] ?? [];
    // The sentence and the neighbourhood hold the quote's own words too: a term counts there only beyond those.
    const outside = (field: string) => (t: string) => countToken(field, t) > countToken(row.terms, t);
    const inSentence = !holderInSentence && readings.some((alt) => alt.every(outside(row.contextTerms)));
    const inAround = inSentence || (!holderNear && readings.some((alt) => alt.every(outside(row.nearTerms))));
    if (inSentence) sentence++;
    if (inAround) around++;
    if (isPartyWord(g.word)) {
      partySentence &&= inSentence;
      partyAround &&= inAround;
    }
    if (g.word === officeGroup) {
      officeSentence = inSentence;
      officeAround = inAround;
    }
  }
  const n = description.length;
  // A quote whose own words hold the whole description, office and all, speaks of its holder in the third person:
  // "... particularly the First Minister, should encourage young people to get drunk. The first minister should
  // withdraw these remarks" is the opposition leader's, while the paragraphs around say "Scotland's first minister"
  // of the man she attacks. A speaker naming their own office in full in their own words ("As first minister I ...")
  // is rarer than one naming the office of the person they answer, which is how politics is reported.
  if (officeGroup !== undefined && together(row.terms, wordReadings, n, description.findIndex((g) => g.word === officeGroup))) return 'none';
  const needed = n >= LOOSE_FROM ? n - 1 : n;
  // The word one may miss is never the office: "the New Hampshire state rep" is no New Hampshire Republican.
  if (n === 0 || around < needed || !officeAround || !partyAround) return 'none';
  // Where the speaker is named around the quote, the description must stand beside that name: "US President Donald
  // Trump has been eager to withdraw, but General Mark Milley, chairman of the Joint Chiefs of Staff, told ..."
  // describes Milley, not Trump, though both are in the sentence.
  const named = (field: string) => surname !== undefined && countToken(field, surname) > countToken(row.terms, surname);
  const theirs = (field: string) => !named(field) || besideName(field, wordReadings, surname as string);
  // `nameBeside`: only a sentence naming the speaker with the description beside the name bears it out.
  if (nameBeside) return sentence >= needed && officeSentence && partySentence && named(row.contextTerms) && theirs(row.contextTerms) ? 'sentence' : 'none';
  if (sentence >= needed && officeSentence && partySentence && theirs(row.contextTerms)) return 'sentence';
  // Beyond the quote's own sentence a description is one phrase about one person: its words scattered over the
  // paragraphs ("victory in Iowa" in the quote's sentence, "former Massachusetts governor Mitt Romney" in the next
  // paragraph) describe nobody as "the former Iowa governor". There they must stand together, a name apart at most.
  const officeAt = officeGroup === undefined ? -1 : description.findIndex((g) => g.word === officeGroup);
  return together(row.nearTerms, wordReadings, needed, officeAt) && theirs(row.nearTerms) ? 'near' : 'none';
}

/** Consecutive terms a field shares with another quote's own words that place that quote there (narration repeats a
 * shorter phrase of a quote: "the lord chief justice" said by the judge and by the reporter). */
const QUOTED_RUN = 6;

/** Stands in a field for a term another quote said (no index term is a dot). */
const SAID_ELSEWHERE = '.';

/** Runs of `QUOTED_RUN` terms the neighbourhood's other quotes say, each with how many distinct quotes say it. */
export type QuotedRuns = ReadonlyMap<string, number>;

/** The `QUOTED_RUN`-term runs of some quotes' own words (index terms), for `narration`. */
export function quotedRuns(quotes: readonly string[]): QuotedRuns {
  const runs = new Map<string, number>();
  for (const q of new Set(quotes)) {
    const said = q.split(' ');
    const mine = new Set<string>();
    for (let j = 0; j + QUOTED_RUN <= said.length; j++) mine.add(said.slice(j, j + QUOTED_RUN).join(' '));
    for (const run of mine) runs.set(run, (runs.get(run) ?? 0) + 1);
  }
  return runs;
}

/**
 * The field with every run of `QUOTED_RUN` terms another quote holds in its own words blanked out: a description
 * inside quotation marks is about whom that quote speaks of ("'Erica's mother, Dawn, was the principal of the school,'
 * Clinton said" describes Dawn, and the paragraphs around Clinton's next quote hold it), never the narration that
 * describes a speaker. The row's own words (`own`) stay: they are counted apart.
 */
export function narration(field: string, quoted: QuotedRuns, own: string): string {
  return blankQuoted(field, quoted, own);
}

/**
 * `narration`'s work. Only a window opening on the first term of some quoted run is joined and looked up (session 41:
 * joining every six-term window of a row's sentence and paragraphs, and every run of its own words, for each row of
 * the pool cost a description question 50-200 ms on a loaded machine); the row's own words are asked only for a run
 * found, as a whole-token phrase of them (once per quote, as `quotedRuns` counts it).
 */
function blankQuoted(field: string, quoted: QuotedRuns, own: string): string {
  if (!field || quoted.size === 0) return field;
  const firsts = firstTermsOf(quoted);
  const tokens = field.split(' ');
  let out: string[] | undefined;
  for (let i = 0; i + QUOTED_RUN <= tokens.length; i++) {
    if (!firsts.has(tokens[i] as string)) continue;
    const run = tokens.slice(i, i + QUOTED_RUN).join(' ');
    const saying = quoted.get(run);
    if (saying === undefined || saying <= (countToken(own, run) > 0 ? 1 : 0)) continue;
    out ??= tokens.slice();
    for (let m = i; m < i + QUOTED_RUN; m++) out[m] = SAID_ELSEWHERE;
  }
  return out ? out.join(' ') : field;
}

/** The first terms of a set of runs, built once per set (the sets are built once per question and surname). */
const FIRST_TERMS = new WeakMap<QuotedRuns, ReadonlySet<string>>();
function firstTermsOf(quoted: QuotedRuns): ReadonlySet<string> {
  let firsts = FIRST_TERMS.get(quoted);
  if (firsts === undefined) {
    firsts = new Set([...quoted.keys()].map((run) => run.slice(0, run.indexOf(' '))));
    FIRST_TERMS.set(quoted, firsts);
  }
  return firsts;
}

/** Terms between a name and a description word beside it ("Roberta Lange, the state party chairwoman"). */
const NAME_GAP = 3;

/** Whether a reading of some description word starts or ends within `NAME_GAP` terms of the name in the field. */
export function besideName(field: string, readings: readonly (readonly (readonly string[])[])[], name: string): boolean {
  const tokens = field.split(' ');
  const names: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i] === name) names.push(i);
  if (names.length === 0) return false;
  for (let i = 0; i < tokens.length; i++) {
    for (const word of readings) {
      const alt = word.find((a) => a.length > 0 && a.every((t, k) => tokens[i + k] === t));
      if (alt && names.some((p) => Math.abs(p - i) <= NAME_GAP || Math.abs(p - (i + alt.length - 1)) <= NAME_GAP)) return true;
    }
  }
  return false;
}

/**
 * The readings of a description word that bear it out: only those as good as the word itself (a synonym of "son" is
 * no description of anyone); the office only by a name of the office ("rep" by "representative", never by
 * "Republican"), and always by the very office's other spellings, as the index writes them: "said former Gov. Bill
 * Richardson" bears out "the former New Mexico governor" though "gov" is no reading the question's word was given.
 */
function descriptionReadings(g: QueryGroup, office: Office | undefined): string[][] {
  if (office && g.word === office.word) return [...g.alternatives.filter((alt) => alt.length > 0 && office.names.has(alt.join(' '))), ...office.spellings.map((w) => [w])];
  return g.alternatives.filter((alt, k) => alt.length > 0 && (g.weights?.[k] ?? 1) >= 1);
}

/** Terms a description's words may stand apart by, beyond their own number: a name with initials ("Gov. Terry E. Branstad of Iowa"). */
export const DESCRIPTION_SPAN_SLACK = 5;

/**
 * Whether some run of the field's terms, `needed` plus `DESCRIPTION_SPAN_SLACK` long at most, holds a reading of
 * `needed` of the description's words, the office's among them when there is one (`officeAt`, its index; -1: none).
 */
export function together(field: string, readings: readonly (readonly (readonly string[])[])[], needed: number, officeAt = -1): boolean {
  if (!field || needed === 0) return needed === 0;
  const tokens = field.split(' ');
  // Every place a reading of a description word starts, with the word's index, in field order.
  const hits: { at: number; end: number; word: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let w = 0; w < readings.length; w++) {
      const alt = (readings[w] ?? []).find((a) => a.every((t, k) => tokens[i + k] === t));
      if (alt) hits.push({ at: i, end: i + alt.length - 1, word: w });
    }
  }
  const span = needed + DESCRIPTION_SPAN_SLACK;
  for (let s = 0; s < hits.length; s++) {
    const start = (hits[s] as { at: number }).at;
    const seen = new Set<number>();
    for (let e = s; e < hits.length && (hits[e] as { end: number }).end - start < span; e++) seen.add((hits[e] as { word: number }).word);
    if (seen.size >= needed && (officeAt < 0 || seen.has(officeAt))) return true;
  }
  return false;
}

/**
 * Quotes on the topic by a speaker the description fits. The attribution sentence is the strong evidence
 * ("Icstis spokesman Rob Dwight said: ..."), in the quote's own sentence or in one of the speaker's other quotes'
 * ("usability guru Dr Jakob Nielsen" in the first paragraph, his quote on the topic three paragraphs on). The
 * paragraphs around a quote often describe somebody else ("He designed RSS" before a paragraph quoting both the
 * designer and his rival), so a description found only there counts when no other speaker on the topic has it
 * around their quotes too, and never through another quote.
 */
export async function rankDescribed(ctx: AskContext, parsed: ParsedQuestion, passes: (r: Ranked<RankRow>) => boolean): Promise<{ ranked: Ranked<RankRow>[]; confident: Ranked<RankRow>[] }> {
  const description = parsed.description ?? [];
  // Retrieved by every reading, relatives too: a description narrows the pool far more than a topic alone.
  const byTopic = await ctx.store.rankRowsByTerms(retrievalTerms(parsed.groups, ctx.vocab), ctx.filter, TERM_POOL);
  // And by the topic's own words with the description's, which the quote's sentence holds where it names its
  // speaker ("..., said former Gov. Bill Richardson of New Mexico"): on a common topic ("Hillary", "Sanders") the
  // topic's look-up alone keeps the 200 quotes that say it most and leaves the described one out.
  // The description's words are looked up as they are: they are the sentence's, which no quote may say itself.
  const describing = fullWeightReadings(description).flatMap((g) => g.alternatives.flat());
  const byBoth = describing.length > 0 && parsed.groups.length > 0
    ? await ctx.store.rankRowsByTerms([...new Set([...retrievalTerms(fullWeightReadings(parsed.groups), ctx.vocab), ...describing])], ctx.filter, TERM_POOL)
    : [];
  const seen = new Set(byTopic.map((r) => r.id));
  const added = byBoth.filter((r) => !seen.has(r.id));
  /** Quotes found only by the description's words: there by those words, they must bear it out the strongest way. */
  const byDescription = new Set(added.map((r) => r.id));
  const pool = [...byTopic, ...added];
  const ranked = rankCandidates(pool, parsed.groups, ctx.vocab, (id) => (id ? 1 : 0));
  // "Korn's guitarist", "Nogar's son": the owner is whom the speaker belongs to, never the speaker asked for (the
  // band's own quotes sit beside the words "Korn" and "guitarist" as well).
  const owner = /^(.+?)['’]s\s/u.exec(parsed.speakerPhrase ?? '')?.[1];
  const owners = new Set(owner ? ctx.registry.exactMatches(owner, ctx.visible).filter((m) => !m.partOfName).map((m) => m.speaker.id) : []);
  const office = officeOf(parsed.speakerPhrase ?? '', description);
  // "the acting secretary of the Army" is a person: a quote filed under a body ("The New York Times said it obtained
  // the emails ... the acting secretary of the Army") is never theirs, however its article describes the office. A
  // body speaks through a spokesman or an official (`BODY_VOICE_NOUNS`), whose words are often filed under it.
  const personOnly = office !== undefined && !BODY_VOICE_NOUNS.has(office.word);
  // A record named by the description's own words other than the office is the body it names, however the
  // extractor filed it ("the Harbour Radio co-host" is never a record called "Harbour Radio", nor "Harbour"): session
  // 34, a co-host's words filed under the show's name answered for the co-host.
  const bodyWords = new Set(description.map((g) => g.word).filter((w) => w !== office?.word).map((w) => stem(w)));
  const namedByBody = (name: string) => {
    const ws = words(name).map((w) => stem(w));
    return ws.length > 0 && ws.every((w) => bodyWords.has(w));
  };
  const bodyVerdicts = new Map<string, boolean>();
  const byBody = (id: string): boolean => {
    if (!personOnly) return false;
    let verdict = bodyVerdicts.get(id);
    if (verdict === undefined) {
      const s = ctx.registry.get(id);
      verdict = s?.isOrganisation === true || namedByBody(s?.name ?? '');
      bodyVerdicts.set(id, verdict);
    }
    return verdict;
  };
  const relevant = ranked.filter((r) => r.quote.speakerId && !owners.has(r.quote.speakerId) && !byBody(r.quote.speakerId) && passes(r));
  const holders = holderNames(parsed);
  /** A person's surname as an index term (a body's name is no person's: none). */
  const surnameOf = (id: string | null | undefined): string | undefined => {
    const sp = id ? ctx.registry.get(id) : undefined;
    const last = sp && !sp.isOrganisation ? words(sp.name).at(-1) : undefined;
    return last && last.length >= 3 ? stem(last) : undefined;
  };
  const level = new Map<string, DescriptionLevel>();
  const bySentence = new Set<string>();
  const byNear = new Set<string>();
  // The quotes of a row's article that hold a description word in their own words: where they stand in the row's
  // paragraphs, their words are no narration about the row's speaker, unless they name that speaker (`quotedAbout`).
  // Read only for the rows whose surroundings could bear the description out at all (`mayDescribe`).
  const runs = articleRuns(ctx, description);
  const mayDescribe = (row: RankRow) => describesSpeaker(row, description, office) !== 'none';
  const open = relevant.filter((r) => mayDescribe(r.quote));
  const quotedFor = await runs(open.map((r) => r.quote.id));
  for (const r of open) {
    const surname = surnameOf(r.quote.speakerId);
    const fit = describesSpeaker(r.quote, description, office, holders, surname, byDescription.has(r.quote.id), quotedFor(r.quote.id, surname));
    level.set(r.quote.id, fit);
    if (fit === 'sentence') bySentence.add(r.quote.speakerId as string);
    else if (fit === 'near') byNear.add(r.quote.speakerId as string);
  }
  const described = new Set(bySentence);
  const nearOnly = [...byNear].filter((id) => !bySentence.has(id));
  if (bySentence.size === 0 && nearOnly.length === 1 && !parsed.descriptionStrict) described.add(nearOnly[0] as string);
  const others = [...new Set(relevant.map((r) => r.quote.speakerId as string))].filter((id) => !described.has(id)).slice(0, DESCRIBED_SPEAKERS);
  /** Quotes whose speaker another quote's sentence describes in the same article. */
  const describedElsewhere = new Set<string>();
  if (others.length > 0) {
    const rows = await ctx.store.rankRowsBySpeakers(others, ctx.filter, DESCRIBED_POOL, [...groupTerms(fullWeightReadings(description))]);
    // At its loosest first (see `mayDescribe`): only a row that bears it out so may bear it out in its sentence.
    const loose = rows.filter((row) => row.speakerId && describesSpeaker(row, description, office) === 'sentence');
    const bearsOut = async (placed: readonly RankRow[]): Promise<RankRow[]> => {
      const quotedIn = await runs(placed.map((row) => row.id));
      return placed.filter((row) => describesSpeaker(row, description, office, holders, surnameOf(row.speakerId), false, quotedIn(row.id, surnameOf(row.speakerId))) === 'sentence');
    };
    if (loose.length > 0) for (const id of await sameArticle(ctx, loose, relevant, bearsOut)) describedElsewhere.add(id);
  }
  const confident = relevant.filter((r) => described.has(r.quote.speakerId as string) || describedElsewhere.has(r.quote.id));
  for (const r of confident) r.score *= 1 + (level.get(r.quote.id) === 'sentence' ? DESCRIBED_IN_SENTENCE : level.get(r.quote.id) === 'near' ? DESCRIBED_NEAR : 0);
  return { ranked, confident: confident.sort(compareRanked) };
}

/**
 * The runs (`quotedRuns`) of the quotes that name somebody else (`namingOthers`), as a row's speaker reads them: a
 * quote that names the speaker (their surname among its terms) is about them and describes them as narration does
 * ("'Rolf Okafor, the headmaster of Larchfield Primary, carried his pupils to the roof,' Vance said", and Okafor's
 * own quote beside it), so it is left out of that speaker's runs. One set of runs per surname.
 */
function quotedAbout(naming: readonly string[]): (surname: string | undefined) => QuotedRuns {
  const all = quotedRuns(naming);
  const termsOf = naming.map((terms) => new Set(terms.split(' ')));
  const bySurname = new Map<string, QuotedRuns>();
  return (surname) => {
    if (surname === undefined) return all;
    let runs = bySurname.get(surname);
    if (runs === undefined) {
      // Most speakers are named by none of the quotes: their runs are all of them, built once.
      const others = naming.filter((_, i) => !termsOf[i]!.has(surname));
      runs = others.length === naming.length ? all : quotedRuns(others);
      bySurname.set(surname, runs);
    }
    return runs;
  };
}

/**
 * The runs each row reads as quoted words (`quotedAbout`): those of the quotes of its own article that say a
 * description word (`saying`) and name somebody else (`namingOthers`). The quotes standing in a row's sentence and
 * paragraphs are its article's, so they are read by article (`rankRowsOfArticles`, session 41): taken from the topic
 * pool, as before, they were found only while fewer than `TERM_POOL` rows of other articles shared the topic. Each
 * article is read and its runs built once per question; a row whose article was not read (past `ARTICLE_POOL`) reads
 * none.
 */
function articleRuns(ctx: AskContext, description: QueryGroup[]): (ids: readonly string[]) => Promise<(id: string, surname: string | undefined) => QuotedRuns> {
  const articleOf = new Map<string, string>();
  const runsOf = new Map<string, (surname: string | undefined) => QuotedRuns>();
  const none = new Map<string, number>();
  const lookUp = (id: string, surname: string | undefined): QuotedRuns => runsOf.get(articleOf.get(id) ?? '')?.(surname) ?? none;
  return async (ids) => {
    const unread = [...new Set(ids.filter((id) => !articleOf.has(id)))];
    if (unread.length === 0) return lookUp;
    const rows = (await ctx.store.rankRowsOfArticles(unread, ctx.filter, ARTICLE_POOL)).filter((row) => !runsOf.has(row.articleId));
    for (const row of rows) articleOf.set(row.id, row.articleId);
    const naming = await namingOthers(ctx, saying(rows, description), description);
    const byArticle = new Map<string, string[]>();
    for (const row of rows) byArticle.set(row.articleId, byArticle.get(row.articleId) ?? []);
    for (const row of rows) if (naming.has(row.id)) byArticle.get(row.articleId)?.push(row.terms);
    for (const [article, terms] of byArticle) runsOf.set(article, quotedAbout([...new Set(terms)]));
    return lookUp;
  };
}

/**
 * The direct quotes of somebody on record that say some word of the description: only words inside quotation marks
 * (a reported line's words are the reporter's, who describes speakers in them), and only a speaker's (a quoted
 * passage nobody is on record for is quoted writing: "From Andrea Peyser writing at The New York Post: '... The Fox
 * News Channel blonde, a debate co-moderator, ...'" describes the moderator as narration does).
 */
function saying(rows: readonly RankRow[], description: readonly QueryGroup[]): RankRow[] {
  const wordsOf = description.flatMap((g) => g.alternatives.filter((a) => a.length === 1).map((a) => a[0] as string));
  return rows.filter((r) => r.kind === 'direct' && r.speakerId && wordsOf.some((w) => countToken(r.terms, w) > 0));
}

/**
 * Ids of the quotes that name somebody besides the description (`namesThirdParty`): such a quote's description may
 * be of the person it names ("Erica's mother, Dawn, was the principal"), while a quote naming nobody else ("he didn't
 * know us from Burke County") may describe its own speaker, as narration would. One read of the few quotes
 * concerned, for their written text.
 */
async function namingOthers(ctx: AskContext, rows: readonly RankRow[], description: QueryGroup[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const asked = groupTerms(description);
  const full = await ctx.store.getQuotes([...new Set(rows.map((r) => r.id))]);
  return new Set(full.filter((q) => namesThirdParty(q.text, asked)).map((q) => q.id));
}

/**
 * The relevant quotes an article describes through another quote of the same speaker: "usability guru Dr Jakob
 * Nielsen" in the first paragraph, his quote on the topic three paragraphs on. Another article's sentence describes
 * somebody else as often as the speaker: "Donald Trump Jr. began tweeting a new nickname for Hillary Clinton" holds
 * "Trump" and "son" in a sentence filed with her quote, and made her "Trump's son" (session 13, a wrong speaker).
 * One read of the few quotes concerned, only when another quote bears the description out at its loosest; the
 * articles' quotes (`bearsOut`) only for such a quote standing in a candidate's article.
 */
async function sameArticle(ctx: AskContext, evidence: readonly RankRow[], relevant: readonly Ranked<RankRow>[], bearsOut: (placed: readonly RankRow[]) => Promise<RankRow[]>): Promise<string[]> {
  const speakers = new Set(evidence.map((e) => e.speakerId));
  const candidates = relevant.filter((r) => speakers.has(r.quote.speakerId));
  const full = await ctx.store.getQuotes([...new Set([...evidence.map((e) => e.id), ...candidates.map((r) => r.quote.id)])]);
  const articleOf = new Map(full.map((q) => [q.id, q.articleId]));
  const key = (speaker: string | null | undefined, id: string) => `${speaker ?? ''}\u0000${articleOf.get(id) ?? ''}`;
  // Only evidence standing in a candidate's article can count: only it is checked in full (its article's quotes read).
  const hosts = new Set(candidates.filter((r) => articleOf.has(r.quote.id)).map((r) => key(r.quote.speakerId, r.quote.id)));
  const placed = evidence.filter((e) => articleOf.has(e.id) && hosts.has(key(e.speakerId, e.id)));
  const describedIn = new Set((placed.length > 0 ? await bearsOut(placed) : []).map((e) => key(e.speakerId, e.id)));
  return candidates.filter((r) => articleOf.has(r.quote.id) && describedIn.has(key(r.quote.speakerId, r.quote.id))).map((r) => r.quote.id);
}

/** A description's office word ("pastor" of "the Iowa pastor") and every name of the office, as index terms. */
export interface Office {
  word: string;
  names: ReadonlySet<string>;
  /** Index terms of the very office's other spellings ("gov" of "governor"), which bear it out whatever the word's readings. */
  spellings: readonly string[];
}

/** The description's office, when one of its words is one (read once per question, not per row). */
function officeOf(phrase: string, description: QueryGroup[]): Office | undefined {
  const word = officeWord(phrase);
  if (word === undefined || !description.some((g) => g.word === word)) return undefined;
  return { word, names: new Set(officeSpellings(word).map((n) => n.map((w) => stem(w)).join(' '))), spellings: sameOfficeSpellings(word).map((w) => stem(w)) };
}

/** The surnames (as index terms) of the speakers a role in the question resolved to. */
function holderNames(parsed: ParsedQuestion): string[] {
  const out = new Set<string>();
  for (const m of parsed.speakers) {
    if (m.kind !== 'role') continue;
    const last = words(m.speaker.name).at(-1);
    if (last && last.length >= 3) out.add(stem(last));
  }
  return [...out];
}

/** Score bonus for a description found in the quote's own sentence, and in the paragraphs around it. */
const DESCRIBED_IN_SENTENCE = 0.5;
const DESCRIBED_NEAR = 0.25;
/** Speakers of topic candidates whose other quotes are searched for the description, and rows read for it. */
const DESCRIBED_SPEAKERS = 24;
const DESCRIBED_POOL = 400;

export function describedNotFound(parsed: ParsedQuestion): string {
  return `No speaker on record has the role “${parsed.speakerPhrase}”, and no quote about "${parsed.topic.join(' ')}" is by a speaker the articles describe so.`;
}

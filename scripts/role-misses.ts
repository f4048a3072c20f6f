/**
 * Census of the misses of role questions (session 34, h-qa82). A developer tool: it reads the question sets given
 * (the app and the tests never do).
 *
 *   npx tsx scripts/role-misses.ts --data DIR --gold DIR [--gold DIR ...] [--styles role] [--all]
 *
 * DIR is an index of the whole corpus (`scripts/fit-rank.ts --data DIR` builds one). Every question of the styles
 * given is asked in-process (`core.ask`) and judged the scorer's way (`answerOk`). For each miss it prints what the
 * role look-up made of the question and where the wanted speaker stands, and a first cause:
 *  - `extraction: quote lost`: no stored quote of the article holds the wanted words;
 *  - `extraction: filed under X`: the wanted words are stored under another speaker;
 *  - `no speaker phrase`: the question was not read as naming anybody (its role read as topic words);
 *  - `holder not matched`: a speaker phrase was read, the wanted speaker is not among its matches (their stated
 *    roles are printed, to judge by hand whether the role is missing, other words, or the phrase was misread);
 *  - `holder at N`: the wanted speaker is matched at N (0-based) and another holder answered (wrong holder first);
 *  - `holder first, quote not shown`: the role found the wanted speaker first; the topic ranking or a floor missed.
 * Each "holder not matched" is sorted further (`notMatchedCause`, session 37): no office in the phrase, no role on
 * record (the office word near a mention of the name in the article or not), the office in other words, the office on
 * record without an asked qualifier (which the article states or not). The "(cause)" lines count the causes alone;
 * the "(asked by name)" lines, each such question asked again with the wanted speaker's name for the phrase: whether
 * finding the holder would be enough (right), or the topic floors or ranking would miss it too (refused, missed).
 * Each "holder first, quote not shown" is sorted further (`holderFirstCause`, session 38): where the wanted quote
 * stands in the holder's own ranking (not a candidate, failing which floor, passing at the holder's #k) and, per topic
 * word, where the wanted and the shown quote hold it (`whereHeld`: own words, sentence, lead-in, the neighbourhood before or
 * after the quote's sentence,
 * only the headline, only elsewhere in the article, nowhere; by the typed word or only by another reading). The
 * "(holder first)" lines count those classes.
 * `--all` also prints the right answers' role matches (to see what a change would move).
 */
import fs from 'node:fs';
import path from 'node:path';
import { rankForSpeakers } from '../src/core/answers/candidates.js';
import type { Ranked } from '../src/core/answers/rank.js';
import { understand, type ParsedQuestion } from '../src/core/questions/understand.js';
import { indexTerms } from '../src/core/search/tokenize.js';
import type { RankRow, StoredQuote } from '../src/core/store/port.js';
import { officeWord, qualifierForms, readRole, readRoles, type RoleReading } from '../src/core/speakers/roles.js';
import { openIndexedCore } from './indexed-core.js';
import { answerOk, corpus, givenGoldDirs, goldQuestionFiles, namedFloorsFailed, opt, speakerMatch, whereHeld, words, args, type Shown } from './tuning-data.js';

interface Question { q: string; speaker?: string; expect?: string; answer_text?: string; style: string; none?: boolean; article: string | null; set: string }

const dataDir = path.resolve(opt('--data', ''));
if (!opt('--data', '') || !fs.existsSync(path.join(dataDir, 'onrecord.db'))) {
  console.error('usage: npx tsx scripts/role-misses.ts --data DIR --gold DIR [--gold DIR ...] [--styles role]');
  process.exit(2);
}
const styles = opt('--styles', 'role').split(',');
const showAll = args.includes('--all');
const questions: Question[] = [];
for (const dir of givenGoldDirs()) {
  const set = /(qaset-[^/]+)\/gold\//.exec(dir)?.[1] ?? path.basename(dir);
  for (const g of goldQuestionFiles<Omit<Question, 'article' | 'set'>>(dir)) {
    for (const q of g.questions) if (styles.includes(q.style) && !q.none && g.article) questions.push({ ...q, article: g.article, set });
  }
}

/**
 * Why a role phrase did not reach the wanted speaker (session 37, h-qa91), from the speaker's stored roles and
 * organisations and the article's text:
 *  - `phrase names no office`: no word of the phrase reads as an office (a description: "the Medal of Honor winner");
 *  - `no role stored, the whole phrase / the office word / the office word not beside a mention of the name`: nothing
 *    on record, the extractor's ground; every describing word of the phrase within 100 characters of one mention of
 *    the surname (`describedBeside`), else the office word within 150, or neither;
 *  - `office in other words`: roles on record, none of the asked office ("running mate" / "vice presidential nominee");
 *  - `office held, body missing: in the article` / `... not in the article`: the office is on record, an asked
 *    qualifier is not (a bare office, "manager" for "Italy's manager"), and the article does or does not state it;
 *  - `office and body held`: every asked word on record (a modifier, a time or a slot kept them apart).
 */
function notMatchedCause(phrase: string | undefined, roles: string[], orgs: string[], name: string, article: string): string {
  const asked = phrase ? readRole(phrase) : undefined;
  if (!phrase || !asked || !officeWord(phrase)) return 'phrase names no office';
  const lower = article.toLowerCase();
  if (roles.length === 0 && orgs.length === 0) {
    const surname = name.split(' ').at(-1)?.toLowerCase() ?? '';
    const office = officeWord(phrase) as string;
    let near = false;
    for (let at = lower.indexOf(surname); surname && at >= 0 && !near; at = lower.indexOf(surname, at + 1)) {
      near = lower.slice(Math.max(0, at - 150), at + surname.length + 150).includes(office);
    }
    return `no role stored, ${describedBeside(phrase, surname, lower) ? 'the whole phrase' : near ? 'the office word' : 'the office word not'} beside a mention of the name`;
  }
  const held: RoleReading[] = roles.flatMap((r) => readRoles(r));
  if (!held.some((h) => asked.offices.some((o) => h.offices.includes(o)))) return 'office in other words';
  const heldWords = new Set([...held.flatMap((h) => [...h.qualifiers]), ...orgs.flatMap((o) => words(o))]);
  const missing = [...asked.qualifiers].filter((q) => !qualifierForms(q).some((f) => heldWords.has(f)));
  if (missing.length === 0) return 'office and body held';
  const inArticle = missing.every((q) => qualifierForms(q).some((f) => new RegExp(`\\b${f}\\b`).test(lower)));
  return `office held, body missing: ${inArticle ? 'in the article' : 'not in the article'}`;
}

/** Words of a role phrase that describe nobody in particular. */
const PLAIN = new Set(['the', 'a', 'an', 's', 'of', 'for', 'at', 'from', 'in', 'to', 'and', 'who', 'whose', 'man', 'woman', 'guy', 'former']);

/**
 * Whether every describing word of the phrase (a stem of its first five letters, the whole of a shorter word:
 * "chinese" / "china" share none, so both are tried by `qualifierForms`) stands within 100 characters of one mention
 * of the surname: what a description bound to the speaker's name anywhere in the article (not only around the quote)
 * would find.
 */
function describedBeside(phrase: string, surname: string, lower: string): boolean {
  const want = words(phrase).filter((w) => !PLAIN.has(w));
  if (!surname || want.length === 0) return false;
  for (let at = lower.indexOf(surname); at >= 0; at = lower.indexOf(surname, at + 1)) {
    const window = lower.slice(Math.max(0, at - 100), at + surname.length + 100);
    if (want.every((w) => qualifierForms(w).some((f) => window.includes(f.slice(0, 5))))) return true;
  }
  return false;
}

/**
 * Why the holder the role found first is shown with other words, or refused (session 38, h-qa94): the wanted quote's
 * place in the holder's own ranking and the floors it fails, and, for each topic word, where the wanted and the shown
 * quote hold it. The class: (a) refused / (b) ranked below / not a candidate, with "(c) topic not in the article" when no
 * topic word stands anywhere in the wanted quote's article.
 */
async function holderFirstCause(parsed: ParsedQuestion, want: StoredQuote, okIds: Set<string>, shownText: string | undefined, articleText: string): Promise<{ cls: string; detail: string }> {
  const ctx = { store, registry, vocab, visible: () => true, filter: { collections: ['default'] }, limit: 3, offset: 0, uncertainBelow: 0.6, question: '', cut: false };
  const ranked = await rankForSpeakers(ctx, parsed.speakers, parsed);
  const same = registry.personRecords(want.speakerId ?? '');
  const theirs = ranked.filter((r) => same.has(r.quote.speakerId ?? ''));
  const at = theirs.findIndex((r) => okIds.has(r.quote.id));
  const shownAt = shownText === undefined ? -1 : theirs.findIndex((r) => r.quote.id !== want.id && !okIds.has(r.quote.id) && (shownRows.get(r.quote.id) ?? '') !== '' && shownText.includes((shownRows.get(r.quote.id) ?? '').slice(0, 40)));
  const article = await store.getArticle(want.articleId);
  const headline = new Set(indexTerms(article?.meta.title ?? ''));
  const body = new Set([...indexTerms(articleText), ...headline]);
  const inArticle = parsed.groups.filter((g) => g.alternatives.some((alt) => alt.every((t) => body.has(t)))).length;
  const topicNote = parsed.groups.length === 0 ? ' (no topic)' : inArticle === 0 ? ' (c) topic not in the article' : inArticle < parsed.groups.length ? ' (topic partly in the article)' : '';
  const w = theirs[at];
  const place = (r: Ranked<RankRow> | undefined) => (r ? parsed.groups.map((g) => `${g.word}:${whereHeld(r.quote, g, headline, body)}`).join(' ') : '-');
  const feats = (r: Ranked<RankRow> | undefined) => (r ? `cov ${r.coverage.toFixed(2)} own ${r.ownCoverage.toFixed(2)} coord ${r.coord.toFixed(2)} score ${r.score.toFixed(2)} conf ${r.quote.confidence.toFixed(2)}` : '-');
  const shownRow = shownAt >= 0 ? theirs[shownAt] : undefined;
  const detail = `holder's rows ${theirs.length}; wanted #${at} ${feats(w)} [${place(w)}]; shown #${shownAt} ${feats(shownRow)} [${place(shownRow)}]`;
  const head = shownText === undefined ? '(a) refused' : '(b) other words';
  if (!w) return { cls: `${head}: wanted no candidate${topicNote}`, detail };
  const fails = namedFloorsFailed(w, parsed.required);
  if (fails.length > 0) return { cls: `${head}: wanted ${at === 0 ? "the holder's best" : `the holder's #${at + 1}`}, fails ${fails.join('+')}${topicNote}`, detail };
  if (shownText === undefined) return { cls: `${head}: wanted passes the floors, filtered later${topicNote}`, detail };
  const own = (r: Ranked<RankRow> | undefined) => (r ? parsed.groups.filter((g) => /^(quote|sentence)/.test(whereHeld(r.quote, g, headline, body))).length : 0);
  const by = !shownRow ? 'shown not the holder\'s row' : own(w) < own(shownRow) ? 'fewer topic words in its own words or sentence' : own(w) > own(shownRow) ? 'more in its own words, lower score' : 'as many in its own words';
  return { cls: `${head}: wanted passes, the holder's #${at + 1}, ${by}${topicNote}`, detail };
}
/** The text of each stored quote read by the census (to find the shown row in the holder's ranking). */
const shownRows = new Map<string, string>();

const { store, core, idsOf, registry, vocab, close } = await openIndexedCore(dataDir);
const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
const norm = (s: unknown) => words(s).join(' ');

for (const q of questions) {
  const answer = await core.ask(q.q);
  const hits: Shown[] = answer.hits.map((h) => ({ speaker: h.speaker?.name ?? null, text: h.text }));
  const first = hits[0];
  const ok = answerOk(first, q);
  const parsed = understand(q.q, registry, vocab, () => true, new Date());
  const matches = parsed.speakers.map((m) => `${m.speaker.name} (${m.kind} ${m.score.toFixed(2)}${m.exact !== undefined ? ` x${m.exact.toFixed(2)}` : ''}${m.unstated?.length ? ` unstated:${m.unstated.join(',')}` : ''})`);
  if (ok) {
    count('right');
    if (showAll) console.log(`[ok ${q.set}] ${q.q}\n   phrase: ${parsed.speakerPhrase ?? '-'}; matched: ${matches.slice(0, 4).join(' | ') || '-'}`);
    continue;
  }
  const shown = !first ? 'abstained' : speakerMatch(first.speaker, q.speaker) ? 'right speaker, other words' : `another speaker (${first.speaker})`;
  const stored = await store.getQuotes(idsOf.all(`%${q.article}`).map((r) => r.id));
  const want = stored.find((s) => answerOk({ speaker: s.speakerName ?? null, text: s.text }, q));
  const expect = norm(q.expect);
  const elsewhere = want ? undefined : stored.find((s) => expect && norm(s.text).includes(expect));
  const at = want ? parsed.speakers.findIndex((m) => registry.personRecords(m.speaker.id).has(want.speakerId ?? '')) : -1;
  let cause: string;
  if (!want) cause = elsewhere ? `extraction: filed under ${elsewhere.speakerName ?? 'nobody'}` : 'extraction: quote lost';
  else if (!parsed.speakerPhrase && parsed.speakers.length === 0) cause = 'no speaker phrase';
  else if (at < 0) {
    const who = want.speakerId ? registry.get(want.speakerId) : undefined;
    let article = '';
    try { article = fs.readFileSync(path.join(corpus, q.article as string), 'utf8'); } catch { /* not in the corpus */ }
    cause = `holder not matched: ${notMatchedCause(parsed.speakerPhrase, who?.roles ?? [], who?.organisations ?? [], want.speakerName ?? '', article)}`;
    // Would finding the holder be enough? The question asked again with the wanted speaker's name for the phrase.
    const phrase = parsed.speakerPhrase;
    if (phrase && want.speakerName && q.q.includes(phrase)) {
      const again = await core.ask(q.q.replace(phrase, want.speakerName));
      const top = again.hits[0];
      const byName = answerOk(top ? { speaker: top.speaker?.name ?? null, text: top.text } : undefined, q) ? 'right' : top ? 'missed' : 'refused';
      count(`(asked by name) ${cause.replace(/^holder not matched: /, '')}: ${byName}`);
    }
  }
  else if (at > 0 && first && !speakerMatch(first.speaker, q.speaker)) cause = `holder at ${at}`;
  else cause = 'holder first, quote not shown';
  let firstDetail = '';
  if (want && cause === 'holder first, quote not shown') {
    const okIds = new Set(stored.filter((s) => answerOk({ speaker: s.speakerName ?? null, text: s.text }, q)).map((s) => s.id));
    const theirs = await store.quotesBySpeakers([...registry.personRecords(want.speakerId ?? '')], { collections: ['default'] }, 5000);
    for (const s of theirs) shownRows.set(s.id, s.text);
    let text = '';
    try { text = fs.readFileSync(path.join(corpus, q.article as string), 'utf8'); } catch { /* not in the corpus */ }
    const { cls, detail } = await holderFirstCause(parsed, want, okIds, first && speakerMatch(first.speaker, q.speaker) ? first.text : undefined, text);
    count(`(holder first) ${cls}`);
    firstDetail = `\n   ${cls}; ${detail}`;
  }
  count(`${shown.startsWith('another') ? 'another speaker' : shown} / ${cause.replace(/: filed under .*/, ': filed elsewhere').replace(/holder at \d+/, 'holder not first')}`);
  count(`(cause) ${cause.replace(/: filed under .*/, ': filed elsewhere').replace(/holder at \d+/, 'holder not first')}`);
  const wantSpeaker = want?.speakerId ? registry.get(want.speakerId) : undefined;
  console.log(`[${q.set}] ${q.q}`);
  console.log(`   ${shown}; ${cause}${firstDetail}`);
  console.log(`   phrase: ${parsed.speakerPhrase ?? '-'}; topic: ${parsed.topic.join(',')}; matched: ${matches.slice(0, 5).join(' | ') || '-'}${matches.length > 5 ? ` (+${matches.length - 5})` : ''}`);
  console.log(`   wanted: ${q.speaker}: ${(q.expect ?? '').slice(0, 70)}${wantSpeaker ? `; roles: ${wantSpeaker.roles.slice(0, 6).join(' / ') || '-'}; orgs: ${wantSpeaker.organisations.slice(0, 3).join(' / ') || '-'}` : ''}`);
  if (first) console.log(`   shown: ${first.speaker}: ${first.text.slice(0, 90)}`);
}
console.log('');
for (const [k, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${k}`);
close();

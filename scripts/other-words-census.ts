/**
 * Census of the questions whose first answer is the right speaker with another of their quotes (session 40, h-qa101;
 * issue 14). A developer tool: it reads the question sets given (the app and the tests never do).
 *
 *   npx tsx scripts/other-words-census.ts --data DIR --gold DIR [--gold DIR ...] [--styles role,topic]
 *
 * DIR is an index of the whole corpus (`scripts/fit-rank.ts --data DIR` builds one). Every question with an answer, of
 * every style unless `--styles` names some, is asked in-process (`core.ask`) and judged the scorer's way
 * (`answerOk`). For each whose first answer has the wanted speaker but not the wanted words, the speaker's own pool
 * (every record of the person, as `rankForSpeakers` reads it) is ranked on the question's topic (`rankCandidates`,
 * every record weighted alike), and the wanted quote is set against the shown one. Each row is tested for every class
 * of the brief (a row may hold several):
 *  - `around`: a topic word the shown quote's own words hold stands for the wanted quote only around it (its
 *    sentence, lead-in or the paragraphs either side), not in its own words;
 *  - `unjoined`: a topic word that no reading the index joins places in or around the wanted quote, but a word of its
 *    paragraph shares its first five letters (an inflection or derivation: "regulator" / "regulation"), or
 *    `unread` when nothing near shares them (a synonym or the reporter's paraphrase: read by hand);
 *  - `longer`: the shown quote has half again as many index terms as the wanted, or its own words repeat a topic word;
 *  - `fragment`: the wanted quote has fewer than `SHORT` index terms (a partial or split quote);
 *  - `date` / `audience`: the question holds a date or time ("in March", "on Tuesday", "2005", "last week") or a
 *    "to whom" ("told the BBC", "said to reporters");
 *  - `reported`: the wanted line is reported speech (the shown one direct: `directBonus` weighs it double);
 *  - `floor`: the wanted quote fails a floor of a named speaker's answer (`namedFloorsFailed`); `not a candidate`: no
 *    topic term anywhere around it, so the pool never holds it.
 * The last lines count each class, then one class a row by the order above (`PRIMARY`), the first that holds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { rankCandidates, type Ranked } from '../src/core/answers/rank.js';
import { understand } from '../src/core/questions/understand.js';
import { countToken, groupTerms, tokenCount } from '../src/core/search/bm25.js';
import { indexTerms } from '../src/core/search/tokenize.js';
import type { RankRow, StoredQuote } from '../src/core/store/port.js';
import { openIndexedCore } from './indexed-core.js';
import { answerOk, corpus, givenGoldDirs, goldQuestionFiles, namedFloorsFailed, opt, packedSetName, speakerMatch, whereHeld, words, type Shown } from './tuning-data.js';

interface Question { q: string; speaker?: string; expect?: string; answer_text?: string; style: string; none?: boolean; article: string | null; set: string }

const dataDir = path.resolve(opt('--data', ''));
if (!opt('--data', '') || !fs.existsSync(path.join(dataDir, 'onrecord.db'))) {
  console.error('usage: npx tsx scripts/other-words-census.ts --data DIR --gold DIR [--gold DIR ...] [--styles role,topic]');
  process.exit(2);
}
const styles = opt('--styles', '').split(',').filter(Boolean);
const questions: Question[] = [];
for (const dir of givenGoldDirs()) {
  const set = packedSetName(dir) ?? path.basename(dir);
  for (const g of goldQuestionFiles<Omit<Question, 'article' | 'set'>>(dir)) {
    for (const q of g.questions) if ((styles.length === 0 || styles.includes(q.style)) && !q.none && g.article) questions.push({ ...q, article: g.article, set });
  }
}

/** A wanted quote with fewer index terms than this is a fragment of what was said. */
const SHORT = 6;
/** Where a topic word stands for a quote in its own words (by the typed word or another reading). */
const OWN = /^quote/;
/** Where it stands around the quote: the reporter's sentence, lead-in or the paragraphs either side. */
const AROUND = /^(sentence|lead|before|after)/;
/** A date or time in the question. */
const DATE = /\b(1[89]\d\d|20\d\d|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last (week|month|year)|this (week|month|year))\b/i;
/** Who the words were said to. */
const AUDIENCE = /\b(told|tell|to whom|said to|speaking to|interview with|in an interview)\b/i;
/** One class a row, the first of these that holds. */
const PRIMARY = ['not a candidate', 'reported', 'fragment', 'around', 'unjoined', 'unread', 'longer', 'date', 'audience', 'floor'];

const { store, core, idsOf, registry, vocab, filter, close } = await openIndexedCore(dataDir);
const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
const byStyle = new Map<string, number>();

/** Whether a word of `text` other than `word` itself shares its first five letters (a form the index keeps apart). */
function sharesStem(word: string, text: string): boolean {
  if (word.length < 5) return false;
  const head = word.slice(0, 5);
  return words(text).some((w) => w !== word && w.startsWith(head));
}

for (const q of questions) {
  const answer = await core.ask(q.q);
  const hits: Shown[] = answer.hits.map((h) => ({ speaker: h.speaker?.name ?? null, text: h.text }));
  const first = hits[0];
  if (answerOk(first, q)) { count('right'); continue; }
  if (!first || !speakerMatch(first.speaker, q.speaker)) { count(first ? 'another speaker' : 'refused'); continue; }
  count('right speaker, other words');
  byStyle.set(q.style, (byStyle.get(q.style) ?? 0) + 1);
  const stored = await store.getQuotes(idsOf.all(`%${q.article}`).map((r) => r.id));
  const okIds = new Set(stored.filter((s) => answerOk({ speaker: s.speakerName ?? null, text: s.text }, q)).map((s) => s.id));
  const want: StoredQuote | undefined = stored.find((s) => okIds.has(s.id));
  console.log(`[${q.set} ${q.style}] ${q.q}`);
  console.log(`   wanted: ${q.speaker}: ${(q.expect ?? '').slice(0, 80)}`);
  console.log(`   shown: ${first.text.slice(0, 100)}`);
  if (!want) { count('(other words) extraction: the wanted words not on record under the speaker'); console.log('   extraction'); continue; }
  const parsed = understand(q.q, registry, vocab, () => true, new Date());
  const person = [...registry.personRecords(want.speakerId ?? '')];
  const pool = await store.rankRowsBySpeakers(person, filter, 3000, parsed.groups.length ? [...groupTerms(parsed.groups)] : undefined);
  const ranked = rankCandidates(pool, parsed.groups, vocab, () => 1, undefined, { askedWhen: parsed.askedWhen });
  const shownId = answer.hits[0]?.id;
  const at = ranked.findIndex((r) => okIds.has(r.quote.id));
  const shownAt = ranked.findIndex((r) => r.quote.id === shownId);
  const w: Ranked<RankRow> | undefined = ranked[at];
  const s: Ranked<RankRow> | undefined = ranked[shownAt];
  const article = await store.getArticle(want.articleId);
  const headline = new Set(indexTerms(article?.meta.title ?? ''));
  let text = '';
  try { text = fs.readFileSync(path.join(corpus, q.article as string), 'utf8'); } catch { /* not in the corpus */ }
  const body = new Set([...indexTerms(text), ...headline]);
  // The wanted words as ranked (of several stored quotes holding them, the best ranked), else the first stored.
  const wantRow: RankRow = w?.quote ?? want;
  const placeW = parsed.groups.map((g) => whereHeld(wantRow, g, headline, body));
  const placeS = s ? parsed.groups.map((g) => whereHeld(s.quote, g, headline, body)) : [];
  const classes = new Set<string>();
  if (!w) classes.add('not a candidate');
  if (wantRow.kind !== 'direct') classes.add('reported');
  if (tokenCount(wantRow.terms) < SHORT) classes.add('fragment');
  if (parsed.groups.some((_, i) => AROUND.test(placeW[i] ?? '') && OWN.test(placeS[i] ?? ''))) classes.add('around');
  parsed.groups.forEach((g, i) => {
    if (AROUND.test(placeW[i] ?? '') || OWN.test(placeW[i] ?? '')) return;
    classes.add(sharesStem(g.word, `${want.text} ${want.context}`) ? 'unjoined' : 'unread');
  });
  if (s && (tokenCount(s.quote.terms) >= 1.5 * tokenCount(wantRow.terms) || [...groupTerms(parsed.groups)].some((t) => countToken(s.quote.terms, t) > 1))) classes.add('longer');
  if (DATE.test(q.q)) classes.add('date');
  if (AUDIENCE.test(q.q)) classes.add('audience');
  if (w && namedFloorsFailed(w, parsed.required).length > 0) classes.add('floor');
  for (const c of classes) count(`(class) ${c}`);
  const primary = PRIMARY.find((c) => classes.has(c)) ?? 'none of these (a near tie of two answers)';
  count(`(primary) ${primary}`);
  const feats = (r: Ranked<RankRow> | undefined) => (r ? `cov ${r.coverage.toFixed(2)} own ${r.ownCoverage.toFixed(2)} score ${r.score.toFixed(2)} terms ${tokenCount(r.quote.terms)} ${r.quote.kind}` : '-');
  console.log(`   ${[...classes].join(', ') || '-'} -> ${primary}; topic: ${parsed.groups.map((g) => g.word).join(',')}`);
  console.log(`   wanted #${at + 1} of ${ranked.length} ${feats(w)} [${placeW.join(' ')}]${w ? ` fails: ${namedFloorsFailed(w, parsed.required).join('+') || '-'}` : ''}`);
  console.log(`   shown #${shownAt + 1} ${feats(s)} [${placeS.join(' ')}]`);
}
console.log('');
for (const [k, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${k}`);
console.log(`by style: ${[...byStyle].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
close();

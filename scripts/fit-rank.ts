/**
 * Fits the answer ranker's weights (`RANK_WEIGHTS`, src/core/answers/rank.ts) on the visible question sets and
 * reports them on two halves of the questions. A developer tool: it reads ../shared (the app and the tests
 * never do). Deterministic: same index and questions, same figures.
 *
 *   npx tsx scripts/fit-rank.ts --data DIR [--shared ../shared] [--sets dev,dev2,dev-questions]
 *                               [--set key=value,...] [--passes N] [--fit] [--only key,...] [--rounds 2] [--verbose]
 *                               [--explain "question"] [--gold DIR ...] [--verify] [--topic]
 *
 * 1. Opens the index in DIR; when DIR holds none, first ingests the whole corpus into it with the CLI (the
 *    same articles as `score.mjs qa --index all`, about a minute and a half).
 * 2. Asks every question of the gold sets in-process (`core.ask`, the path the CLI's `ask` takes) and scores
 *    each first answer the way ../shared/eval/score.mjs does: right speaker (its exported `speakerMatch`) and
 *    the expected words (its `answerOk`, reimplemented line for line in tuning-data.ts); a "none" question is right only when
 *    nothing is answered.
 * 3. Splits the questions in two halves by a hash of their article (both questions on one article fall in
 *    one half). With `--fit`, a coordinate search over the grid of each weight, fitted on half A only, keeps a
 *    value only when it raises answer@1 on A without raising the wrong-speaker count or lowering the refused
 *    "none" questions; it then prints both halves (B is the held-out check) and all questions. `--only` fits
 *    those weights alone.
 * `--pairs` prints, for every question answered with the right speaker's other words, the shown and the wanted
 * candidate's features side by side, and counts how often the wanted one covers less, as much or more of the
 * question (IDF-weighted, anywhere and in its own words): whether re-weighting the ranker can reach it at all; and
 * sorts the pairs by where the question's words stand in each (`pairClass`, session 28).
 * `--named` sorts every question not right at 1 whose wanted speaker the question resolves to: another of their quotes
 * shown, refused, or another speaker first; and the wanted quote not on record under that speaker, not a candidate,
 * failing a floor (which), or passing and ranked lower (session 25, h-qa56).
 * `--gold DIR` adds a question set of one's own (same format as ../shared/eval/gold) to the visible ones.
 * `--verify` asks only the "who said" questions, once per value of each "who said" threshold (`VERIFY_RULES`,
 * src/core/answers/intents/who-said.ts), and prints every question's and each half's figures for each value.
 * `--topic` asks only the questions that name nobody, once per combination of the topic-only floors (`TOPIC_RULES`,
 * src/core/answers/intents/quote.ts; grids overridable with TOPIC_COV, TOPIC_SLACK, TOPIC_SHARE, TOPIC_LEAD, TOPIC_COORD,
 * TOPIC_COMPOUND, TOPIC_OUTRANKED, TOPIC_RIVAL_COV, TOPIC_FAR_COV, TOPIC_FAR_MARGIN, TOPIC_FAR_CONF, comma lists), then prints a leave-one-set-out check: the combination chosen on every set but one, scored on that one.
 * `--verbose` lists each fold's choice and the questions the combination chosen on all sets moves;
 * `--verbose-points` lists, under each combination, its topic and "none" questions not right at 1.
 * `--explain "question"` prints the ranked candidates of one question with their scores instead, each question
 * word's readings with their IDF, and for the first four candidates and the right one which readings their
 * quote, sentence, lead-in and surroundings hold (with each field's length in terms).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { VERIFY_RULES } from '../src/core/answers/intents/who-said.js';
import { SAME_SPEAKER_FILL, TOPIC_RULES, WORDS_SAID_FIRST } from '../src/core/answers/intents/quote.js';
import { RANK_WEIGHTS, rankCandidates, type Ranked } from '../src/core/answers/rank.js';
import { groupTerms as termsOfGroups, wantedCounts as countsIn } from '../src/core/search/bm25.js';
import type { RankRow } from '../src/core/store/port.js';
import { createOnRecord, type Answer } from '../src/core/index.js';
import { NEIGHBOUR_READINGS } from '../src/core/search/neighbours.js';
import { EXPANSION_SOURCES } from '../src/core/search/expansion.js';
import { SqliteQuoteStore } from '../src/core/store/sqlite/store.js';
import { answerOk, args, givenGoldDirs, goldQuestionFiles, namedFloorsFailed, opt, packedSetName, speakerMatch, words, type Shown } from './tuning-data.js';

const shared = path.resolve(opt('--shared', process.env.ONRECORD_SHARED ?? '../shared'));
const corpus = path.join(shared, 'corpus');
const dataDir = path.resolve(opt('--data', ''));
if (!opt('--data', '')) {
  console.error('usage: npx tsx scripts/fit-rank.ts --data DIR [--fit] [--verbose] [--explain "question"]');
  process.exit(2);
}

// The scorer's answer check is `answerOk` (scripts/tuning-data.ts).
const norm = (s: unknown) => words(s).join(' ');
interface Question { q: string; speaker?: string; expect?: string; answer_text?: string; style: string; none?: boolean; article: string | null; set: string }

// ---------- the index and the questions ----------
function wholeCorpus(): string[] {
  const list = (dir: string, file: string) => fs.readdirSync(path.join(corpus, dir)).map((d) => path.join(dir, d, file)).filter((f) => fs.existsSync(path.join(corpus, f)));
  return ['bbc', 'polnear/data/train/text', 'polnear/data/dev/text', 'seed', ...list('readability', 'expected.txt'), ...list('article-extraction-benchmark', 'body.txt')].map((p) => path.join(corpus, p));
}
if (!fs.existsSync(path.join(dataDir, 'onrecord.db'))) {
  console.error(`ingesting the whole corpus into ${dataDir} ...`);
  execFileSync(process.execPath, [path.resolve('bin/launch.mjs'), 'adapters/cli/main.js', 'ingest', '--quiet', '--data', dataDir, ...wholeCorpus()], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const questions: Question[] = [];
// A set is a gold folder of ../shared/eval/gold, or any folder by its path; `--gold DIR` (repeatable) adds one too.
const setDir = (set: string) => (set.includes('/') ? path.resolve(set) : path.join(shared, 'eval', 'gold', set));
const goldDirs = [...opt('--sets', 'dev,dev2,dev-questions').split(',').map(setDir), ...givenGoldDirs()];
for (const dir of goldDirs) {
  // A question set's name: a packed set's (".../qaset-s13-h-qa19/gold/A") or the visible sets' ("visible").
  const set = packedSetName(dir) ?? 'visible';
  for (const g of goldQuestionFiles<Omit<Question, 'article' | 'set'>>(dir)) for (const q of g.questions) questions.push({ ...q, article: g.article, set });
}
/**
 * `--split set` (or `set-flip`): the halves are whole question sets, alternately by name (A the even ones, or the odd
 * ones), so a weight fitted on one half is checked on sets it never saw.
 */
const splitBySet = opt('--split', '');
const setNames = [...new Set(questions.map((q) => q.set))].sort();
/** Half A or B by an FNV-1a hash of the article path (of the question itself where it has no article: "none"). */
function half(q: Question): 'A' | 'B' {
  if (splitBySet) return (setNames.indexOf(q.set) % 2 === 0) === (splitBySet === 'set') ? 'A' : 'B';
  const key = q.article ?? q.q;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'A' : 'B';
}

const store = new SqliteQuoteStore({ dir: dataDir });
await store.init();
const core = createOnRecord({ store, refreshMs: 3_600_000 });
await core.warm();

// ---------- scoring ----------
interface Outcome { q: Question; ok1: boolean; ok3: boolean; wrong: boolean; answered: boolean; first?: Shown; shown?: number }
interface Figures { n: number; at1: number; at3: number; wrong: number; none: number; noneRight: number }
const shownOf = (a: Answer): Shown[] => a.hits.map((h) => ({ speaker: h.speaker?.name ?? null, text: h.text }));

/** Time of each question of the last run (ms, in-process; the machine's load shows in them). */
let times: number[] = [];
async function run(): Promise<Outcome[]> {
  times = [];
  const out: Outcome[] = [];
  for (const q of questions) {
    const t0 = performance.now();
    const hits = shownOf(await core.ask(q.q));
    times.push(performance.now() - t0);
    const first = hits[0];
    if (q.none) out.push({ q, ok1: hits.length === 0, ok3: hits.length === 0, wrong: false, answered: hits.length > 0, ...(first ? { first } : {}) });
    else out.push({ q, ok1: answerOk(first, q), ok3: hits.slice(0, 3).some((h) => answerOk(h, q)), wrong: !!first && !speakerMatch(first.speaker, q.speaker), answered: !!first, shown: hits.length, ...(first ? { first } : {}) });
  }
  return out;
}
function figures(outs: Outcome[]): Figures {
  const pos = outs.filter((o) => !o.q.none);
  const neg = outs.filter((o) => o.q.none);
  return { n: pos.length, at1: pos.filter((o) => o.ok1).length, at3: pos.filter((o) => o.ok3).length, wrong: pos.filter((o) => o.wrong).length, none: neg.length, noneRight: neg.filter((o) => o.ok1).length };
}
const r3 = (x: number) => Math.round(x * 1000) / 1000;
function line(label: string, f: Figures): string {
  return `${label.padEnd(6)} n=${f.n} answer@1 ${r3(f.at1 / f.n)} answer@3 ${r3(f.at3 / f.n)} wrong ${r3(f.wrong / f.n)} none ${f.noneRight}/${f.none}`;
}
function report(outs: Outcome[]): void {
  const t = [...times].sort((a, b) => a - b);
  const pct = (p: number) => r3(t[Math.min(t.length - 1, Math.floor(p * t.length))] ?? 0);
  console.log(`${line('all', figures(outs))}  p50 ${pct(0.5)} ms p99 ${pct(0.99)} ms`);
  for (const h of ['A', 'B'] as const) console.log(line(h, figures(outs.filter((o) => half(o.q) === h))));
  if (args.includes('--by-set')) for (const s of setNames) console.log(`  ${line(s, figures(outs.filter((o) => o.q.set === s)))}`);
  const styles = [...new Set(outs.map((o) => o.q.style))];
  console.log(styles.map((s) => { const o = outs.filter((x) => x.q.style === s); return `${s} ${r3(o.filter((x) => x.ok1).length / o.length)} (${o.length})`; }).join(', '));
}

// ---------- one question, explained ----------
async function explain(question: string): Promise<void> {
  const { understand } = await import('../src/core/questions/understand.js');
  const { TERM_POOL, rankForSpeakers, retrievalTerms } = await import('../src/core/answers/candidates.js');
  const { IndexCache } = await import('../src/core/engine.js');
  const ic = new IndexCache(store, 3_600_000);
  const { registry, vocab } = await ic.current(['default']);
  const visible = () => true;
  const parsed = understand(question, registry, vocab, visible, new Date());
  console.log(JSON.stringify({ speakers: parsed.speakers.slice(0, 5).map((s) => [s.speaker.id, s.score]), groups: parsed.groups, required: parsed.required }));
  const ctx = { store, registry, vocab, visible, filter: { collections: ['default'] }, limit: 3, offset: 0, uncertainBelow: 0.6, question, cut: false };
  const ranked = parsed.speakers.length
    ? await rankForSpeakers(ctx, parsed.speakers, parsed)
    : rankCandidates(await store.rankRowsByTerms(retrievalTerms(parsed.groups, vocab), ctx.filter, TERM_POOL), parsed.groups, vocab, (id) => (id ? 1 : 0));
  const gold = questions.find((q) => q.q === question);
  const full = new Map((await store.getQuotes(ranked.map((r) => r.quote.id))).map((q) => [q.id, q]));
  const right = ranked.findIndex((r) => gold && answerOk({ speaker: full.get(r.quote.id)?.speakerName ?? null, text: full.get(r.quote.id)?.text ?? '' }, gold));
  console.log(`${ranked.length} ranked; the right quote at ${right}`);
  // Each question word's readings and IDF, then per candidate which readings each field holds (and the field's
  // length): what tells the shown quote from the wanted one.
  const { groupTerms, wantedCounts } = await import('../src/core/search/bm25.js');
  const wanted = groupTerms(parsed.groups);
  console.log(parsed.groups.map((g) => `${g.word}: ${g.alternatives.map((a) => `${a.join('+')} ${r3(Math.min(...a.map((t) => vocab.idf(t))))}`).join(' | ')}`).join('; '));
  const fieldsOf = (r: (typeof ranked)[number]) =>
    (
      [
        ['quote', r.quote.terms],
        ['sentence', r.quote.contextTerms],
        ['lead-in', r.quote.leadTerms ?? ''],
        ['around', r.quote.nearTerms],
      ] as const
    )
      .map(([name, terms]) => {
        const w = wantedCounts(terms, wanted);
        return `${name}(${w.length}) ${[...w.counts].map(([t, n]) => (n > 1 ? `${t}x${n}` : t)).join(',')}`;
      })
      .join('  ');
  for (const [i, r] of ranked.entries()) {
    if (i >= 8 && i !== right) continue;
    const q = full.get(r.quote.id);
    console.log(`${i === right ? '*' : ' '}${q?.speakerName ?? '-'} ${r3(r.score)} cov ${r3(r.coverage)} own ${r3(r.ownCoverage)} coord ${r3(r.coord)} conf ${r3(r.quote.confidence)} ${r.quote.kind} [${r.matched.join(',')}] ${q?.text.slice(0, 110)}`);
    if (i < 4 || i === right) console.log(`      ${fieldsOf(r)}`);
  }
}

// ---------- same speaker, other words: the shown and the wanted candidate ----------
async function pairs(): Promise<void> {
  const { understand } = await import('../src/core/questions/understand.js');
  const { rankForSpeakers } = await import('../src/core/answers/candidates.js');
  const { IndexCache } = await import('../src/core/engine.js');
  const { groupTerms, wantedCounts } = await import('../src/core/search/bm25.js');
  const { registry, vocab } = await new IndexCache(store, 3_600_000).current(['default']);
  const tally = { cov: [0, 0, 0], own: [0, 0, 0], quote: [0, 0, 0], conf: [0, 0, 0], sentence: [0, 0, 0], notRanked: 0 };
  const classes = new Map<string, number>();
  const side = (a: number, b: number) => (a < b - 1e-9 ? 0 : a > b + 1e-9 ? 2 : 1);
  for (const o of await run()) {
    if (o.q.none || o.ok1 || !o.first || o.wrong) continue;
    const parsed = understand(o.q.q, registry, vocab, () => true, new Date());
    if (parsed.speakers.length === 0) continue;
    const ctx = { store, registry, vocab, visible: () => true, filter: { collections: ['default'] }, limit: 3, offset: 0, uncertainBelow: 0.6, question: o.q.q, cut: false };
    const ranked = await rankForSpeakers(ctx, parsed.speakers, parsed);
    const full = new Map((await store.getQuotes(ranked.map((r) => r.quote.id))).map((q) => [q.id, q]));
    const exact = ranked.findIndex((r) => full.get(r.quote.id)?.text === o.first?.text);
    // A quotation shown whole (answers/whole-quote.ts) is not one ranked row: its first part is the ranked one.
    const shownAt = exact >= 0 ? exact : ranked.findIndex((r) => !!o.first?.text.includes(full.get(r.quote.id)?.text ?? '\u0000'));
    const wantAt = ranked.findIndex((r) => answerOk({ speaker: full.get(r.quote.id)?.speakerName ?? null, text: full.get(r.quote.id)?.text ?? '' }, o.q));
    const wanted = groupTerms(parsed.groups);
    const inQuote = (r: (typeof ranked)[number]) => wantedCounts(r.quote.terms, wanted).counts.size;
    const describe = (r: (typeof ranked)[number] | undefined) => (r ? `score ${r3(r.score)} cov ${r3(r.coverage)} own ${r3(r.ownCoverage)} coord ${r3(r.coord)} conf ${r3(r.quote.confidence)} ${r.quote.kind} in quote ${inQuote(r)} in sentence ${wantedCounts(r.quote.contextTerms, wanted).counts.size} in lead-in ${wantedCounts(r.quote.leadTerms ?? '', wanted).counts.size} len ${wantedCounts(r.quote.terms, wanted).length} ctxlen ${wantedCounts(r.quote.contextTerms, wanted).length}` : '-');
    const shownText = norm(full.get(ranked[shownAt]?.quote.id ?? '')?.text ?? o.first.text);
    const wantText = norm(full.get(ranked[wantAt]?.quote.id ?? '')?.text ?? '');
    const inside = wantText && shownText ? (wantText.includes(shownText) ? 'SHOWN-IN-WANTED ' : shownText.includes(wantText) ? 'WANTED-IN-SHOWN ' : '') : '';
    console.log(`${inside}${half(o.q)} [${o.q.set} ${o.q.style} shown ${o.shown ?? 0}${o.ok3 ? ' ok@3' : ''}] ${o.q.q}\n   shown #${shownAt} ${describe(ranked[shownAt])}  ${o.first.text.slice(0, 60)}\n   wanted #${wantAt} ${describe(ranked[wantAt])}  ${o.q.expect}`);
    const s = ranked[shownAt];
    const w = ranked[wantAt];
    if (!s || !w) {
      tally.notRanked++;
      continue;
    }
    const cls = pairClass(s, w, wanted);
    classes.set(cls, (classes.get(cls) ?? 0) + 1);
    console.log(`   class: ${cls}`);
    (tally.cov[side(w.coverage, s.coverage)] as number)++;
    (tally.own[side(w.ownCoverage, s.ownCoverage)] as number)++;
    (tally.quote[side(inQuote(w), inQuote(s))] as number)++;
    (tally.conf[side(w.quote.confidence, s.quote.confidence)] as number)++;
    (tally.sentence[side(wantedCounts(w.quote.contextTerms, wanted).length, wantedCounts(s.quote.contextTerms, wanted).length)] as number)++;
  }
  const line = (name: string, t: number[]) => `${name}: less ${t[0]}, same ${t[1]}, more ${t[2]}`;
  console.log(`wanted against shown (${tally.notRanked} wanted quotes not among the candidates): ${line('coverage', tally.cov)}; ${line('own coverage', tally.own)}; ${line('question words in the quote', tally.quote)}; ${line('confidence', tally.conf)}; ${line('sentence length', tally.sentence)}`);
  console.log('--- by class (where the question words stand in the shown and the wanted candidate)');
  for (const [k, n] of [...classes].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)} ${k}`);
}

/**
 * Why the shown candidate outranks the wanted one of the same speaker, by where the question's words stand (session
 * 28, h-qa65): both hold the same words in the same fields (a tie of two quotes of one sentence or lead-in); the
 * wanted one holds them only in its lead-in or the paragraphs around it, or only in its sentence (a partial quote
 * whose topic the reporter's words give), while the shown one holds them in its own words; the same the other way
 * round (the shown one holds them only so); the wanted one holds fewer of the question's words anywhere; both hold
 * them in their own words.
 */
function pairClass(s: Ranked<RankRow>, w: Ranked<RankRow>, wanted: ReturnType<typeof termsOfGroups>): string {
  const held = (r: Ranked<RankRow>) => ({ quote: countsIn(r.quote.terms, wanted).counts.size, sentence: countsIn(r.quote.contextTerms, wanted).counts.size, lead: countsIn(r.quote.leadTerms ?? '', wanted).counts.size });
  const a = held(s);
  const b = held(w);
  if (a.quote === b.quote && a.sentence === b.sentence && a.lead === b.lead && s.matched.join() === w.matched.join()) return 'tie: the same words in the same fields';
  if (b.quote === 0 && b.sentence === 0) return 'wanted: the words only in its lead-in or around it';
  if (a.quote === 0 && a.sentence === 0) return 'shown: the words only in its lead-in or around it';
  if (w.coord < s.coord) return 'wanted: fewer of the question words anywhere';
  if (b.quote === 0) return 'wanted: the words only in its sentence';
  if (a.quote === 0) return 'shown: the words only in its sentence';
  return 'both: the words in their own words';
}

// ---------- misses where the right speaker is reached ----------
/**
 * `--named`: every question not right at 1 whose wanted speaker is among the speakers the question resolves to
 * (`understand`: a name, a surname, a misspelling, a role), sorted by what happened: another quote of theirs shown
 * first ("other"), refused ("refused"), another speaker first ("wrong"); and by where the wanted quote is: not on
 * record under a resolved speaker ("not indexed"), on record but not a candidate (no question word anywhere around
 * it), a candidate failing a floor (which one), or passing and ranked below the shown one. Prints one line per miss
 * (set, style, cause, the wanted and the shown candidate's features) and the counts by cause and style.
 */
async function named(): Promise<void> {
  const { understand } = await import('../src/core/questions/understand.js');
  const { rankForSpeakers } = await import('../src/core/answers/candidates.js');
  const { IndexCache } = await import('../src/core/engine.js');
  const { groupTerms, wantedCounts } = await import('../src/core/search/bm25.js');
  const { registry, vocab } = await new IndexCache(store, 3_600_000).current(['default']);
  const filter = { collections: ['default'] };
  const counts = new Map<string, number>();
  const byStyle = new Map<string, number>();
  for (const o of await run()) {
    if (o.q.none || o.ok1) continue;
    const parsed = understand(o.q.q, registry, vocab, () => true, new Date());
    const resolved = parsed.speakers.filter((m) => speakerMatch(m.speaker.name, o.q.speaker));
    if (resolved.length === 0) continue;
    const what = !o.first ? 'refused' : o.wrong ? 'wrong' : 'other';
    const ctx = { store, registry, vocab, visible: () => true, filter, limit: 3, offset: 0, uncertainBelow: 0.6, question: o.q.q, cut: false };
    const ranked = await rankForSpeakers(ctx, parsed.speakers, parsed);
    const full = new Map((await store.getQuotes(ranked.map((r) => r.quote.id))).map((q) => [q.id, q]));
    const okRow = (id: string) => answerOk({ speaker: full.get(id)?.speakerName ?? null, text: full.get(id)?.text ?? '' }, o.q);
    const wantAt = ranked.findIndex((r) => okRow(r.quote.id));
    const shownAt = o.first ? ranked.findIndex((r) => { const t = full.get(r.quote.id)?.text; return !!t && (t === o.first?.text || !!o.first?.text.includes(t)); }) : -1;
    const w = ranked[wantAt];
    let where: string;
    if (!w) {
      const ids = [...new Set(resolved.flatMap((m) => [m.speaker.id, ...registry.samePerson(m.speaker.id)]))];
      const theirs = await store.quotesBySpeakers(ids, filter, 5000);
      const onRecord = theirs.some((q) => answerOk({ speaker: q.speakerName, text: q.text }, o.q));
      where = onRecord ? 'not a candidate (no question word around it)' : 'not on record under the resolved speaker';
    } else {
      const fails = namedFloorsFailed(w, parsed.required);
      const lifted = w.introducedBy !== undefined && w.quote.confidence >= 0.3;
      where = fails.length === 0 ? (wantAt < shownAt || shownAt < 0 ? 'passes the floors, filtered later' : 'passes, ranked below the shown') : `fails ${fails.join('+')}${lifted ? ' (lifted by a summary)' : ''}`;
    }
    const key = `${what}: ${where}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    byStyle.set(`${what} ${o.q.style}`, (byStyle.get(`${what} ${o.q.style}`) ?? 0) + 1);
    const wanted = groupTerms(parsed.groups);
    const d = (r: (typeof ranked)[number] | undefined) => (r ? `score ${r3(r.score)} cov ${r3(r.coverage)} own ${r3(r.ownCoverage)} coord ${r3(r.coord)} conf ${r3(r.quote.confidence)} ${r.quote.kind} q/s/l ${wantedCounts(r.quote.terms, wanted).counts.size}/${wantedCounts(r.quote.contextTerms, wanted).counts.size}/${wantedCounts(r.quote.leadTerms ?? '', wanted).counts.size} [${r.matched.join(',')}]` : '-');
    console.log(`${half(o.q)} [${o.q.set} ${o.q.style}${o.ok3 ? ' ok@3' : ''}] ${what}: ${where} | ${o.q.q}\n   shown #${shownAt} ${d(ranked[shownAt])}  ${o.first ? `${o.first.speaker}: ${o.first.text.slice(0, 70)}` : '(none)'}\n   wanted #${wantAt} ${d(w)}  ${o.q.speaker}: ${o.q.expect}`);
  }
  console.log('--- by cause');
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)} ${k}`);
  console.log('--- by style');
  console.log([...byStyle].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', '));
}

// ---------- what the same-speaker fill adds ----------

/**
 * `--names`: every name question (styles typo, surname, firstname, nickname; `--styles a,b` for others) not right at 1,
 * with the speakers the question resolves to (kind, distance, score) and whether the wanted speaker is among them,
 * on record under that exact name at all, or not (session 25, h-qa57). "none" questions of those styles and of
 * "mentioned"/"absent"/"none-*" styles that resolve to somebody are listed too (a repair there answers a refusal).
 */
async function names(): Promise<void> {
  const { understand } = await import('../src/core/questions/understand.js');
  const { IndexCache } = await import('../src/core/engine.js');
  const { registry, vocab } = await new IndexCache(store, 3_600_000).current(['default']);
  const styles = opt('--styles', 'typo,surname,firstname,nickname').split(',');
  const counts = new Map<string, number>();
  for (const o of await run()) {
    const named = styles.includes(o.q.style);
    if (!named && !o.q.none) continue;
    const parsed = understand(o.q.q, registry, vocab, () => true, new Date());
    const got = parsed.speakers.map((m) => `${m.speaker.name}(${m.kind}${m.distance !== undefined ? ` d${m.distance}` : ''} ${r3(m.score)})`).join('; ');
    let what: string;
    if (o.q.none) {
      if (parsed.speakers.length === 0) continue;
      what = o.ok1 ? `none refused, resolves` : 'NONE ANSWERED';
      what += parsed.speakers.some((m) => m.kind === 'fuzzy') ? ' (fuzzy)' : '';
    } else {
      if (o.ok1) { counts.set(`right ${o.q.style}`, (counts.get(`right ${o.q.style}`) ?? 0) + 1); continue; }
      const resolved = parsed.speakers.some((m) => speakerMatch(m.speaker.name, o.q.speaker));
      const exact = registry.exactMatches(o.q.speaker ?? '', () => true).length > 0;
      what = resolved ? (o.wrong ? 'resolved, wrong first' : o.first ? 'resolved, other quote' : 'resolved, refused')
        : parsed.speakers.length ? `not resolved (others)${exact ? '' : ' not on record'}` : `not resolved (nobody)${exact ? '' : ' not on record'}`;
    }
    counts.set(`${what} ${o.q.style}`, (counts.get(`${what} ${o.q.style}`) ?? 0) + 1);
    console.log(`${o.q.set} ${o.q.style}${o.q.none ? ' NONE' : ''}: ${what} | ${o.q.q}\n   got: ${got || '-'}\n   want ${o.q.speaker ?? '-'}: ${o.q.expect ?? ''} | shown ${o.first ? `${o.first.speaker}: ${o.first.text.slice(0, 60)}` : '(none)'}`);
  }
  console.log('--- counts');
  for (const [k, n] of [...counts].sort()) console.log(`${String(n).padStart(4)} ${k}`);
}
/**
 * `--filled`: asks every question with the named speaker's fill (`SAME_SPEAKER_FILL`) as set and without it, and
 * prints each quote the fill added, under its question (with whether the question was right at 1 and at 3 before):
 * what a reporter sees in the places the fill takes, on the questions it helps and on those it cannot help.
 */
async function filled(): Promise<void> {
  const keep = SAME_SPEAKER_FILL.on;
  let added = 0;
  let questionsMoved = 0;
  let gained = 0;
  for (const q of questions) {
    SAME_SPEAKER_FILL.on = false;
    const beforeAnswer = await core.ask(q.q);
    const before = shownOf(beforeAnswer);
    SAME_SPEAKER_FILL.on = keep;
    const afterAnswer = await core.ask(q.q);
    const after = shownOf(afterAnswer);
    const articles = new Set(beforeAnswer.hits.map((h) => h.article.articleId));
    const articleOf = new Map(afterAnswer.hits.map((h) => [h.text, h.article.articleId]));
    const had = new Set(before.map((h) => h.text));
    const extra = after.filter((h) => !had.has(h.text));
    if (extra.length === 0) continue;
    questionsMoved++;
    added += extra.length;
    const ok = (hs: Shown[]) => !q.none && hs.slice(0, 3).some((h) => answerOk(h, q));
    if (!ok(before) && ok(after)) gained++;
    console.log(`[${q.set} ${q.style}${q.none ? ' NONE' : ''}${answerOk(before[0], q) ? ' ok@1' : ''}${ok(before) ? ' ok@3' : ok(after) ? ' GAINED@3' : ''}] ${q.q}  [${q.speaker ?? '-'}: ${q.expect ?? ''}]`);
    console.log(`   first: ${before[0]?.speaker ?? '-'}: ${before[0]?.text.slice(0, 100) ?? ''}`);
    for (const h of extra) console.log(`   + ${articles.has(articleOf.get(h.text) ?? '') ? '(same article) ' : '(other article) '}${h.speaker ?? '-'}: ${h.text.slice(0, 140)}`);
  }
  console.log(`the fill added ${added} quotes to ${questionsMoved} of ${questions.length} questions; ${gained} became right at 3`);
}

// ---------- coordinate search on half A ----------
type Weights = typeof RANK_WEIGHTS;
const GRID: Partial<Record<keyof Weights, number[]>> = {
  directBonus: [1, 1.3, 1.6, 2, 2.5, 3],
  phraseBonus: [0, 0.15, 0.3, 0.5, 0.8],
  confidenceShare: [0, 0.25, 0.5, 0.75, 1],
  sentenceWeight: [0.2, 0.4, 0.6, 0.8, 1, 1.25, 1.5],
  nearWeight: [0, 0.05, 0.15, 0.3, 0.5],
  leadWeight: [0, 0.1, 0.25, 0.5, 0.8, 1, 1.25, 1.5, 2],
  leadStrength: [0.3, 0.5, 0.7],
  askedLeadWeight: [1, 1.5, 2, 3, 4],
  quoteBonus: [0, 0.25, 0.5, 1, 2, 4],
  coordPower: [1, 1.5, 2, 3],
  summaryLift: [0, 0.5, 0.8, 1.01],
  meaningBonus: [0, 0.25, 0.5, 1, 2, 4],
  togetherBonus: [0, 0.25, 0.5, 1, 2, 4],
  echoLift: [0, 1.01],
  summaryGap: [0, 3, 6, 10, 15, 25, 1e9],
  fragmentFactor: [0.3, 0.5, 0.7, 0.85, 1],
};
/** Better on the fitting half: more right first answers, never more wrong speakers or fewer refusals. */
function better(a: Figures, b: Figures): boolean {
  return a.wrong <= b.wrong && a.noneRight >= b.noneRight && (a.at1 > b.at1 || (a.at1 === b.at1 && a.at3 > b.at3));
}
async function fit(base: Outcome[]): Promise<void> {
  const onA = (outs: Outcome[]) => figures(outs.filter((o) => half(o.q) === 'A'));
  let best = onA(base);
  const rounds = Number(opt('--rounds', '2'));
  for (let round = 0; round < rounds; round++) {
    let changed = false;
    const only = opt('--only', '').split(',').filter(Boolean);
    for (const key of (Object.keys(GRID) as (keyof Weights)[]).filter((k) => only.length === 0 || only.includes(k))) {
      const keep = RANK_WEIGHTS[key];
      let bestValue = keep;
      for (const v of GRID[key] ?? []) {
        if (v === keep) continue;
        RANK_WEIGHTS[key] = v;
        const f = onA(await run());
        console.log(`  ${key}=${v}: A answer@1 ${f.at1}/${f.n} @3 ${f.at3} wrong ${f.wrong} none ${f.noneRight}/${f.none}`);
        if (better(f, best)) {
          best = f;
          bestValue = v;
        }
      }
      RANK_WEIGHTS[key] = bestValue;
      if (bestValue !== keep) changed = true;
    }
    if (!changed) break;
  }
  console.log('--- fitted on half A', JSON.stringify(RANK_WEIGHTS));
  report(await run());
}

// ---------- main ----------
// --set key=value,...: start from these weights (to measure a candidate value, or to fit from it).
for (const kv of opt('--set', '').split(',').filter(Boolean)) {
  const [k, v] = kv.split('=');
  // neighbour.rerankFloor=40: the least similarity of a corpus neighbour the re-ranking counts.
  if (k?.startsWith('neighbour.') && k.slice(10) in NEIGHBOUR_READINGS && Number.isFinite(Number(v))) {
    NEIGHBOUR_READINGS[k.slice(10) as keyof typeof NEIGHBOUR_READINGS] = Number(v);
    continue;
  }
  // expansion.synonym=0: a source of readings off (search/expansion.ts).
  if (k?.startsWith('expansion.') && k.slice(10) in EXPANSION_SOURCES) {
    EXPANSION_SOURCES[k.slice(10) as keyof typeof EXPANSION_SOURCES] = v !== '0';
    continue;
  }
  // fill.on=0, fill.minCoord=0.67, fill.rarest=1: the named speaker's places after the floors (answers/intents/quote.ts).
  if (k?.startsWith('fill.') && k.slice(5) in SAME_SPEAKER_FILL) {
    const key = k.slice(5) as keyof typeof SAME_SPEAKER_FILL;
    (SAME_SPEAKER_FILL as Record<string, number | boolean>)[key] = typeof SAME_SPEAKER_FILL[key] === 'boolean' ? v !== '0' : Number(v);
    continue;
  }
  // order.on=0, order.window=6: a named speaker's words said before their reported summary (answers/intents/quote.ts).
  if (k?.startsWith('order.') && k.slice(6) in WORDS_SAID_FIRST) {
    const key = k.slice(6) as keyof typeof WORDS_SAID_FIRST;
    (WORDS_SAID_FIRST as Record<string, number | boolean>)[key] = typeof WORDS_SAID_FIRST[key] === 'boolean' ? v !== '0' : Number(v);
    continue;
  }
  if (!k || !(k in RANK_WEIGHTS) || !Number.isFinite(Number(v))) throw new Error(`--set: unknown weight or bad value in "${kv}"`);
  RANK_WEIGHTS[k as keyof typeof RANK_WEIGHTS] = Number(v);
}
/**
 * `--verify`: the "who said" questions only, each value of the verification thresholds' grid in turn (the others
 * kept), on every question and by half; the value kept is the one with the most right first answers on all of
 * them that never raises the wrong-speaker count nor lowers the refused "none" questions of the current value.
 */
const VERIFY_GRID: Record<keyof typeof VERIFY_RULES, number[]> = { minSpanShare: (process.env.VERIFY_SPAN ?? '0,0.1,0.2,0.25,0.3,0.35,0.4,0.45,0.5,0.6').split(',').map(Number), relativeCredit: (process.env.VERIFY_RELATIVE ?? '0,0.25,0.5,0.75,1').split(',').map(Number) };
async function sweepVerify(): Promise<void> {
  const all = questions.splice(0, questions.length);
  questions.push(...all.filter((q) => /^(?:who (?:said|wrote|says)|verify|check)\b/i.test(q.q)));
  for (const key of Object.keys(VERIFY_GRID) as (keyof typeof VERIFY_RULES)[]) {
    const keep = VERIFY_RULES[key];
    for (const v of VERIFY_GRID[key]) {
      VERIFY_RULES[key] = v;
      const outs = await run();
      const f = figures(outs);
      console.log(`${key}=${v}: ${line('all', f)} | ${line('A', figures(outs.filter((o) => half(o.q) === 'A')))} | ${line('B', figures(outs.filter((o) => half(o.q) === 'B')))}`);
    }
    VERIFY_RULES[key] = keep;
  }
}

/**
 * `--topic`: the questions naming nobody (only they can move), once per combination of the topic-only floors'
 * grids (`TOPIC_RULES`, src/core/answers/intents/quote.ts), the current values first. Prints all and each half per
 * combination, then the leave-one-set-out check.
 */
const TOPIC_GRID = { minCoverage: (process.env.TOPIC_COV ?? '0.3,0.35,0.4,0.45,0.5,0.55').split(',').map(Number), rarestSlack: (process.env.TOPIC_SLACK ?? '0,0.5,1,1.5,2,99').split(',').map(Number), minShareOfBest: (process.env.TOPIC_SHARE ?? '0').split(',').map(Number), leadMargin: (process.env.TOPIC_LEAD ?? '0,1').split(',').map(Number), minCoord: (process.env.TOPIC_COORD ?? '0.51').split(',').map(Number), compoundWhole: (process.env.TOPIC_COMPOUND ?? '0,1').split(',').map(Number), outranked: (process.env.TOPIC_OUTRANKED ?? '0,1').split(',').map(Number), rivalCoverage: (process.env.TOPIC_RIVAL_COV ?? '0.55').split(',').map(Number), farLeadCoverage: (process.env.TOPIC_FAR_COV ?? '0.55').split(',').map(Number), farLeadMargin: (process.env.TOPIC_FAR_MARGIN ?? '3').split(',').map(Number), farLeadConfidence: (process.env.TOPIC_FAR_CONF ?? '0.9').split(',').map(Number) };
async function sweepTopic(): Promise<void> {
  const keep = { ...TOPIC_RULES };
  // Only a question whose answer names nobody in its understanding can move: the others are asked once.
  const all = questions.splice(0, questions.length);
  for (const q of all) { const a = await core.ask(q.q); if (a.understood.intent === 'quote' && !a.understood.speaker) questions.push(q); }
  console.log(`${questions.length} of ${all.length} questions name nobody`);
  // Every combination of the grids (the keys in TOPIC_RULES order), the current values first.
  const keys = Object.keys(TOPIC_GRID) as (keyof typeof TOPIC_RULES)[];
  let points: (typeof TOPIC_RULES)[] = [{ ...keep }];
  for (const k of keys) points = points.flatMap((p) => (TOPIC_GRID[k].length ? TOPIC_GRID[k] : [keep[k]]).map((v) => ({ ...p, [k]: v })));
  points = [{ ...keep }, ...points.filter((p) => keys.some((k) => p[k] !== keep[k]))];
  const name = (p: typeof TOPIC_RULES) => keys.map((k) => `${k}=${p[k]}`).join(' ');
  const results: Outcome[][] = [];
  for (const p of points) {
    Object.assign(TOPIC_RULES, p);
    const outs = await run();
    results.push(outs);
    console.log(`${name(p)}: ${line('all', figures(outs))} | ${line('A', figures(outs.filter((o) => half(o.q) === 'A')))} | ${line('B', figures(outs.filter((o) => half(o.q) === 'B')))}`);
    if (args.includes('--verbose-points')) for (const o of outs.filter((x) => x.q.style === 'topic' || x.q.none)) if (!o.ok1) console.log(`    ${o.wrong ? 'WRONG' : o.answered ? 'other' : 'miss '} ${o.q.style} ${o.q.q} -> ${o.first ? `${o.first.speaker}: ${o.first.text.slice(0, 50)}` : '(none)'}`);
  }
  Object.assign(TOPIC_RULES, keep);
  // Leave one set out: on every set but one, the point with the most right first answers with no more wrong speakers
  // and no fewer refused "none" questions than the current values (of equals: fewer wrong speakers plus answered
  // "none", then the current values, then the first in the grid); scored on the set left out, for each set in turn.
  const sel = (i: number, keepQ: (q: Question) => boolean) => figures(results[i]!.filter((o) => keepQ(o.q)));
  const bad = (f: Figures) => f.wrong + (f.none - f.noneRight);
  const choose = (keepQ: (q: Question) => boolean): number => {
    const now = sel(0, keepQ);
    let best = 0;
    for (let i = 1; i < points.length; i++) {
      const f = sel(i, keepQ);
      const b = sel(best, keepQ);
      if (f.wrong > now.wrong || f.noneRight < now.noneRight) continue;
      if (f.at1 > b.at1 || (f.at1 === b.at1 && bad(f) < bad(b))) best = i;
    }
    return best;
  };
  const total = { n: 0, at1: 0, at3: 0, wrong: 0, none: 0, noneRight: 0 };
  const picks = new Map<string, number>();
  for (const s of setNames) {
    const i = choose((q) => q.set !== s);
    picks.set(name(points[i]!), (picks.get(name(points[i]!)) ?? 0) + 1);
    const f = sel(i, (q) => q.set === s);
    for (const k of Object.keys(total) as (keyof Figures)[]) total[k] += f[k];
    if (args.includes('--verbose')) console.log(`  fold ${s}: ${name(points[i]!)} ${line('', f)} (current ${line('', sel(0, (q) => q.set === s))})`);
  }
  console.log(`current values:     ${line('all', sel(0, () => true))}`);
  console.log(`leave one set out:  ${line('all', total)}  (chosen: ${[...picks].map(([n, k]) => `${n} x${k}`).join('; ')})`);
  const i = choose(() => true);
  console.log(`chosen on all sets: ${name(points[i]!)} ${line('all', sel(i, () => true))}`);
  if (args.includes('--verbose')) for (const [k, o] of results[i]!.entries()) { const was = results[0]![k]!; if (was.ok1 !== o.ok1 || was.wrong !== o.wrong) console.log(`  ${was.ok1 ? 'right' : was.wrong ? 'WRONG' : was.answered ? 'other' : 'miss'} -> ${o.ok1 ? 'right' : o.wrong ? 'WRONG' : o.answered ? 'other' : 'miss'}: ${o.q.q} (${o.q.set})`); }
}

const toExplain = opt('--explain', '');
if (args.includes('--topic')) {
  await sweepTopic();
} else if (args.includes('--verify')) {
  await sweepVerify();
} else if (toExplain) {
  await explain(toExplain);
} else if (args.includes('--pairs')) {
  await pairs();
} else if (args.includes('--named')) {
  await named();
} else if (args.includes('--names')) {
  await names();
} else if (args.includes('--filled')) {
  await filled();
} else {
  // --passes N: ask everything N times and time the last pass (compiled code, warm caches, as in a running bot).
  for (let i = 1; i < Number(opt('--passes', '1')); i++) await run();
  const base = await run();
  console.log('--- current weights', JSON.stringify(RANK_WEIGHTS));
  report(base);
  if (args.includes('--verbose')) {
    const slow = times.map((ms, i) => ({ ms, q: questions[i]?.q })).sort((a, b) => b.ms - a.ms).slice(0, 5);
    for (const x of slow) console.log(`  slow: ${r3(x.ms)} ms  ${x.q}`);
    for (const o of base.filter((x) => !x.ok1)) console.log(`  ${half(o.q)} ${o.ok3 ? "@3" : "  "} ${o.q.style.padEnd(12)} [${o.q.set}] ${o.q.q}  -> ${o.first ? `${o.first.speaker}: ${o.first.text.slice(0, 60)}` : '(none)'}  [${o.q.speaker}: ${o.q.expect}]`);
  }
  if (args.includes('--fit')) await fit(base);
}
await core.close();

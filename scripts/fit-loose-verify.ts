/**
 * Fits one more "closest real quote" rule for "who said" a half-remembered line, with a leave-one-set-out check. A
 * developer tool: it reads ../shared and the gold folders given (the app and the tests never do). It writes nothing.
 *
 *   npx tsx scripts/fit-loose-verify.ts --data DIR [--shared ../shared] [--gold DIR ...] [--or | --content] [--verbose] [--dump]
 *   (--dump: the first candidates of every question the current rules miss, with their features)
 *
 * DIR is an index of the whole corpus (as `scripts/fit-rank.ts` builds it). The questions are the "who said" ones
 * of dev, dev2, dev-questions and of every `--gold DIR` (each folder is one set: one fold of the check). For each, the
 * candidates `answers/intents/who-said.ts` compares word by word (the quotes holding all the rarest pasted words and
 * the shortlist of the wider look-up) are read with the features its rules test: the share of pasted words in order
 * (`score`), of pasted terms held (`o`), the IDF-weighted share of the pasted terms the quote holds (`wq`) and of the
 * quote's terms that were pasted (`qp`), the pasted weight in the quote and around it, the matched span's share and
 * the best sentence's. The rules before session 20 pick a first answer; each value of a small grid of the standout
 * rule (`STANDOUT` in who-said.ts: when nothing passes, the candidate far ahead of every other speaker's) or, with
 * `--or`, of one more OR clause beside the others, is added to them; the one with the most right first answers and no
 * more wrong speakers plus answered "none" lines (of equals, the strictest) is chosen on all sets but one and scored
 * on that one, for each set in turn.
 * `--content` fits instead the content bar of a close in-order match (`MIN_CLOSE_CONTENT`, session 26): short of
 * `VERBATIM`, a candidate with `CLOSE_VERIFY_COVERAGE` of the pasted words in order passes alone only when `wq + qp`
 * reaches the bar. The grid runs from 0 (no bar, the rule before session 26) up; a bar only refuses, so the choice is
 * the most right first answers, then the fewest wrong speakers plus answered "none" lines (never more than with no
 * bar), then of equals the strictest; it prints every value's figures on all sets and each fold's pick and figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CLOSE_VERIFY_COVERAGE, MIN_CLOSE_CONTENT, VERBATIM, bestSentenceShare } from '../src/core/answers/intents/who-said.js';
import { reversesContrast } from '../src/core/answers/contrast.js';
import { matchedSpan, pasteCoverage } from '../src/core/answers/diff.js';
import { IndexCache } from '../src/core/engine.js';
import { understand } from '../src/core/questions/understand.js';
import { contractionTerms, indexTerms } from '../src/core/search/tokenize.js';
import { SqliteQuoteStore } from '../src/core/store/sqlite/store.js';
import type { StoredQuote } from '../src/core/store/port.js';
import { answerOk, args, goldQuestionFiles, opt, questionDirs, speakerMatch } from './tuning-data.js';

interface Question { q: string; speaker?: string; expect?: string; answer_text?: string; none?: boolean; set: string }
interface Cand { sp: string | null; conf: number; kind: string; right: boolean; score: number; o: number; wq: number; qp: number; recOwn: number; recAround: number; span: number; sent: number; rev: boolean; rare: boolean; names: boolean }
interface Asked { q: Question; cands: Cand[] }

const dataDir = path.resolve(opt('--data', ''));
if (!opt('--data', '') || !fs.existsSync(path.join(dataDir, 'onrecord.db'))) {
  console.error('usage: npx tsx scripts/fit-loose-verify.ts --data DIR (an index of the whole corpus) [--gold DIR ...]');
  process.exit(2);
}
/** The scorer's check (`answerOk`) of an answer that names its speaker. */
const namedAnswerOk = (speaker: string | null, text: string, q: Question) => !!speaker && answerOk({ speaker, text }, q);

const dirs = questionDirs();
const questions: Question[] = [];
for (const dir of dirs) for (const g of goldQuestionFiles<Omit<Question, 'set'>>(dir)) for (const q of g.questions) questions.push({ ...q, set: dir });

const store = new SqliteQuoteStore({ dir: dataDir });
await store.init();
const { registry, vocab } = await new IndexCache(store, 3_600_000).current(['default']);
const filter = { collections: ['default'] };
const asked: Asked[] = [];
for (const q of questions) {
  const parsed = understand(q.q, registry, vocab, () => true, new Date());
  if (!parsed.quoted) continue;
  const pasted = parsed.quoted;
  const stubs = contractionTerms(pasted);
  const pastedTerms = new Set(indexTerms(pasted).filter((t) => !stubs.has(t)));
  const terms = [...pastedTerms].filter((t) => vocab.has(t)).sort((a, b) => vocab.frequency(a) - vocab.frequency(b) || (a < b ? -1 : 1)).slice(0, 6);
  if (terms.length === 0) continue;
  const held = (t: string) => pastedTerms.has(t);
  const overlap = (termList: string) => { const ts = new Set(termList.split(' ')); let n = 0; for (const t of ts) if (held(t)) n++; return { o: n / pastedTerms.size, own: ts.size ? n / ts.size : 0 }; };
  const pool = new Map<string, StoredQuote>((await store.quotesWithAllTerms(terms, filter, 80)).map((x) => [x.id, x]));
  const rows = (await store.rankRowsByTerms(terms, filter, 80)).map((r) => ({ r, ...overlap(r.terms) })).filter((x) => x.o >= 0.25);
  rows.sort((a, b) => b.o - a.o || b.own - a.own || a.r.id.localeCompare(b.r.id));
  const more = rows.slice(0, 25).map((x) => x.r.id).filter((id) => !pool.has(id));
  for (const x of more.length ? await store.getQuotes(more) : []) pool.set(x.id, x);
  const pastedWeight = [...pastedTerms].reduce((w, t) => w + vocab.idf(t), 0);
  const weightIn = (ts: Set<string>) => { let s = 0, a = 0; for (const t of ts) { const w = vocab.idf(t); a += w; if (held(t)) s += w; } return { s, a }; };
  const cands: Cand[] = [];
  for (const c of pool.values()) {
    const { o } = overlap(c.terms);
    if (o < 0.25) continue;
    const own = new Set(c.terms.split(' '));
    const around = new Set(`${c.contextTerms} ${c.nearTerms}`.split(' '));
    const { s, a } = weightIn(own);
    let inQuote = 0, inAround = 0;
    for (const t of pastedTerms) { if (own.has(t)) inQuote += vocab.idf(t); else if (around.has(t)) inAround += vocab.idf(t); }
    const span = weightIn(new Set(indexTerms(matchedSpan(pasted, c.text))));
    const rarest = terms[0] as string;
    const nameTerms = [...pasted.matchAll(/(?<=[^.!?'"‘“\s]\s+)\p{Lu}[\p{L}\p{M}'’-]*/gu)].flatMap((m) => indexTerms(m[0]));
    cands.push({ sp: c.speakerName ?? null, conf: c.confidence, kind: c.kind, right: !q.none && namedAnswerOk(c.speakerName ?? null, c.text, q), score: pasteCoverage(pasted, c.text), o,
      wq: s / pastedWeight, qp: a ? s / a : 0, recOwn: inQuote / pastedWeight, recAround: inAround / pastedWeight, span: span.a ? span.s / span.a : 0,
      sent: bestSentenceShare(c.text, pastedTerms, vocab), rev: reversesContrast(pasted, c.text), rare: own.has(rarest) || around.has(rarest), names: nameTerms.every((t) => own.has(t) || around.has(t)) });
  }
  cands.sort((a, b) => b.score - a.score || b.conf - a.conf || (a.kind === b.kind ? 0 : a.kind === 'direct' ? -1 : 1));
  asked.push({ q, cands });
}
await store.close();

// The current rules (who-said.ts: CLOSE_VERIFY_COVERAGE 0.7 short of VERBATIM with MIN_CLOSE_CONTENT, MIN_VERIFY_COVERAGE 0.5, MIN_VERIFY_TERMS 0.65, MIN_LOOSE_ORDER 0.3,
// MIN_VERIFY_WEIGHTED_TERMS 0.6, MIN_QUOTE_SHARE_PASTED 0.35, the recalled-line floors, LOOSE_PAIR (session 22), minSpanShare 0.35, MIN_ATTRIBUTION 0.3).
type Rule = (c: Cand) => boolean;
const recalled: Rule = (c) => c.recOwn >= 0.35 && c.recAround >= 0.3 && c.recOwn + c.recAround >= 0.6 && c.sent >= 0.35;
const current: Rule = (c) => (c.score >= 0.5 && c.o >= 0.65) || (c.score >= 0.3 && c.wq >= 0.6 && c.qp >= 0.35) || (c.score >= 0.5 && recalled(c)) || (c.score >= 0.5 && c.wq + c.qp >= 0.8);
/** who-said.ts `closeMatch`: a close in-order match short of verbatim shares this much content (`bar`: the shipped one unless fitted). */
const close = (c: Cand, bar = MIN_CLOSE_CONTENT) => c.score >= CLOSE_VERIFY_COVERAGE && (c.score >= VERBATIM || c.wq + c.qp >= bar);
const passes = (c: Cand, extra?: Rule, bar?: number) => !c.rev && (close(c, bar) || ((current(c) || !!extra?.(c)) && c.span >= 0.35 && !!c.sp && c.conf >= 0.3));
type Outcome = 'right' | 'other' | 'wrong' | 'refused' | 'noneOk' | 'noneAnswered';
/** An extra rule: an OR clause beside the others (`or`), or the standout fallback when nothing passes (`standout`). */
interface Extra { name: string; or?: Rule; closeBar?: number; standout?: { order: number; min: number; margin: number; rare?: boolean; names?: boolean }; strictness: number[] }
const sum = (c: Cand) => c.score + c.wq + c.qp;
function first(a: Asked, extra?: Extra): Cand | undefined {
  const found = a.cands.find((c) => passes(c, extra?.or, extra?.closeBar));
  if (found || !extra?.standout) return found;
  // who-said.ts `standout`: the attributed candidate with the highest sum, far enough ahead of every other speaker's.
  const { order, min, margin, rare, names } = extra.standout;
  const ranked = a.cands.filter((c) => !c.rev && !!c.sp && c.conf >= 0.3).sort((x, y) => sum(y) - sum(x));
  const top = ranked[0];
  if (!top || top.score < order || sum(top) < min || top.span < 0.35 || (rare && !top.rare) || (names && !top.names)) return undefined;
  const other = ranked.find((c) => c.sp !== top.sp);
  return !other || sum(top) - sum(other) < margin ? undefined : top;
}
function outcome(a: Asked, extra?: Extra): Outcome {
  const f = first(a, extra);
  if (a.q.none) return f ? 'noneAnswered' : 'noneOk';
  if (!f) return 'refused';
  return f.right ? 'right' : speakerMatch(f.sp, a.q.speaker) ? 'other' : 'wrong';
}
const tally = (xs: Asked[], extra?: Extra) => { const t: Record<Outcome, number> = { right: 0, other: 0, wrong: 0, refused: 0, noneOk: 0, noneAnswered: 0 }; for (const a of xs) t[outcome(a, extra)]++; return t; };

const grid: Extra[] = [];
const content = args.includes('--content');
if (content) {
  for (let i = 0; i <= 20; i++) { const bar = (i * 5) / 100; grid.push({ name: `close content>=${bar.toFixed(2)}`, closeBar: bar, strictness: [bar] }); }
} else if (args.includes('--or')) {
  for (const s of [0.3, 0.35, 0.4, 0.45, 0.5]) {
    for (const qp of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45]) for (const wq of [0.3, 0.4, 0.5, 0.6]) for (const span of [0.35, 0.5, 0.6]) grid.push({ name: `or score>=${s} qp>=${qp} wq>=${wq} span>=${span}`, or: (c) => c.score >= s && c.qp >= qp && c.wq >= wq && c.span >= span, strictness: [s, qp, wq, span] });
    for (const both of [0.6, 0.7, 0.8, 0.9, 1]) grid.push({ name: `or score>=${s} wq+qp>=${both}`, or: (c) => c.score >= s && c.wq + c.qp >= both, strictness: [s, both] });
  }
} else {
  for (const order of [0.3, 0.35, 0.4, 0.45, 0.5]) for (const min of [0.6, 0.7, 0.8, 0.9, 1, 1.1]) for (const margin of [0, 0.1, 0.2, 0.3, 0.4]) for (const rare of args.includes('--rare') ? [false, true] : [false]) for (const names of args.includes('--names') ? [false, true] : [false]) grid.push({ name: `standout order>=${order} sum>=${min} margin>=${margin}${rare ? ' rarest held' : ''}${names ? ' names held' : ''}`, standout: { order, min, margin, rare, names }, strictness: [rare ? 1 : 0, names ? 1 : 0, order, margin, min] });
}
/** The most right first answers with no more wrong speakers and answered "none" lines; of equals, the strictest. */
function choose(train: Asked[]): Extra | undefined {
  if (content) return chooseBar(train);
  const now = tally(train);
  let best: { extra?: Extra; right: number } = { right: now.right };
  const stricter = (x: number[], y: number[]) => { for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] as number) > (y[i] as number); return false; };
  for (const g of grid) {
    const t = tally(train, g);
    if (t.wrong + t.noneAnswered > now.wrong + now.noneAnswered) continue;
    if (t.right > best.right || (t.right === best.right && best.extra && stricter(g.strictness, best.extra.strictness))) best = { extra: g, right: t.right };
  }
  return best.extra;
}
/** `--content`: a bar only refuses; the most right, then the fewest wrong + answered "none" (never more than no bar), then the strictest. */
function chooseBar(train: Asked[]): Extra | undefined {
  const off = tally(train, grid[0]);
  let best: { extra: Extra; right: number; bad: number } | undefined;
  for (const g of grid) {
    const t = tally(train, g);
    const bad = t.wrong + t.noneAnswered;
    if (bad > off.wrong + off.noneAnswered) continue;
    if (!best || t.right > best.right || (t.right === best.right && (bad < best.bad || (bad === best.bad && (g.closeBar as number) > (best.extra.closeBar as number))))) best = { extra: g, right: t.right, bad };
  }
  return best?.extra;
}
const sets = [...new Set(asked.map((a) => a.q.set))];
const checked: Record<Outcome, number> = { right: 0, other: 0, wrong: 0, refused: 0, noneOk: 0, noneAnswered: 0 };
const picks = new Map<string, number>();
for (const s of sets) {
  const pick = choose(asked.filter((a) => a.q.set !== s));
  picks.set(pick?.name ?? 'current rules', (picks.get(pick?.name ?? 'current rules') ?? 0) + 1);
  const t = tally(asked.filter((a) => a.q.set === s), pick);
  if (content || args.includes('--verbose')) console.log(`  fold ${path.basename(path.dirname(path.dirname(s)))}/${path.basename(s)}: ${pick?.name ?? 'current rules'} ${JSON.stringify(t)} (current ${JSON.stringify(tally(asked.filter((a) => a.q.set === s)))})`);
  for (const k of Object.keys(t) as Outcome[]) checked[k] += t[k];
}
console.log(`${asked.length} "who said" questions (${asked.filter((a) => a.q.none).length} with no answer on record) in ${sets.length} sets`);
console.log(`current rules:       ${JSON.stringify(tally(asked))}`);
console.log(`leave one set out:   ${JSON.stringify(checked)}  (rules chosen: ${[...picks].map(([n, k]) => `${n} x${k}`).join('; ')})`);
const all = choose(asked);
if (content) for (const g of grid) console.log(`  ${g.name}${g.closeBar === MIN_CLOSE_CONTENT ? ' (shipped)' : ''}: ${JSON.stringify(tally(asked, g))}`);
const shown = opt('--show', '').split(';').filter(Boolean).map((name) => grid.find((x) => x.name === name)).filter((g): g is Extra => g !== undefined);
for (const g of shown) console.log(`shown:               ${g.name} ${JSON.stringify(tally(asked, g))}`);
if (shown.length === 2 && args.includes('--verbose')) for (const a of asked) { const x = outcome(a, shown[0]), y = outcome(a, shown[1]); if (x !== y) console.log(`  shown ${x} -> ${y}: ${a.q.q} (${path.basename(path.dirname(path.dirname(a.q.set)))})`); }
console.log(`chosen on all sets:  ${all?.name ?? 'current rules'} ${JSON.stringify(tally(asked, all))}`);
if (args.includes('--verbose')) {
  for (const a of asked) { const was = outcome(a), now = outcome(a, all); if (was !== now) console.log(`  ${was} -> ${now}: ${a.q.q}`); }
}
if (args.includes('--dump')) {
  // The first candidates of every question the current rules do not answer right (features rounded), and the wanted one.
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const line = (c: Cand) => `${c.sp} conf ${r2(c.conf)} score ${r2(c.score)} o ${r2(c.o)} wq ${r2(c.wq)} qp ${r2(c.qp)} own ${r2(c.recOwn)} around ${r2(c.recAround)} span ${r2(c.span)} sent ${r2(c.sent)}${c.rev ? ' rev' : ''}`;
  for (const a of asked) {
    const was = outcome(a);
    if (was === 'right' || was === 'noneOk') continue;
    console.log(`${was}: ${a.q.q} [want ${a.q.speaker ?? 'none'}: ${a.q.expect ?? ''}]`);
    for (const c of a.cands.slice(0, 4)) console.log(`    ${c.right ? 'R' : '-'} ${line(c)}`);
    const right = a.cands.find((c) => c.right);
    if (right && !a.cands.slice(0, 4).includes(right)) console.log(`    R(rank ${a.cands.indexOf(right)}) ${line(right)}`);
    if (!right) console.log('    (the wanted quote is no candidate)');
  }
}

/**
 * Sweeps the coverage floor of a named speaker's answer (`NAMED_RULES.minCoverage`, answers/intents/quote.ts) with a
 * leave-one-set-out check (session 27, h-qa62). A developer tool: it reads ../shared and the gold folders given (the
 * app and the tests never do). It writes nothing.
 *
 *   npx tsx scripts/fit-named-coverage.ts --data DIR [--shared ../shared] [--gold DIR ...] [--grid 0.2,0.25,0.3] [--moved]
 *                                         [--key rolePassage --grid 0,1 --base 0]
 *
 * `--key` sweeps another numeric rule of `NAMED_RULES` instead, `--base` the value the folds compare against (the app's
 * by default; the rule off to measure it).
 *
 * DIR is an index of the whole corpus (as `scripts/fit-rank.ts` builds it). Every question of dev, dev2,
 * dev-questions and of each `--gold DIR` (one set, one fold) is asked in-process (`core.ask`) once per grid value and
 * judged the scorer's way (its `speakerMatch`, the expected words; a "none" question is right only when nothing is
 * answered). On all sets but one, the value with the most right first answers whose wrong speakers and answered
 * "none" questions are no more than the app's value gives is chosen (of equals, the app's, then the strictest), and
 * scored on the left-out set, for each set in turn. `--moved` lists every question a grid value moves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NAMED_RULES } from '../src/core/answers/intents/quote.js';
import { createOnRecord } from '../src/core/index.js';
import { SqliteQuoteStore } from '../src/core/store/sqlite/store.js';
import { answerOk, args, goldQuestionFiles, opt, packedSetName, questionDirs, speakerMatch } from './tuning-data.js';

interface Question { q: string; speaker?: string; expect?: string; answer_text?: string; none?: boolean; style: string; set: string }
const dataDir = path.resolve(opt('--data', ''));
if (!opt('--data', '') || !fs.existsSync(path.join(dataDir, 'onrecord.db'))) {
  console.error('usage: npx tsx scripts/fit-named-coverage.ts --data DIR (an index of the whole corpus) [--gold DIR ...]');
  process.exit(2);
}
/** The scorer's check (`answerOk`) of an answer that names its speaker. */
const namedAnswerOk = (speaker: string | null, text: string, q: Question) => !!speaker && answerOk({ speaker, text }, q);

const dirs = questionDirs();
const setOf = (dir: string) => packedSetName(dir) ?? (dir.includes(path.join('eval', 'gold')) ? 'visible' : dir);
const questions: Question[] = [];
for (const dir of dirs) for (const g of goldQuestionFiles<Omit<Question, 'set'>>(dir)) for (const q of g.questions) questions.push({ ...q, set: setOf(dir) });

const store = new SqliteQuoteStore({ dir: dataDir });
await store.init();
const core = createOnRecord({ store, refreshMs: 3_600_000 });
await core.warm();

/** The rule swept: `minCoverage` unless `--key` names another numeric key of `NAMED_RULES` (`--key rolePassage --grid 0,1`). */
const key = opt('--key', 'minCoverage') as keyof typeof NAMED_RULES;
if (!(key in NAMED_RULES)) throw new Error(`--key: no rule "${key}" in NAMED_RULES`);
const appValue = NAMED_RULES[key];
/** The value each fold must beat (`--base`, default the app's): a rule measured against the app without it. */
const app = Number(opt('--base', String(appValue)));
const grid = [...new Set([...opt('--grid', '0.2,0.225,0.25,0.275,0.3,0.325,0.35').split(',').map(Number), app])].sort((a, b) => a - b);
/** Per grid value, one letter per question: R right, W wrong speaker, o the right speaker's other words, - refused, N a "none" answered, n refused rightly. */
const outcomes = new Map<number, string[]>();
for (const value of grid) {
  NAMED_RULES[key] = value;
  const out: string[] = [];
  for (const q of questions) {
    const first = (await core.ask(q.q)).hits[0];
    const speaker = first?.speaker?.name ?? null;
    out.push(q.none ? (first ? 'N' : 'n') : !first ? '-' : namedAnswerOk(speaker, first.text, q) ? 'R' : speakerMatch(speaker, q.speaker) ? 'o' : 'W');
  }
  outcomes.set(value, out);
}
NAMED_RULES[key] = appValue;

const figures = (value: number, keep: (set: string) => boolean) => {
  const f = { right: 0, wrong: 0, none: 0 };
  (outcomes.get(value) ?? []).forEach((o, i) => {
    if (!keep((questions[i] as Question).set)) return;
    if (o === 'R') f.right++;
    else if (o === 'W') f.wrong++;
    else if (o === 'N') f.none++;
  });
  return f;
};
const show = (f: { right: number; wrong: number; none: number }) => `right ${f.right} wrong ${f.wrong} "none" answered ${f.none}`;
for (const value of grid) console.log(`${value}${value === appValue ? ' (app)' : ''}${value === app && app !== appValue ? ' (base)' : ''}: ${show(figures(value, () => true))}`);
const sets = [...new Set(questions.map((q) => q.set))];
const total = { right: 0, wrong: 0, none: 0 };
const base = { right: 0, wrong: 0, none: 0 };
const chosen = new Map<number, number>();
for (const left of sets) {
  const train = (s: string) => s !== left;
  const b = figures(app, train);
  let pick = app;
  let best = b.right;
  for (const value of [...grid].reverse()) {
    const f = figures(value, train);
    if (f.wrong <= b.wrong && f.none <= b.none && f.right > best) {
      pick = value;
      best = f.right;
    }
  }
  chosen.set(pick, (chosen.get(pick) ?? 0) + 1);
  const f = figures(pick, (s) => s === left);
  const fb = figures(app, (s) => s === left);
  for (const k of ['right', 'wrong', 'none'] as const) {
    total[k] += f[k];
    base[k] += fb[k];
  }
  console.log(`fold ${left}: ${pick} (${show(fb)} -> ${show(f)})`);
}
console.log(`leave one set out: chosen ${[...chosen].map(([v, n]) => `${v} x${n}`).join(', ')}; left-out sets ${show(base)} -> ${show(total)}`);
if (args.includes('--moved')) {
  const at = outcomes.get(app) ?? [];
  for (const value of grid) (outcomes.get(value) ?? []).forEach((o, i) => {
    const q = questions[i] as Question;
    if (o !== at[i]) console.log(`${value} ${q.set} ${q.style}: ${at[i]} -> ${o} | ${q.q}`);
  });
}

/**
 * Time per question of the inputs built to make question parsing slow: long runs of quotation marks, nested
 * brackets, mixed scripts. Each family is asked at 1x, 2x and 4x its size, up to the longest question the
 * core reads (MAX_QUESTION_CHARS), so a super-linear pattern shows as growth well above 4x from 1x to 4x.
 * The parser (`shapeQuestion`, `extractTime`) is timed alone and the whole `ask` over a small in-memory index.
 *
 *   npm run bench -- questions
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MAX_QUESTION_CHARS } from '../src/core/questions/clean.js';
import { createOnRecord, type OnRecord } from '../src/core/index.js';
import { shapeQuestion } from '../src/core/questions/intent.js';
import { extractTime } from '../src/core/questions/time.js';
import { SqliteQuoteStore } from '../src/core/store/sqlite/store.js';
import { round } from './stats.js';

/** Repeats `unit` until the text is `n` characters long (cut to exactly n). */
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const MIXED = 'Kirby “said” «Нусра» «نصرة» 停火协议 (Dunford [intel {sharing}]) 😀👩‍👩‍👧 "we will" - , ; … ‘not’ back down ';

/** Input families: each builds a question of about `n` characters. */
export const HOSTILE_FAMILIES: { name: string; make: (n: number) => string }[] = [
  { name: 'straight marks " x n', make: (n) => fill('"', n) },
  { name: 'typographic pairs “” x n/2', make: (n) => fill('“”', n) },
  { name: 'guillemets and curly «”“» x n/4', make: (n) => fill('«”“»', n) },
  { name: '"who said" + marks', make: (n) => `who said ${fill('"', n - 9)}` },
  { name: 'opening mark + words', make: (n) => `"${fill('ab ', n - 1)}` },
  { name: 'marks + one word each', make: (n) => fill('" a', n) },
  { name: 'nested brackets ([{', make: (n) => fill('([{', n / 2) + fill('}])', n / 2) },
  { name: 'did X say "... (verify shape)', make: (n) => `did ${fill('a ', n - 14)}say "x"` },
  { name: 'what did X + separators', make: (n) => `what did ${fill(', - ', n - 9)}` },
  { name: 'long word', make: (n) => fill('isation', n) },
  { name: 'mixed scripts and marks', make: (n) => fill(MIXED, n) },
];

const SIZES = [MAX_QUESTION_CHARS / 4, MAX_QUESTION_CHARS / 2, MAX_QUESTION_CHARS];

/** Median ms of `fn`, repeated until about `budgetMs` is spent (at least once, at most 50 times). */
function timeOf(fn: () => unknown, budgetMs = 150): number {
  const times: number[] = [];
  const start = performance.now();
  do {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  } while (performance.now() - start < budgetMs && times.length < 50);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

async function timeOfAsync(fn: () => Promise<unknown>, budgetMs = 150): Promise<number> {
  const times: number[] = [];
  const start = performance.now();
  do {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  } while (performance.now() - start < budgetMs && times.length < 50);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export interface HostileRow {
  family: string;
  /** Characters at 1x, 2x, 4x. */
  sizes: number[];
  parseMs: number[];
  askMs: number[];
  /** ask time at 4x over ask time at 1x (linear work gives about 4, or less while fixed costs dominate). */
  growth4x: number;
}

async function openCore(root: string): Promise<OnRecord> {
  const store = new SqliteQuoteStore({ dir: ':memory:' });
  await store.init();
  const core = createOnRecord({ store, refreshMs: 0 });
  const dir = path.join(root, 'data', 'articles');
  for (const f of fs.readdirSync(dir)) await core.ingestDocument({ content: fs.readFileSync(path.join(dir, f), 'utf8'), source: `data/articles/${f}` });
  await core.warm();
  return core;
}

export async function runHostileQuestionBench(root: string, log: (s: string) => void): Promise<HostileRow[]> {
  const core = await openCore(root);
  const now = new Date();
  const rows: HostileRow[] = [];
  log(`Time per question, ms (median of repeats; the machine is shared, so figures are pessimistic). Sizes ${SIZES.join(' / ')} chars.`);
  log('| input | parse 1x / 2x / 4x | ask 1x / 2x / 4x | ask 4x/1x |');
  log('|---|---|---|---|');
  for (const family of HOSTILE_FAMILIES) {
    const questions = SIZES.map((n) => family.make(n));
    const parseMs = questions.map((q) => round(timeOf(() => shapeQuestion(extractTime(q, now).rest)), 3));
    const askMs: number[] = [];
    for (const q of questions) askMs.push(round(await timeOfAsync(() => core.ask(q)), 3));
    const growth4x = round((askMs[2] as number) / Math.max(askMs[0] as number, 0.001), 2);
    rows.push({ family: family.name, sizes: questions.map((q) => q.length), parseMs, askMs, growth4x });
    log(`| ${family.name} | ${parseMs.join(' / ')} | ${askMs.join(' / ')} | ${growth4x} |`);
  }
  await core.close();
  return rows;
}

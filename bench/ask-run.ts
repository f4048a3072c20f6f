/**
 * Child process of the search bench: opens an index, asks the question mix through `core.ask()` and prints one
 * JSON line of figures. A process of its own, so its RSS is the RSS of answering, nothing else.
 *
 *   tsx bench/ask-run.ts DATA_DIR QUESTIONS_JSONL
 */
import fs from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createOnRecord } from '../src/core/index.js';
import { SqliteQuoteStore } from '../src/core/store/sqlite/store.js';
import { firstAnswerRight, type GradedQuestion } from './grading.js';
import { buildMix, type QuestionStyle } from './question-mix.js';
import { percentile, round } from './stats.js';

/** Figures of one style (or of the whole mix). */
export interface StyleFigures {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Share of graded questions whose first answer is right; absent when the style is only timed. */
  answerAt1?: number;
  /** Share answered "no quote found". */
  notFound: number;
}

export interface AskFigures {
  quotes: number;
  /** Opening the index and loading the registry and vocabulary (first question's extra cost). */
  warmMs: number;
  all: StyleFigures;
  styles: Partial<Record<QuestionStyle, StyleFigures>>;
  /** CPU seconds (user + system) of this process while it asked the timed mix (the database's own are not in it). */
  cpuSeconds: number;
  rssMb: number;
  maxRssMb: number;
  heapMb: number;
  /**
   * The heap after a full collection, read last: what answering keeps. `heapMb` (and the RSS) also count garbage not
   * yet collected, so they depend on when V8 last collected (its memory reducer runs a full collection about 8 s after
   * allocation slows): at 1M the same code and index read 126-133 MB there in four runs and 314 MB in one with the
   * reducer off, with the same live heap.
   */
  liveHeapMb?: number;
  /** Linux: RSS split into private memory and file pages (the index mapped with mmap, shared and reclaimable). */
  rssAnonMb?: number;
  rssFileMb?: number;
}

/** RssAnon and RssFile from /proc/self/status (MB), where the system has them. */
function rssSplit(): { rssAnonMb?: number; rssFileMb?: number } {
  try {
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
    const anon = kb('RssAnon');
    const file = kb('RssFile');
    return Number.isFinite(anon) && Number.isFinite(file) ? { rssAnonMb: round(anon / 1024, 0), rssFileMb: round(file / 1024, 0) } : {};
  } catch {
    return {};
  }
}

/** MB of the heap after a full collection (the collector exposed for this one call), or undefined where it cannot be. */
function liveHeap(): number | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    (vm.runInNewContext('gc') as () => void)();
    return round(process.memoryUsage().heapUsed / 1048576, 0);
  } catch {
    return undefined;
  }
}

function figures(times: number[], right: number, graded: number, notFound: number): StyleFigures {
  const t = [...times].sort((a, b) => a - b);
  const f: StyleFigures = { n: t.length, p50: round(percentile(t, 50), 2), p95: round(percentile(t, 95), 2), p99: round(percentile(t, 99), 2), max: round(t.at(-1) ?? 0, 2), notFound: round(notFound / Math.max(1, t.length), 3) };
  if (graded) f.answerAt1 = round(right / graded, 3);
  return f;
}

async function main(dataDir: string, questionsFile: string): Promise<AskFigures> {
  const questions = fs.readFileSync(questionsFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GradedQuestion);
  const mix = buildMix(questions);
  // The store under test: PostgreSQL when the bench passes DATABASE_URL (and its schema), else the SQLite index.
  const url = process.env.DATABASE_URL;
  const store = url
    ? new (await import('../src/core/store/postgres/store.js')).PostgresQuoteStore({ connectionString: url, schema: process.env.DATABASE_SCHEMA ?? 'onrecord' })
    : new SqliteQuoteStore({ dir: dataDir });
  await store.init();
  const core = createOnRecord({ store, refreshMs: 3_600_000 });
  const t0 = performance.now();
  await core.warm();
  const warmMs = performance.now() - t0;
  // One untimed pass over a slice of the mix so the timings are of compiled code, as in a running bot.
  for (const q of mix.slice(0, 60)) await core.ask(q.question);
  const per = new Map<QuestionStyle, { times: number[]; right: number; graded: number; notFound: number }>();
  const all = { times: [] as number[], right: 0, graded: 0, notFound: 0 };
  const cpu0 = process.cpuUsage();
  for (const q of mix) {
    const s = performance.now();
    const a = await core.ask(q.question);
    const ms = performance.now() - s;
    const e = per.get(q.style) ?? { times: [], right: 0, graded: 0, notFound: 0 };
    per.set(q.style, e);
    for (const x of [e, all]) {
      x.times.push(ms);
      if (a.status === 'not_found') x.notFound++;
      if (q.graded) {
        x.graded++;
        const top = a.hits[0];
        if (firstAnswerRight(top ? { speaker: top.speaker?.name ?? null, text: top.text } : undefined, q.graded)) x.right++;
      }
    }
  }
  const cpu = process.cpuUsage(cpu0);
  // Memory first: counting rows afterwards scans whole tables and indexes, which through the memory map would
  // add the whole index file to the RSS of a process that answering alone never makes touch it.
  const mem = process.memoryUsage();
  const split = rssSplit(); // before closing: closing the index unmaps it
  const counts = await core.counts();
  const styles: AskFigures['styles'] = {};
  for (const [k, e] of per) styles[k] = figures(e.times, e.right, e.graded, e.notFound);
  const liveHeapMb = liveHeap();
  await core.close();
  return {
    quotes: counts.quotes,
    warmMs: round(warmMs, 0),
    all: figures(all.times, all.right, all.graded, all.notFound),
    styles,
    cpuSeconds: round((cpu.user + cpu.system) / 1e6, 1),
    rssMb: round(mem.rss / 1048576, 0),
    maxRssMb: round(process.resourceUsage().maxRSS / 1024, 0),
    heapMb: round(mem.heapUsed / 1048576, 0),
    ...(liveHeapMb !== undefined ? { liveHeapMb } : {}),
    ...split,
  };
}

const [dataDir, questionsFile] = process.argv.slice(2);
if (!dataDir || !questionsFile) {
  console.error('usage: tsx bench/ask-run.ts DATA_DIR QUESTIONS_JSONL');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(await main(dataDir, questionsFile))}\n`);

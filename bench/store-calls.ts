/**
 * Where a question's time goes, per store call: asks one style of the bench's question mix through `core.ask()`
 * with every store call timed (wall time in this process, round trip included), and prints per call the count and
 * the median and total milliseconds, then the whole questions' median. PostgreSQL when DATABASE_URL is set.
 *
 *   DATABASE_URL=... DATABASE_SCHEMA=... tsx bench/store-calls.ts QUESTIONS_JSONL [STYLE] [N]
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createOnRecord } from '../src/core/index.js';
import type { QuoteStore } from '../src/core/store/port.js';
import { PostgresQuoteStore } from '../src/core/store/postgres/store.js';
import type { GradedQuestion } from './grading.js';
import { buildMix } from './question-mix.js';
import { percentile, round } from './stats.js';

const [file, style = 'topic-only', n = '200'] = process.argv.slice(2);
if (!file || !process.env.DATABASE_URL) {
  console.error('usage: DATABASE_URL=... [DATABASE_SCHEMA=...] tsx bench/store-calls.ts QUESTIONS_JSONL [STYLE] [N]');
  process.exit(2);
}
const questions = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GradedQuestion);
const mix = buildMix(questions).filter((q) => q.style === style).slice(0, Number(n));
const store = new PostgresQuoteStore({ connectionString: process.env.DATABASE_URL, schema: process.env.DATABASE_SCHEMA ?? 'onrecord' });
await store.init();
const calls = new Map<string, number[]>();
const timed = new Proxy(store, {
  get(target, key, receiver) {
    const v = Reflect.get(target, key, receiver) as unknown;
    if (typeof v !== 'function' || typeof key !== 'string') return v;
    return async (...args: unknown[]) => {
      const s = performance.now();
      try {
        return await (v as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      } finally {
        const list = calls.get(key) ?? [];
        list.push(performance.now() - s);
        calls.set(key, list);
      }
    };
  },
}) as QuoteStore;
const core = createOnRecord({ store: timed, refreshMs: 3_600_000 });
await core.warm();
for (const q of mix.slice(0, 30)) await core.ask(q.question);
calls.clear();
const times: number[] = [];
const cpu0 = process.cpuUsage();
for (const q of mix) {
  const s = performance.now();
  await core.ask(q.question);
  times.push(performance.now() - s);
}
const cpu = process.cpuUsage(cpu0);
times.sort((a, b) => a - b);
for (const [k, list] of calls) {
  list.sort((a, b) => a - b);
  console.log(`${k.padEnd(26)} n=${String(list.length).padStart(5)} p50 ${round(percentile(list, 50), 2)} ms, total ${round(list.reduce((a, b) => a + b, 0), 0)} ms`);
}
console.log(`${style}: ${times.length} questions, p50 ${round(percentile(times, 50), 2)} ms, total ${round(times.reduce((a, b) => a + b, 0), 0)} ms, CPU ${round((cpu.user + cpu.system) / 1000, 0)} ms`);
await core.close();

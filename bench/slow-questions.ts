/**
 * Which questions of the search bench's mix are slow, and where their time goes: each question is asked
 * `PASSES` times (default 2) and keeps its smallest CPU time (`process.cpuUsage` around `core.ask`; a pass the
 * scheduler preempted does not count twice), with the store calls it made timed one by one. Prints CPU p50 and
 * p99 per style, then the slowest questions with their store calls. CPU rather than wall time, so that a loaded
 * machine still tells which questions cost most to answer.
 *
 *   npx tsx bench/slow-questions.ts DATA_DIR QUESTIONS_JSONL [TOP]
 */
import fs from 'node:fs';
import { createOnRecord } from '../src/core/index.js';
import type { QuoteStore } from '../src/core/store/port.js';
import { SqliteQuoteStore } from '../src/core/store/sqlite/store.js';
import type { GradedQuestion } from './grading.js';
import { buildMix } from './question-mix.js';
import { percentile, round } from './stats.js';

interface Timed {
  style: string;
  question: string;
  cpuMs: number;
  wallMs: number;
  calls: Record<string, number>;
}

/** The store with every method call timed into `sink.calls` (milliseconds per method name). */
function timedStore(store: QuoteStore, sink: { calls: Record<string, number> }): QuoteStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const v: unknown = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        const start = performance.now();
        const done = () => {
          const k = String(prop);
          sink.calls[k] = (sink.calls[k] ?? 0) + performance.now() - start;
        };
        const r: unknown = (v as (...a: unknown[]) => unknown).apply(target, args);
        if (r instanceof Promise) return r.finally(done);
        done();
        return r;
      };
    },
  });
}

async function main(dataDir: string, questionsFile: string, top: number): Promise<void> {
  const questions = fs.readFileSync(questionsFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GradedQuestion);
  const mix = buildMix(questions);
  const raw = new SqliteQuoteStore({ dir: dataDir });
  await raw.init();
  const sink = { calls: {} as Record<string, number> };
  const core = createOnRecord({ store: timedStore(raw, sink), refreshMs: 3_600_000 });
  await core.warm();
  for (const q of mix.slice(0, 60)) await core.ask(q.question);
  const best = new Map<string, Timed>();
  const passes = Number(process.env.PASSES) || 2;
  for (let p = 0; p < passes; p++) {
    for (const q of mix) {
      sink.calls = {};
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      await core.ask(q.question);
      const wallMs = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const key = `${q.style}\n${q.question}`;
      const t: Timed = { style: q.style, question: q.question, cpuMs: (cpu.user + cpu.system) / 1000, wallMs, calls: sink.calls };
      const was = best.get(key);
      if (!was || t.cpuMs < was.cpuMs) best.set(key, t);
    }
  }
  await core.close();
  const all = [...best.values()].sort((a, b) => b.cpuMs - a.cpuMs);
  const cpus = all.map((t) => t.cpuMs).sort((a, b) => a - b);
  const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  console.log(`${all.length} questions, ${passes} passes, load ${load}: CPU ms a question p50 ${round(percentile(cpus, 50), 2)} p99 ${round(percentile(cpus, 99), 2)}`);
  const styles = new Map<string, number[]>();
  for (const t of all) (styles.get(t.style) ?? styles.set(t.style, []).get(t.style))?.push(t.cpuMs);
  for (const [style, list] of styles) {
    list.sort((a, b) => a - b);
    console.log(`  ${style.padEnd(12)} n=${String(list.length).padStart(4)} CPU p50 ${round(percentile(list, 50), 2)} p99 ${round(percentile(list, 99), 2)} max ${round(list.at(-1) ?? 0, 2)}`);
  }
  const slowest = all.slice(0, Math.ceil(all.length / 100));
  const byStyle: Record<string, number> = {};
  for (const t of slowest) byStyle[t.style] = (byStyle[t.style] ?? 0) + 1;
  console.log(`slowest 1% (${slowest.length}) by style: ${JSON.stringify(byStyle)}`);
  for (const t of all.slice(0, top)) {
    const calls = Object.entries(t.calls).sort((a, b) => b[1] - a[1]).map(([k, ms]) => `${k} ${round(ms, 1)}`).join(', ');
    console.log(`${round(t.cpuMs, 1).toFixed(1).padStart(6)} ms CPU ${round(t.wallMs, 1).toFixed(1).padStart(6)} wall  ${t.style.padEnd(12)} ${t.question.slice(0, 64).padEnd(64)} | ${calls}`);
  }
}

const [dataDir, questionsFile, top] = process.argv.slice(2);
if (!dataDir || !questionsFile) {
  console.error('usage: npx tsx bench/slow-questions.ts DATA_DIR QUESTIONS_JSONL [TOP]');
  process.exit(2);
}
await main(dataDir, questionsFile, Number(top ?? 30));

/**
 * Where the memory of the search bench's ask step goes: opens an index as `ask-run.ts` does, and after each step
 * (opening, loading the speakers and the vocabulary, the warm-up, the question mix in slices) prints what the process
 * holds, measured twice: as the bench reads it (no collection forced: live objects plus garbage not yet collected)
 * and after a full collection (what the step keeps). Run with `--expose-gc`:
 *
 *   node --expose-gc --import tsx bench/ask-memory.ts DATA_DIR QUESTIONS_JSONL [--snapshot FILE]
 *
 * `--snapshot FILE` writes a V8 heap snapshot after the mix (for the Memory tab of Chrome's DevTools).
 */
import fs from 'node:fs';
import v8 from 'node:v8';
import { createOnRecord } from '../src/core/index.js';
import { SqliteQuoteStore } from '../src/core/store/sqlite/store.js';
import type { GradedQuestion } from './grading.js';
import { buildMix } from './question-mix.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('run with node --expose-gc');
  process.exit(2);
}

const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;

/** RssAnon and RssFile from /proc/self/status (MB), where the system has them. */
function rssSplit(): string {
  try {
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
    return `private ${Math.round(kb('RssAnon') / 1024)} file ${Math.round(kb('RssFile') / 1024)}`;
  } catch {
    return '';
  }
}

function line(step: string): void {
  const before = process.memoryUsage();
  (gc as () => void)();
  const m = process.memoryUsage();
  const old = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space');
  console.log(
    `${step.padEnd(22)} as read: rss ${mb(before.rss)} heapUsed ${mb(before.heapUsed)} heapTotal ${mb(before.heapTotal)} | after gc: rss ${mb(m.rss)} (${rssSplit()}) heapUsed ${mb(m.heapUsed)} heapTotal ${mb(m.heapTotal)} old ${mb(old?.space_used_size ?? 0)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)}`,
  );
}

const args = process.argv.slice(2);
const snapAt = args.indexOf('--snapshot');
const snapshot = snapAt >= 0 ? args.splice(snapAt, 2)[1] : undefined;
const [dataDir, questionsFile] = args;
if (!dataDir || !questionsFile) {
  console.error('usage: node --expose-gc --import tsx bench/ask-memory.ts DATA_DIR QUESTIONS_JSONL [--snapshot FILE]');
  process.exit(2);
}
line('start');
const questions = fs.readFileSync(questionsFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GradedQuestion);
const mix = buildMix(questions);
line('questions read');
const store = new SqliteQuoteStore({ dir: dataDir });
await store.init();
line('store opened');
{
  // What the engine's loads return, each on its own (dropped again before the core loads its own copies).
  const speakers = await store.listSpeakers();
  line(`speakers (${speakers.length})`);
  const stats = await store.termStats();
  line(`+ term stats (${stats.df.size})`);
}
line('both dropped');
const core = createOnRecord({ store, refreshMs: 3_600_000 });
await core.warm();
line('warm');
for (const q of mix.slice(0, 60)) await core.ask(q.question);
line('first 60');
const step = Math.ceil(mix.length / 5);
for (let i = 0; i < mix.length; i += step) {
  // The heap as the bench reads it (no collection forced) after each question: live objects plus garbage, so a
  // reading taken at one moment may be anywhere in this range.
  let low = Infinity;
  let high = 0;
  let total = 0;
  for (const q of mix.slice(i, i + step)) {
    await core.ask(q.question);
    const m = process.memoryUsage();
    low = Math.min(low, m.heapUsed);
    high = Math.max(high, m.heapUsed);
    total = Math.max(total, m.heapTotal);
  }
  console.log(`  heap as read after each question: ${mb(low)}-${mb(high)} MB, heapTotal up to ${mb(total)} MB`);
  line(`mix to ${Math.min(mix.length, i + step)}`);
}
if (snapshot) {
  v8.writeHeapSnapshot(snapshot);
  console.log(`snapshot ${snapshot}`);
}
await core.close();

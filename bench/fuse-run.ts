/**
 * Child process of the search bench: the baseline, a plain fuse.js search (question as typed, over quote text
 * and speaker, `ignoreLocation` so words past character 60 count) over the same quotes as the index. Times the
 * generated questions one by one until the time budget is spent (at least one), and prints one JSON line.
 *
 *   tsx bench/fuse-run.ts DATA_DIR QUESTIONS_JSONL BUDGET_SECONDS
 */
import fs from 'node:fs';
import Fuse from 'fuse.js';
import { readQuoteTexts } from '../src/core/store/sqlite/dump.js';
import { firstAnswerRight, type GradedQuestion } from './grading.js';
import { percentile, round } from './stats.js';

export interface FuseFigures {
  quotes: number;
  buildSeconds: number;
  asked: number;
  p50: number;
  p99: number;
  answerAt1: number;
  rssMb: number;
  /** True when the budget ran out before every question was asked. */
  capped: boolean;
}

const [dataDir, questionsFile, budget = '60'] = process.argv.slice(2);
if (!dataDir || !questionsFile) {
  console.error('usage: tsx bench/fuse-run.ts DATA_DIR QUESTIONS_JSONL [BUDGET_SECONDS]');
  process.exit(2);
}
const questions = fs.readFileSync(questionsFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GradedQuestion);
const t0 = performance.now();
const records = [...readQuoteTexts(dataDir)];
const fuse = new Fuse(records, { keys: ['text', 'speaker'], ignoreLocation: true, includeScore: false });
const buildSeconds = (performance.now() - t0) / 1000;
const deadline = performance.now() + Number(budget) * 1000;
const times: number[] = [];
let right = 0;
for (const q of questions) {
  if (performance.now() > deadline && times.length >= 1) break;
  const s = performance.now();
  const [top] = fuse.search(q.q, { limit: 1 });
  times.push(performance.now() - s);
  if (firstAnswerRight(top ? { speaker: top.item.speaker, text: top.item.text } : undefined, q)) right++;
}
times.sort((a, b) => a - b);
const out: FuseFigures = {
  quotes: records.length,
  buildSeconds: round(buildSeconds, 1),
  asked: times.length,
  p50: round(percentile(times, 50), 1),
  p99: round(percentile(times, 99), 1),
  answerAt1: round(right / Math.max(1, times.length), 3),
  rssMb: round(process.memoryUsage().rss / 1048576, 0),
  capped: times.length < questions.length,
};
process.stdout.write(`${JSON.stringify(out)}\n`);

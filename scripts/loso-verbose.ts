/**
 * Leave-one-set-out choice between variants of the app already scored on the halves A (`score.sh`'s verbose outputs:
 * one per variant), without asking again. A developer tool: it reads the gold folders given and the verbose files.
 *
 *   npx tsx scripts/loso-verbose.ts --gold-root DIR NAME=VERBOSE.txt ...   (the first NAME is the base)
 *
 * DIR holds the packed sets unpacked as score.sh does (DIR/<set>/gold/A). Each question is judged from the verbose
 * lines: not listed R (right), "miss ... -> (no answer)" - (refused), a miss naming the wanted speaker o (other words),
 * any other miss W (wrong speaker); a "none" question listed as answered N, else n. On all sets but one, the variant
 * with the most right first answers whose wrong speakers and answered "none" questions are no more than the base's
 * is chosen (of equals, the earlier given), and scored on the left-out set, for each set in turn.
 */
import fs from 'node:fs';
import path from 'node:path';
import { goldQuestionFiles, speakerMatch } from './tuning-data.js';

interface Q { q: string; speaker?: string; none?: boolean; style: string; set: string }
const argv = process.argv.slice(2);
const root = argv[argv.indexOf('--gold-root') + 1] as string;
const variants = argv.filter((a) => a.includes('=')).map((a) => a.split('=') as [string, string]);
const questions: Q[] = [];
for (const set of fs.readdirSync(root).sort()) {
  const dir = path.join(root, set, 'gold', 'A');
  if (!fs.existsSync(dir)) continue;
  for (const g of goldQuestionFiles<Omit<Q, 'set'>>(dir)) for (const q of g.questions) questions.push({ ...q, set });
}
const key = (s: string) => s.replace(/\n/g, ' ').trim();
/** One letter per question for a verbose file. */
function judge(file: string): string[] {
  const misses = new Map<string, string>();
  const answeredNone = new Set<string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^ {2}miss: (.*?) {2}-> (.*?) {2}\[want /.exec(line);
    if (m) misses.set(key(m[1] as string), m[2] as string);
    const n = /^ {2}answered a question with no answer on record: (.*?) {2}-> /.exec(line);
    if (n) answeredNone.add(key(n[1] as string));
  }
  return questions.map((q) => {
    if (q.none) return answeredNone.has(key(q.q)) ? 'N' : 'n';
    const got = misses.get(key(q.q));
    if (got === undefined) return 'R';
    if (got === '(no answer)') return '-';
    const speaker = got.slice(0, got.indexOf(': ') >= 0 ? got.indexOf(': ') : got.length);
    return speakerMatch(speaker, q.speaker) ? 'o' : 'W';
  });
}
const outcomes = variants.map(([name, file]) => [name, judge(file)] as const);
const count = (o: readonly string[], letter: string, keep: (q: Q) => boolean) => o.filter((x, i) => x === letter && keep(questions[i] as Q)).length;
const styles = ['role', 'role-none'];
console.log(`questions ${questions.length} in ${new Set(questions.map((q) => q.set)).size} sets`);
for (const [name, o] of outcomes) {
  const all = () => true;
  const role = (q: Q) => q.style === 'role';
  const none = (q: Q) => !!q.none;
  console.log(`${name}: right ${count(o, 'R', all)}, wrong ${count(o, 'W', all)}, none answered ${count(o, 'N', none)} of ${questions.filter(none).length}; role right ${count(o, 'R', role)} of ${questions.filter(role).length}, role wrong ${count(o, 'W', role)}; ${styles.map((s) => `${s} ${count(o, 'R', (q) => q.style === s) + count(o, 'n', (q) => q.style === s)}/${questions.filter((q) => q.style === s).length}`).join(', ')}`);
}
const [, base] = outcomes[0] as (typeof outcomes)[number];
let gain = 0;
let wrong = 0;
let none = 0;
const picks = new Map<string, number>();
for (const set of [...new Set(questions.map((q) => q.set))]) {
  const train = (q: Q) => q.set !== set;
  const test = (q: Q) => q.set === set;
  let best = outcomes[0] as (typeof outcomes)[number];
  for (const v of outcomes) {
    if (count(v[1], 'W', train) > count(base, 'W', train) || count(v[1], 'N', train) > count(base, 'N', train)) continue;
    if (count(v[1], 'R', train) > count(best[1], 'R', train)) best = v;
  }
  picks.set(best[0], (picks.get(best[0]) ?? 0) + 1);
  gain += count(best[1], 'R', test) - count(base, 'R', test);
  wrong += count(best[1], 'W', test) - count(base, 'W', test);
  none += count(best[1], 'N', test) - count(base, 'N', test);
}
console.log(`leave-one-set-out: chosen ${[...picks].map(([n, k]) => `${n} x${k}`).join(', ')}; on the left-out sets against ${outcomes[0]?.[0]}: right ${gain >= 0 ? '+' : ''}${gain}, wrong ${wrong >= 0 ? '+' : ''}${wrong}, none answered ${none >= 0 ? '+' : ''}${none}`);

/**
 * Census of the questions whose wanted words are extracted under another speaker (session 40, h-attr107). A developer
 * tool: it reads ../shared and the question sets given (the app and the tests never do).
 *
 *   npx tsx scripts/misfiled-census.ts --run CORPUS.jsonl --gold DIR [--gold DIR ...] [--verbose HALVES.txt] [--context]
 *
 * CORPUS.jsonl is `onrecord extract --json` over the whole corpus (`corpus-run.sh`). For every question of every style
 * with an answer on record, the quotes extracted from its article are judged the scorer's way (`answerOk`):
 *  - `held`: a quote holds the wanted words under the right speaker (not this census's ground);
 *  - `filed under X`: a quote holds the wanted words (the expected words, or 60% of the answer in order) under
 *    another speaker X, or nobody;
 *  - `lost`: no quote holds them.
 * With `--verbose`, the base's `score.mjs --verbose` output, each line says whether the question is a miss there.
 * With `--context`, each misfiled quote is printed with its paragraph and the one before and after, to class by hand
 * the construction that misled the attribution (the table of docs/EXTRACTION.md "Session 40, h-attr107").
 */
import fs from 'node:fs';
import path from 'node:path';
import { answerOk, answerableQuestions, args, corpus, lcs, opt, packedSetName, words } from './tuning-data.js';

interface RunQuote { text: string; speaker: string | null; kind: string; cue: string | null; paragraph: number; start: number; end: number; confidence: number }
interface RunArticle { file: string; quotes: RunQuote[] }

const runFile = opt('--run', '');
if (!runFile || !fs.existsSync(runFile)) {
  console.error('usage: npx tsx scripts/misfiled-census.ts --run CORPUS.jsonl --gold DIR [--gold DIR ...] [--verbose FILE] [--context]');
  process.exit(2);
}
const byFile = new Map<string, RunArticle>();
for (const line of fs.readFileSync(runFile, 'utf8').split('\n')) {
  if (!line.startsWith('{')) continue;
  const a = JSON.parse(line) as RunArticle;
  byFile.set(path.relative(corpus, path.resolve(a.file)), a);
}
const verboseFile = opt('--verbose', '');
const missed = new Set<string>();
if (verboseFile) {
  for (const l of fs.readFileSync(verboseFile, 'utf8').split('\n')) {
    const m = /^\s*miss: (.*?)  -> /.exec(l);
    if (m) missed.add(m[1] as string);
  }
}
const showContext = args.includes('--context');

/** Whether a quote holds the wanted words, whoever it is filed under. */
function holdsWords(text: string, q: { expect?: string; answer_text?: string }): boolean {
  if (q.expect && words(text).join(' ').includes(words(q.expect).join(' '))) return true;
  const a = words(q.answer_text);
  return a.length > 0 && lcs(a, words(text)) / a.length >= 0.6;
}

const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
const styles = new Set<string>();
for (const dir of args.flatMap((a, i) => (a === '--gold' && args[i + 1] ? [args[i + 1] as string] : []))) {
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const g = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { questions?: { style: string }[] };
    for (const q of g.questions ?? []) styles.add(q.style);
  }
}
for (const q of answerableQuestions([...styles])) {
  if (!q.speaker) continue;
  const set = packedSetName(q.set) ?? path.basename(q.set);
  const run = byFile.get(q.article);
  const quotes = run?.quotes ?? [];
  if (quotes.some((r) => answerOk({ speaker: r.speaker, text: r.text }, q))) { count('held'); continue; }
  const other = quotes.find((r) => holdsWords(r.text, q));
  const miss = verboseFile ? (missed.has(q.q) ? 'miss' : 'right') : '?';
  if (!other) { count(`lost (${miss})`); console.log(`LOST [${set}] [${q.style}] [${miss}] ${q.q} | want ${q.speaker}: ${(q.expect ?? '').slice(0, 60)} | ${q.article}`); continue; }
  count(`filed elsewhere (${miss})`);
  console.log(`FILED [${set}] [${q.style}] [${miss}] ${q.q} | want ${q.speaker} | under ${other.speaker ?? 'nobody'} (${other.kind}, cue ${other.cue ?? '-'}, conf ${other.confidence}, par ${other.paragraph}) | ${q.article}`);
  if (showContext) {
    const text = fs.readFileSync(path.join(corpus, q.article), 'utf8');
    // The run's offsets are into the parsed article (headline and layout read apart): find the quote in the file.
    const found = text.indexOf(other.text.slice(0, 40));
    const start = found >= 0 ? found : other.start;
    const end = found >= 0 ? found + other.text.length : other.end;
    console.log(`    ${text.slice(Math.max(0, start - 360), start).replace(/\s*\n\s*/g, ' ¶ ')} [[${text.slice(start, end).slice(0, 90)}]] ${text.slice(end, end + 200).replace(/\s*\n\s*/g, ' ¶ ')}`);
  }
}
console.log('');
for (const [k, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${k}`);

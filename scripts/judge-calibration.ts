/**
 * Scores the confidence of a fresh extract run against a set of direct quotes whose speakers were judged by hand
 * (a held-out calibration judge: session 15, eval/held-out/attrset-s15-h-conf3.tar.gz; how it was judged:
 * scripts/confidence-data/README.md). A developer tool: it reads the files it is given and nothing else.
 *
 *   npm run --silent onrecord -- extract --json FILE... > run.jsonl
 *   npx tsx scripts/judge-calibration.ts JUDGED.tsv [MORE.tsv...] run.jsonl [MORE.jsonl...] [--half A|B] [--at 0.9]
 *
 * Several judges (files ending in .tsv; session 16 added eval/held-out/attrset-s16-h-conf4.tar.gz) are pooled, each
 * row keeping its half; every other file is a run (JSON lines), and the runs are pooled too.
 *
 * JUDGED.tsv has a header and the columns article, half, quote_start, quote_head, predicted_speaker, confidence,
 * judgement (right | wrong | unnamed-ok | no-speech | unclear), right_speaker. A row matches the run's direct quote of the same
 * article (a file path ending in `/article`) whose text opens with the same 60 characters (whitespace collapsed); of
 * several, the one nearest quote_start. Its label: `right` 1 and `wrong` 0 when the run gives the judged speaker;
 * when the run gives another speaker, 1 if that is the right speaker and otherwise unjudged (counted apart).
 * `unnamed-ok` (the article names nobody and we name nobody) and `no-speech` (a title, not words said) and `unclear` (the article
 * does not settle who speaks) carry no label, as anonymous gold quotes carry none in the confidence fit.
 *
 * Prints: the labelled direct quotes at >= --at (share right, and their share of all labelled direct quotes), the
 * reliability table by bin of confidence, log loss and Brier score, and what could not be matched or judged.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { logLoss } from './confidence-fit.js';

export interface JudgedRow {
  article: string;
  half: string;
  start: number;
  head: string;
  predicted: string;
  judgement: 'right' | 'wrong' | 'unnamed-ok' | 'no-speech' | 'unclear';
  rightSpeaker: string;
  /** Main's confidence when the set was packed (both halves unseen then); NaN when the column is empty. */
  packedConfidence: number;
}
export interface RunQuote { text: string; speaker: string | null; kind: string; start: number; confidence: number }

export const headOf = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 60);

export function parseJudged(tsv: string): JudgedRow[] {
  const [header, ...lines] = tsv.split('\n').filter((l) => l.trim() !== '');
  const cols = header!.split('\t');
  const at = (name: string) => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`judged TSV: no column ${name}`);
    return i;
  };
  const [a, h, s, q, p, j, r, c] = ['article', 'half', 'quote_start', 'quote_head', 'predicted_speaker', 'judgement', 'right_speaker', 'confidence'].map(at);
  return lines.map((line, n) => {
    const f = line.split('\t');
    const judgement = f[j!] as JudgedRow['judgement'];
    if (!['right', 'wrong', 'unnamed-ok', 'no-speech', 'unclear'].includes(judgement)) throw new Error(`judged TSV line ${n + 2}: judgement ${judgement}`);
    return { article: f[a!]!, half: f[h!]!, start: Number(f[s!]), head: f[q!]!, predicted: f[p!] ?? '', judgement, rightSpeaker: f[r!] ?? '', packedConfidence: f[c!] ? Number(f[c!]) : NaN };
  });
}

/** 1 right, 0 wrong, null no label; `why` says which. */
export function labelOf(row: JudgedRow, speaker: string | null): { y: 0 | 1 | null; why: string } {
  if (row.judgement !== 'right' && row.judgement !== 'wrong') return { y: null, why: row.judgement };
  const now = speaker ?? '';
  if (now === row.predicted) return { y: row.judgement === 'right' ? 1 : 0, why: row.judgement };
  if (row.judgement === 'wrong' && now !== '' && now === row.rightSpeaker) return { y: 1, why: 'now right' };
  return { y: null, why: 'speaker changed, unjudged' };
}

export const BINS = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001];

export interface Scored {
  /** Right (1) or wrong (0) with the run's confidence, for each judged row that matched and kept its label. */
  labelled: { y: 0 | 1; p: number }[];
  /** How each judged row was counted (its verdict, `now right`, `speaker changed, unjudged`, not found). */
  counts: Map<string, number>;
  articles: number;
  /** Direct quotes of the run in judged articles that no row matched. */
  unmatched: number;
  /** Rows with no label whose quote the run puts at or above `at`. */
  unlabelledSure: number;
}

/**
 * The direct quote a judged row judges: among the article's quotes not `taken` yet, the one with the row's opening
 * nearest the row's start (undefined when none has it). Marks it taken. Shared by scoreJudged and judge-data.ts.
 */
export function matchJudged<Q extends { text: string; start: number }>(row: JudgedRow, quotes: readonly Q[], taken: Set<Q>): Q | undefined {
  const same = quotes.filter((q) => !taken.has(q) && headOf(q.text) === row.head);
  const q = same.sort((x, y) => Math.abs(x.start - row.start) - Math.abs(y.start - row.start))[0];
  if (q) taken.add(q);
  return q;
}

/** Matches judged rows to a run's direct quotes (same article, same opening, nearest start) and labels them. */
export function scoreJudged(rows: readonly JudgedRow[], runs: readonly { file: string; quotes: readonly RunQuote[] }[], at: number): Scored {
  const byArticle = new Map<string, RunQuote[]>();
  for (const article of new Set(rows.map((r) => r.article))) {
    const run = runs.find((x) => x.file === article || x.file.endsWith(`/${article}`));
    if (run) byArticle.set(article, run.quotes.filter((q) => q.kind === 'direct'));
  }
  const labelled: { y: 0 | 1; p: number }[] = [];
  const counts = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  const taken = new Set<RunQuote>();
  let unlabelledSure = 0;
  for (const row of rows) {
    const quotes = byArticle.get(row.article);
    if (!quotes) { bump('article not in the run'); continue; }
    const q = matchJudged(row, quotes, taken);
    if (!q) { bump('quote not found in the run'); continue; }
    const { y, why } = labelOf(row, q.speaker);
    bump(why);
    if (y === null) { if (q.confidence >= at) unlabelledSure++; continue; }
    labelled.push({ y, p: q.confidence });
  }
  const unmatched = [...byArticle.values()].flat().filter((q) => !taken.has(q)).length;
  return { labelled, counts, articles: byArticle.size, unmatched, unlabelledSure };
}

function main(): void {
  const argv = process.argv.slice(2);
  const opt = (name: string, fallback: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && i + 1 < argv.length ? argv[i + 1]! : fallback;
  };
  const positional = argv.filter((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1]!.startsWith('--')));
  const judgedFiles = positional.filter((f) => f.endsWith('.tsv'));
  const runFiles = positional.filter((f) => !f.endsWith('.tsv'));
  if (!judgedFiles.length || !runFiles.length) {
    console.error('usage: npx tsx scripts/judge-calibration.ts JUDGED.tsv [MORE.tsv...] RUN.jsonl [MORE.jsonl...] [--half A|B] [--at 0.9]');
    process.exit(2);
  }
  const half = opt('--half', '');
  const at = Number(opt('--at', '0.9'));
  const rows = judgedFiles.flatMap((f) => parseJudged(fs.readFileSync(f, 'utf8'))).filter((r) => !half || r.half === half);
  const runs = runFiles.flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { file: string; quotes: RunQuote[] }));
  const { labelled, counts, articles, unmatched, unlabelledSure } = scoreJudged(rows, runs, at);
  const sure = labelled.filter((e) => e.p >= at);
  const right = sure.filter((e) => e.y === 1).length;
  const brier = labelled.reduce((s, e) => s + (e.p - e.y) ** 2, 0) / (labelled.length || 1);
  console.log(`judged ${rows.length} direct quotes in ${articles} articles${half ? ` (half ${half})` : ''}: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}; direct quotes of the run not in the judge: ${unmatched}`);
  console.log(`labelled ${labelled.length} (${labelled.filter((e) => e.y === 1).length} right); at >= ${at}: right ${sure.length ? (right / sure.length).toFixed(3) : '-'} of ${sure.length} (${right} right, ${sure.length - right} wrong), share of labelled direct quotes ${(sure.length / (labelled.length || 1)).toFixed(3)}; unlabelled (unnamed-ok, no-speech, unclear, unjudged) at >= ${at}: ${unlabelledSure}`);
  console.log(`log loss ${logLoss(labelled).toFixed(4)}, Brier ${brier.toFixed(4)}`);
  console.log('confidence    quotes  mean predicted  observed right');
  for (let b = 0; b + 1 < BINS.length; b++) {
    const inBin = labelled.filter((e) => e.p >= BINS[b]! && e.p < BINS[b + 1]!);
    if (!inBin.length) continue;
    const mean = inBin.reduce((s, e) => s + e.p, 0) / inBin.length;
    const obs = inBin.filter((e) => e.y === 1).length / inBin.length;
    console.log(`[${BINS[b]!.toFixed(2)}, ${Math.min(BINS[b + 1]!, 1).toFixed(2)}${b + 2 === BINS.length ? ']' : ')'}  ${String(inBin.length).padStart(6)}  ${mean.toFixed(3).padStart(14)}  ${obs.toFixed(3).padStart(14)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

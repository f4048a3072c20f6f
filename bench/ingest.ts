/**
 * `npm run bench -- ingest [--runs 3] [--only SHAPE] [--json FILE]`: does ingest cost grow in proportion to the input? Each
 * shape of bench/ingest-shapes.ts is ingested at 1x, 2x and 4x its base size, each run in a child process of
 * its own (bench/ingest-run.ts) so its peak RSS is its own; each run times the ingest as often as the 1x size
 * needs for about a second, and the fastest of all is kept (the machine is shared). Goal: 4x the input costs at most ~5x the time. Then inputs past the caps, refused or flattened:
 * the time that takes.
 */
import path from 'node:path';
import { loadLine, round, timedRun } from './stats.js';

/** Base sizes: the 4x size stays within the caps of src/core/articles/limits.ts. */
const SCALED: { shape: string; base: number }[] = [
  { shape: 'no-marks', base: 10_000 },
  { shape: 'long-paragraph', base: 350 },
  { shape: 'front-matter-keys', base: 120 },
  { shape: 'short-quoted-paragraphs', base: 5_000 },
  { shape: 'quoted-no-full-stop', base: 5_000 },
  { shape: 'punctuation-run', base: 20_000 },
];

/** Inputs beyond a cap: what it costs to say no (or, for the page, to flatten it without a DOM). */
const BEYOND: { shape: string; n: number }[] = [
  { shape: 'no-marks', n: 60_000 }, // paragraph count
  { shape: 'long-paragraph', n: 3_000 }, // paragraph length
  { shape: 'front-matter-keys', n: 1_000 }, // front matter keys
  { shape: 'front-matter-keys', n: 200_000 }, // article size (5 MB)
  { shape: 'front-matter-keys', n: 100_000 }, // front matter size
  { shape: 'html-tiny-paragraphs', n: 1_000_000 }, // tags for a DOM, then paragraph count
];

interface RunFigures {
  seconds: number;
  repeats: number;
  peakRssMb: number;
  baseRssMb: number;
  chars: number;
  quotes?: number;
  refused?: string;
}

export interface IngestScaleRow {
  shape: string;
  n: number;
  chars: number;
  seconds: number;
  peakRssMb: number;
  quotes?: number;
  refused?: string;
}

function runOnce(root: string, shape: string, n: number, repeats?: number): RunFigures {
  const args = [path.join(root, 'bench', 'ingest-run.ts'), shape, String(n), ...(repeats ? [String(repeats)] : [])];
  const r = timedRun(process.execPath, ['--expose-gc', '--import', 'tsx', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as RunFigures;
}

function best(root: string, shape: string, n: number, runs: number, repeats?: number): IngestScaleRow & { repeats: number } {
  let best: RunFigures | undefined;
  for (let i = 0; i < runs; i++) {
    const f = runOnce(root, shape, n, repeats ?? best?.repeats);
    if (!best || f.seconds < best.seconds) best = { ...f, peakRssMb: Math.max(f.peakRssMb, best?.peakRssMb ?? 0) };
    else best.peakRssMb = Math.max(best.peakRssMb, f.peakRssMb);
  }
  const f = best!;
  const row: IngestScaleRow & { repeats: number } = { shape, n, chars: f.chars, seconds: round(f.seconds, 3), peakRssMb: round(f.peakRssMb), repeats: f.repeats };
  if (f.quotes !== undefined) row.quotes = f.quotes;
  if (f.refused) row.refused = f.refused;
  return row;
}

export function runIngestBench(root: string, log: (s: string) => void, runs = 3, only?: string): { scaled: IngestScaleRow[]; beyond: IngestScaleRow[] } {
  log(`ingest: 1x/2x/4x of each shape, fastest of ${runs} runs (each timing the ingest as often as 1x needs for ~1 s), peak RSS of the run's process (${loadLine()})`);
  const scaled: IngestScaleRow[] = [];
  const lines = ['| shape | n (1x / 2x / 4x) | characters at 4x | seconds 1x / 2x / 4x | 4x / 1x time | peak RSS MB 1x / 2x / 4x | quotes at 4x |', '|---|---|---|---|---|---|---|'];
  for (const { shape, base } of SCALED.filter((s) => !only || s.shape === only)) {
    // The 1x size sets how many times each run is timed; 2x and 4x are timed as often.
    const first = best(root, shape, base, runs);
    const rows: [IngestScaleRow, IngestScaleRow, IngestScaleRow] = [first, best(root, shape, base * 2, runs, first.repeats), best(root, shape, base * 4, runs, first.repeats)];
    scaled.push(...rows);
    const [a, b, c] = rows;
    const ratio = round(c.seconds / Math.max(a.seconds, 1e-6), 2);
    const refused = rows.find((r) => r.refused);
    lines.push(`| ${shape} | ${a.n} / ${b.n} / ${c.n} | ${c.chars} | ${a.seconds} / ${b.seconds} / ${c.seconds} | ${ratio}${ratio <= 5 ? '' : ' (goal <= 5)'} | ${a.peakRssMb} / ${b.peakRssMb} / ${c.peakRssMb} | ${refused ? `refused: ${refused.refused}` : (c.quotes ?? '-')} |`);
    log(lines[lines.length - 1]!);
  }
  log(`\n${lines.join('\n')}`);
  const beyond: IngestScaleRow[] = [];
  const lines2 = ['| shape | n | characters | seconds | peak RSS MB | outcome |', '|---|---|---|---|---|---|'];
  for (const { shape, n } of BEYOND.filter((s) => !only || s.shape === only)) {
    const r = best(root, shape, n, 1);
    beyond.push(r);
    lines2.push(`| ${shape} | ${n} | ${r.chars} | ${r.seconds} | ${r.peakRssMb} | ${r.refused ? `refused: ${r.refused}` : `${r.quotes} quotes`} |`);
  }
  log(`\n${lines2.join('\n')}`);
  return { scaled, beyond };
}

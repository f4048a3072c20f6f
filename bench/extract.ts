/**
 * `npm run bench -- extract`: extraction throughput. In process: MB/s of parsing plus `extractQuotes` over
 * every article of the corpus (read beforehand, so the disk is not timed). Through the CLI: `extract --json`
 * in batches of 200 files, as the evaluation calls it, process start-up included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listArticleFiles } from '../src/io/files.js';
import { parseDocument } from '../src/core/articles/load.js';
import { extractQuotes } from '../src/core/extraction/index.js';
import { loadLine, round, timedRun } from './stats.js';

/** Issue 13's goal for extraction through the CLI over the whole corpus, start-up included. */
export const GOAL_MB_PER_SECOND = 1;

export interface ExtractFigures {
  files: number;
  mb: number;
  quotes: number;
  inProcess: { seconds: number; mbPerSecond: number; extractOnlySeconds: number };
  cli?: { batches: number; seconds: number; mbPerSecond: number; goalSeconds: number };
  load: string;
}

/** The whole corpus once, as the evaluation indexes it (text files; a page's expected text, not its HTML). */
export async function corpusFiles(root: string): Promise<{ files: string[]; label: string }> {
  const corpus = path.resolve(root, '..', 'shared', 'corpus');
  if (fs.existsSync(corpus)) {
    const under = (dir: string, file: string) =>
      fs.existsSync(path.join(corpus, dir)) ? fs.readdirSync(path.join(corpus, dir)).map((d) => path.join(corpus, dir, d, file)).filter((f) => fs.existsSync(f)) : [];
    const folders = ['bbc', 'polnear/data/train/text', 'polnear/data/dev/text', 'seed'].map((d) => path.join(corpus, d)).filter((d) => fs.existsSync(d));
    const { files } = await listArticleFiles(folders);
    return { files: [...files, ...under('readability', 'expected.txt'), ...under('article-extraction-benchmark', 'body.txt')], label: corpus };
  }
  // Without the shared corpus: the seed articles and the test fixtures that are articles.
  const { files } = await listArticleFiles([path.join(root, 'data', 'articles'), path.join(root, 'tests', 'bench-support')].filter((d) => fs.existsSync(d)));
  return { files, label: 'seed and bench fixtures' };
}

export async function runExtractBench(root: string, log: (s: string) => void, cli = true): Promise<ExtractFigures> {
  const { files, label } = await corpusFiles(root);
  const docs = files.map((f) => ({ source: f, content: fs.readFileSync(f, 'utf8') }));
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.content), 0);
  const mbTotal = bytes / 1048576;
  log(`extract: ${files.length} files, ${round(mbTotal, 2)} MB from ${label} (${loadLine()})`);
  // Warm-up on a slice so the figure is steady-state throughput.
  for (const d of docs.slice(0, 50)) {
    const a = parseDocument(d);
    extractQuotes(a.text, a.paragraphs, a.meta);
  }
  let quotes = 0;
  let extractMs = 0;
  const t0 = performance.now();
  for (const d of docs) {
    try {
      const a = parseDocument(d);
      const s = performance.now();
      quotes += extractQuotes(a.text, a.paragraphs, a.meta).length;
      extractMs += performance.now() - s;
    } catch {
      // an unreadable article is the CLI's business; here it just does not count
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const out: ExtractFigures = {
    files: files.length,
    mb: round(mbTotal, 2),
    quotes,
    inProcess: { seconds: round(seconds, 2), mbPerSecond: round(mbTotal / seconds, 2), extractOnlySeconds: round(extractMs / 1000, 2) },
    load: loadLine(),
  };
  log(`  in process: ${out.inProcess.seconds} s (${out.inProcess.mbPerSecond} MB/s parse+extract; extractQuotes alone ${out.inProcess.extractOnlySeconds} s, ${round(mbTotal / (extractMs / 1000), 2)} MB/s), ${quotes} quotes`);
  if (cli) {
    const launch = path.join(root, 'bin', 'launch.mjs');
    timedRun(process.execPath, [launch, 'adapters/cli/main.js', 'help'], { cwd: root }); // compile outside the timing
    // The compiled entry itself: the launcher would recompile whenever anyone edits src/ during the run.
    const entry = path.join(root, 'dist', 'adapters', 'cli', 'main.js');
    let total = 0;
    let batches = 0;
    for (let i = 0; i < files.length; i += 200) {
      const r = timedRun(process.execPath, [entry, 'extract', '--json', ...files.slice(i, i + 200)], { cwd: root });
      total += r.seconds;
      batches++;
    }
    // The goal is a rate, so its time follows the corpus's size (9.99 MB: 9.99 s).
    const goalSeconds = round(mbTotal / GOAL_MB_PER_SECOND, 2);
    out.cli = { batches, seconds: round(total, 2), mbPerSecond: round(mbTotal / total, 2), goalSeconds };
    const verdict = total <= goalSeconds ? 'met' : 'not met';
    log(`  CLI extract --json, ${batches} batches of 200 files, start-up included: ${out.cli.seconds} s (${out.cli.mbPerSecond} MB/s; goal >= ${GOAL_MB_PER_SECOND} MB/s, < ${goalSeconds} s: ${verdict})`);
  }
  return out;
}

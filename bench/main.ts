/**
 * Benchmarks, apart from the tests (speed and memory targets live here, never in timed tests).
 *
 *   npm run bench -- extract [--no-cli]
 *   npm run bench -- questions [--json FILE]      (hostile questions: time per question at 1x/2x/4x)
 *   npm run bench -- ingest [--runs 3] [--only SHAPE]
 *   npm run bench -- search [--sizes 10k,100k,1M] [--store sqlite|postgres] [--seed 42]
 *                           [--reuse] [--fuse-budget 60] [--json FILE]
 *
 * Archives and indexes are cached under $BENCH_CACHE (default: the temp folder's onrecord-bench/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runExtractBench } from './extract.js';
import { runHostileQuestionBench } from './hostile-questions.js';
import { runIngestBench } from './ingest.js';
import { withBenchDatabase } from './postgres-search.js';
import { runSearchBench, type SizeResult } from './search.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (s: string) => console.log(s);

/** "10k" -> 10000, "1M" -> 1000000. */
export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s.trim());
  if (!m) throw new Error(`bad size "${s}" (use e.g. 10k, 100k, 1M)`);
  const n = Number(m[1]) * (m[2]?.toLowerCase() === 'k' ? 1e3 : m[2]?.toLowerCase() === 'm' ? 1e6 : 1);
  return Math.round(n);
}

function summary(results: SizeResult[]): string {
  const rows = ['| quotes | build s (CPU s) | disk MB | RSS MB (private) | p50 / p95 / p99 ms | answer@1 generated | fuse.js baseline p50 / answer@1 |', '|---|---|---|---|---|---|---|'];
  for (const r of results) {
    const g = r.ask.styles.generated;
    const f = r.fuse;
    const fuse = !f ? '-' : 'skipped' in f ? `not run: ${f.skipped}` : `${f.p50} ms / ${f.answerAt1} (${f.asked} q${f.capped ? ', capped' : ''})`;
    rows.push(`| ${r.build.quotes} | ${r.build.seconds}${r.build.cpuSeconds !== undefined ? ` (${r.build.cpuSeconds})` : ''} | ${r.diskMb} | ${r.ask.rssMb} (${r.ask.rssAnonMb ?? '-'}) | ${r.ask.all.p50} / ${r.ask.all.p95} / ${r.ask.all.p99} | ${g?.answerAt1 ?? '-'} | ${fuse} |`);
  }
  return rows.join('\n');
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      sizes: { type: 'string', default: '10k,100k,1M' },
      store: { type: 'string', default: 'sqlite' },
      seed: { type: 'string', default: process.env.GEN_SEED ?? '42' },
      reuse: { type: 'boolean', default: false },
      'fuse-budget': { type: 'string', default: '60' },
      'no-cli': { type: 'boolean', default: false },
      json: { type: 'string' },
      runs: { type: 'string', default: '3' },
      only: { type: 'string' },
    },
  });
  const mode = positionals[0];
  if (mode === 'extract') {
    const r = await runExtractBench(root, log, !values['no-cli']);
    if (values.json) fs.writeFileSync(values.json, JSON.stringify(r, null, 2));
    return;
  }
  if (mode === 'questions') {
    const rows = await runHostileQuestionBench(root, log);
    if (values.json) fs.writeFileSync(values.json, JSON.stringify(rows, null, 2));
    return;
  }
  if (mode === 'ingest') {
    const r = runIngestBench(root, log, Math.max(1, Number(values.runs) || 3), values.only);
    if (values.json) fs.writeFileSync(values.json, JSON.stringify(r, null, 2));
    return;
  }
  if (mode !== 'search') {
    console.error('usage: npm run bench -- extract|questions|ingest|search [--sizes 10k,100k,1M] [--store sqlite|postgres] [--seed N] [--reuse] [--fuse-budget S]');
    process.exitCode = 2;
    return;
  }
  const sizes = (values.sizes ?? '').split(',').filter(Boolean).map(parseSize);
  const corpus = path.resolve(root, '..', 'shared', 'corpus');
  const options = {
    root,
    corpus,
    sizes,
    seed: Number(values.seed),
    reuse: values.reuse ?? false,
    fuseBudget: Number(values['fuse-budget']),
    log,
  };
  // The same archives, CLI ingest and question mix on either store; PostgreSQL runs in a throw-away cluster
  // (or DATABASE_URL_BENCH), one schema per size.
  const results =
    values.store === 'postgres'
      ? await withBenchDatabase((databaseUrl) => runSearchBench({ ...options, databaseUrl }))
      : await runSearchBench(options);
  log(`\n${summary(results)}`);
  if (values.json) fs.writeFileSync(values.json, JSON.stringify(results, null, 2));
}

await main();

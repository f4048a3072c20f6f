/**
 * `npm run bench -- search`: for each size, a generated archive (cached), ingested through the real CLI (timed,
 * extraction included), then the question mix through `core.ask()` in a child process (latency, answer@1,
 * RSS), then the fuse.js baseline over the same quotes within a time budget.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CACHE_DIR, ensureArchive, type Archive } from './archive.js';
import type { AskFigures } from './ask-run.js';
import type { FuseFigures } from './fuse-run.js';
import { runWatched, type BuildSample } from './build-watch.js';
import { childCpuSeconds, diskBytes, loadLine, mb, round, timedRun } from './stats.js';

export interface SearchOptions {
  root: string;
  corpus: string;
  sizes: number[];
  seed: number;
  /** Reuse an index built by an earlier run (its build time is reported from then). */
  reuse: boolean;
  /** Seconds the fuse.js baseline may spend asking, per size; 0 skips it. */
  fuseBudget: number;
  log: (line: string) => void;
  /** PostgreSQL instead of SQLite: the CLI ingests into, and the ask run reads from, this database. */
  databaseUrl?: string;
}

export interface SizeResult {
  size: number;
  archive: string;
  build: { seconds: number; cpuSeconds?: number; peakRssMb?: number; quotes: number; reused: boolean; load: string; progress?: BuildSample[] };
  diskMb: number;
  ask: AskFigures;
  fuse?: FuseFigures | { skipped: string };
}

/** fuse.js time per question per indexed quote measured on this machine (100k quotes: 45.6 s), for projections. */
const FUSE_MS_PER_QUOTE = 0.45;

interface BuildStamp {
  seconds: number;
  /** CPU seconds of the ingest process (user + system), when the system reports them. */
  cpuSeconds?: number;
  /** Highest resident memory of the ingest process. */
  peakRssMb?: number;
  load: string;
  /** Quotes indexed, CPU and memory of the ingest, once a minute while it ran. */
  progress?: BuildSample[];
}

/** Milliseconds between two looks at a running build (`BENCH_SAMPLE_MS` overrides). */
const BUILD_SAMPLE_MS = Number(process.env.BENCH_SAMPLE_MS) || 60_000;

/** The environment of the CLI and ask processes: the store under test and nothing inherited that would change it. */
function childEnv(o: SearchOptions, size?: number): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATA_DIR;
  if (o.databaseUrl) {
    env.DATABASE_URL = o.databaseUrl;
    // One schema per size, so sizes never share tables even in one database.
    env.DATABASE_SCHEMA = `bench_${size ?? 0}`;
  } else delete env.DATABASE_URL;
  return env;
}

/** Quotes the index under construction holds so far, read through a second connection (undefined before it exists). */
async function quotesSoFar(o: SearchOptions, dir: string, size: number): Promise<number | undefined> {
  if (o.databaseUrl) {
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: o.databaseUrl });
    await c.connect();
    try {
      const schema = childEnv(o, size).DATABASE_SCHEMA as string;
      const r = await c.query<{ quotes: string }>(`SELECT quotes FROM "${schema}".meta`);
      return r.rows[0] ? Number(r.rows[0].quotes) : undefined;
    } finally {
      await c.end();
    }
  }
  const file = path.join(dir, 'onrecord.db');
  if (!fs.existsSync(file)) return undefined;
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'quotes'").get() as { value: string } | undefined;
    return row ? Number(row.value) : undefined;
  } finally {
    db.close();
  }
}

/** Ingests the archive through the CLI, as a reporter's `onrecord ingest` would, and times it. */
async function buildIndex(o: SearchOptions, archive: Archive): Promise<{ dir: string; stamp: BuildStamp; reused: boolean }> {
  const dir = path.join(CACHE_DIR, `index-${o.databaseUrl ? 'postgres' : 'sqlite'}-s${archive.seed}-${archive.quotes}`);
  const stampFile = path.join(dir, 'bench-build.json');
  // A PostgreSQL index is reused only from a lasting server (DATABASE_URL_BENCH) that still holds the schema.
  const reusable = o.databaseUrl ? await schemaHasQuotes(o.databaseUrl, childEnv(o, archive.quotes).DATABASE_SCHEMA as string) : true;
  if (o.reuse && reusable && fs.existsSync(stampFile)) return { dir, stamp: JSON.parse(fs.readFileSync(stampFile, 'utf8')) as BuildStamp, reused: true };
  if (o.databaseUrl) await dropSchema(o.databaseUrl, childEnv(o, archive.quotes).DATABASE_SCHEMA as string);
  fs.rmSync(dir, { recursive: true, force: true });
  const launch = path.join(o.root, 'bin', 'launch.mjs');
  // Compiles dist/ first when the sources changed, so the timed run is the ingest alone.
  fs.mkdirSync(dir, { recursive: true });
  timedRun(process.execPath, [launch, 'adapters/cli/main.js', 'help'], { cwd: o.root, env: childEnv(o, archive.quotes) });
  const load = loadLine();
  o.log(`  ingesting ${archive.articlesDir} through the CLI ...`);
  const cpu0 = childCpuSeconds();
  const r = await runWatched(process.execPath, [launch, 'adapters/cli/main.js', 'ingest', '--quiet', '--data', dir, archive.articlesDir], { cwd: o.root, env: childEnv(o, archive.quotes) }, {
    everyMs: BUILD_SAMPLE_MS,
    quotes: () => quotesSoFar(o, dir, archive.quotes),
    log: o.log,
  });
  const cpu1 = childCpuSeconds();
  const stamp: BuildStamp = {
    seconds: round(r.seconds, 1),
    load,
    ...(cpu0 !== undefined && cpu1 !== undefined ? { cpuSeconds: round(cpu1 - cpu0, 1) } : {}),
    ...(r.peakRssMb !== undefined ? { peakRssMb: r.peakRssMb } : {}),
    progress: r.samples,
  };
  fs.writeFileSync(stampFile, JSON.stringify(stamp));
  return { dir, stamp, reused: false };
}

async function withClient<T>(databaseUrl: string, work: (c: import('pg').Client) => Promise<T>): Promise<T> {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** Whether a PostgreSQL schema holds a built index (an earlier run's, on a lasting server). */
async function schemaHasQuotes(databaseUrl: string, schema: string): Promise<boolean> {
  return withClient(databaseUrl, async (c) => {
    const r = await c.query<{ t: string | null }>(`SELECT to_regclass($1) AS t`, [`${schema}.meta`]);
    if (!r.rows[0]?.t) return false;
    const m = await c.query<{ quotes: string }>(`SELECT quotes FROM ${schema}.meta`);
    return Number(m.rows[0]?.quotes ?? 0) > 0;
  });
}

/** A cold build starts from no schema (a lasting server may hold an earlier run's). */
async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  await withClient(databaseUrl, (c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
}

/** Bytes of a PostgreSQL schema's tables with their indexes and TOAST (what the index costs on disk). */
async function schemaBytes(databaseUrl: string, schema: string): Promise<number> {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const r = await c.query<{ bytes: string | null }>(
      `SELECT sum(pg_total_relation_size(c.oid)) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'm')`,
      [schema],
    );
    return Number(r.rows[0]?.bytes ?? 0);
  } finally {
    await c.end();
  }
}

function tsxChild<T>(o: SearchOptions, size: number, script: string, args: string[]): T {
  const root = o.root;
  const r = timedRun(process.execPath, ['--import', 'tsx', path.join(root, 'bench', script), ...args], { cwd: root, env: childEnv(o, size), stdio: ['ignore', 'pipe', 'inherit'] });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as T;
}

/** Runs every size and returns its figures; logs as it goes. */
export async function runSearchBench(o: SearchOptions): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  let lastFuseP50PerQuote: number | undefined;
  for (const size of o.sizes) {
    o.log(`\n== ${size} quotes (${loadLine()})`);
    const archive = ensureArchive(o.root, o.corpus, size, o.seed, o.log);
    const { dir, stamp, reused } = await buildIndex(o, archive);
    const diskMb = o.databaseUrl
      ? mb(await schemaBytes(o.databaseUrl, childEnv(o, archive.quotes).DATABASE_SCHEMA as string))
      : mb(diskBytes(path.join(dir, 'onrecord.db')) + diskBytes(path.join(dir, 'onrecord.db-wal')));
    o.log(`  build ${stamp.seconds} s${stamp.cpuSeconds !== undefined ? ` (${stamp.cpuSeconds} s CPU)` : ''}${stamp.peakRssMb !== undefined ? `, ingest peak RSS ${stamp.peakRssMb} MB` : ''}${reused ? ' (reused index)' : ''} [${stamp.load}], disk ${diskMb} MB`);
    const ask = tsxChild<AskFigures>(o, archive.quotes, 'ask-run.ts', [dir, archive.questionsFile]);
    o.log(`  ask: ${ask.quotes} quotes, warm ${ask.warmMs} ms, all ${ask.all.n} questions p50 ${ask.all.p50} / p95 ${ask.all.p95} / p99 ${ask.all.p99} ms (asker ${ask.cpuSeconds} s CPU, ${loadLine()}), RSS ${ask.rssMb} MB (peak ${ask.maxRssMb} MB${ask.rssAnonMb !== undefined ? `; private ${ask.rssAnonMb} MB, mapped index ${ask.rssFileMb} MB` : ''}), heap ${ask.heapMb} MB${ask.liveHeapMb !== undefined ? ` (live ${ask.liveHeapMb} MB)` : ''}`);
    for (const [style, f] of Object.entries(ask.styles)) {
      o.log(`    ${style.padEnd(13)} n=${String(f.n).padStart(4)} p50 ${f.p50} p95 ${f.p95} p99 ${f.p99} ms${f.answerAt1 !== undefined ? `  answer@1 ${f.answerAt1}` : ''}  not found ${f.notFound}`);
    }
    const result: SizeResult = { size, archive: archive.dir, build: { seconds: stamp.seconds, ...(stamp.cpuSeconds !== undefined ? { cpuSeconds: stamp.cpuSeconds } : {}), ...(stamp.peakRssMb !== undefined ? { peakRssMb: stamp.peakRssMb } : {}), quotes: ask.quotes, reused, load: stamp.load, ...(stamp.progress ? { progress: stamp.progress } : {}) }, diskMb, ask };
    // fuse.js scans every record: skip a size whose projected single question already exceeds the budget.
    // Without a smaller size in this run, fuse.js's measured ~0.45 ms per quote per question here stands in.
    const projected = ((lastFuseP50PerQuote ?? FUSE_MS_PER_QUOTE) * ask.quotes) / 1000;
    if (o.databaseUrl) result.fuse = { skipped: 'measured with the SQLite run (the baseline reads the SQLite index)' };
    else if (o.fuseBudget <= 0) result.fuse = { skipped: 'disabled (--fuse-budget 0)' };
    else if (projected > o.fuseBudget) result.fuse = { skipped: `projected ${round(projected, 0)} s a question, over the ${o.fuseBudget} s budget` };
    else {
      const fuse = tsxChild<FuseFigures>(o, archive.quotes, 'fuse-run.ts', [dir, archive.questionsFile, String(o.fuseBudget)]);
      result.fuse = fuse;
      lastFuseP50PerQuote = fuse.p50 / Math.max(1, fuse.quotes);
    }
    const f = result.fuse;
    o.log('skipped' in f ? `  fuse.js baseline: ${f.skipped}` : `  fuse.js baseline: ${f.asked} questions${f.capped ? ' (budget reached)' : ''}, p50 ${f.p50} ms, p99 ${f.p99} ms, answer@1 ${f.answerAt1}, build ${f.buildSeconds} s, RSS ${f.rssMb} MB`);
    results.push(result);
  }
  return results;
}

/**
 * What a PostgreSQL question costs the server, counted rather than timed (a loaded machine cannot time, but it can
 * count): per style of the search bench's mix, the statements each question sends (round trips), the rows they
 * return and the shared buffers they touch (hit + read, from pg_stat_statements), per question and per statement.
 * Buffers per question at two archive sizes tell what grows with the archive. Also the bytes the client received
 * (read from its sockets: rows sent and decoded) and the client's CPU per question (process.cpuUsage: ranking
 * and decoding; nice cannot inflate it as it does wall time). Also prints answer@1 per style and a digest of
 * every first answer, so two codes can be compared answer for answer.
 *
 * The server needs `shared_preload_libraries=pg_stat_statements` (and `pg_stat_statements.track=all`; with
 * `pg_stat_statements.track_planning=on` the planning time is counted too, else it reads 0); the
 * extension is created in public when missing. Nothing else may use the server meanwhile.
 *
 *   DATABASE_URL=... DATABASE_SCHEMA=... tsx bench/pg-work.ts QUESTIONS_JSONL [STYLES] [N] [--json OUT]
 *
 * STYLES: comma-separated (default every style); N: questions per style (default 100).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { createOnRecord } from '../src/core/index.js';
import { PostgresQuoteStore } from '../src/core/store/postgres/store.js';
import { firstAnswerRight, type GradedQuestion } from './grading.js';
import { buildMix } from './question-mix.js';
import { percentile, round } from './stats.js';

interface StatementRow {
  query: string;
  calls: string;
  rows: string;
  hit: string;
  read: string;
  ms: number;
  /** Planning time (0 unless `pg_stat_statements.track_planning` is on). */
  planMs: number;
}

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
const [file, stylesArg, nArg = '100'] = args;
const url = process.env.DATABASE_URL;
if (!file || !url) {
  console.error('usage: DATABASE_URL=... [DATABASE_SCHEMA=...] tsx bench/pg-work.ts QUESTIONS_JSONL [STYLES] [N] [--json OUT]');
  process.exit(2);
}
const questions = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GradedQuestion);
const mix = buildMix(questions);
const styles = stylesArg && stylesArg !== 'all' ? stylesArg.split(',') : [...new Set(mix.map((q) => q.style))];

const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA public');
const store = new PostgresQuoteStore({ connectionString: url, schema: process.env.DATABASE_SCHEMA ?? 'onrecord', poolSize: 2 });
// Every socket of the store's pool, to count the bytes the server sends (its pool is private: read for the bench only).
const sockets = new Set<{ bytesRead: number }>();
(store as unknown as { pool: pg.Pool }).pool.on('connect', (c) => {
  const stream = (c as unknown as { connection?: { stream?: { bytesRead: number } } }).connection?.stream;
  if (stream) sockets.add(stream);
});
const bytesRead = () => [...sockets].reduce((n, s) => n + s.bytesRead, 0);
await store.init();
const core = createOnRecord({ store, refreshMs: 3_600_000 });
await core.warm();
for (const q of mix.slice(0, 30)) await core.ask(q.question);

const out: Record<string, unknown> = {};
for (const style of styles) {
  const list = mix.filter((q) => q.style === style).slice(0, Number(nArg));
  let right = 0;
  let graded = 0;
  const digest = createHash('sha1');
  // Reset before each question and read after it: totals per statement, and each question's own buffers.
  const byStatement = new Map<string, StatementRow>();
  const perQuestion: { question: string; buffers: number; calls: number }[] = [];
  let bytes = 0;
  let cpuMicros = 0;
  for (const q of list) {
    await admin.query('SELECT pg_stat_statements_reset()');
    const bytes0 = bytesRead();
    const cpu0 = process.cpuUsage();
    const a = await core.ask(q.question);
    const cpu = process.cpuUsage(cpu0);
    cpuMicros += cpu.user + cpu.system;
    bytes += bytesRead() - bytes0;
    const top = a.hits[0];
    digest.update(`${q.question}\t${a.status}\t${a.hits.map((h) => h.id).join(',')}\n`);
    if (q.graded) {
      graded++;
      if (firstAnswerRight(top ? { speaker: top.speaker?.name ?? null, text: top.text } : undefined, q.graded)) right++;
    }
    // The store's own statements (the reset and this read are left out by their text).
    const r = await admin.query<StatementRow>(
      `SELECT query, calls::text, rows::text, shared_blks_hit::text AS hit, shared_blks_read::text AS read, total_exec_time AS ms, total_plan_time AS "planMs"
       FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%'`,
    );
    let buffers = 0;
    let calls = 0;
    for (const s of r.rows) {
      buffers += Number(s.hit) + Number(s.read);
      calls += Number(s.calls);
      const was = byStatement.get(s.query);
      byStatement.set(s.query, was ? { query: s.query, calls: String(Number(was.calls) + Number(s.calls)), rows: String(Number(was.rows) + Number(s.rows)), hit: String(Number(was.hit) + Number(s.hit)), read: String(Number(was.read) + Number(s.read)), ms: was.ms + s.ms, planMs: was.planMs + s.planMs } : s);
    }
    perQuestion.push({ question: q.question, buffers, calls });
  }
  const r = { rows: [...byStatement.values()].sort((x, y) => Number(y.hit) + Number(y.read) - Number(x.hit) - Number(x.read)) };
  const n = list.length || 1;
  const per = (x: number) => round(x / n, 1);
  const total = r.rows.reduce((t, s) => ({ calls: t.calls + Number(s.calls), rows: t.rows + Number(s.rows), buffers: t.buffers + Number(s.hit) + Number(s.read), ms: t.ms + s.ms, planMs: t.planMs + s.planMs }), { calls: 0, rows: 0, buffers: 0, ms: 0, planMs: 0 });
  const statements = r.rows.map((s) => ({
    statement: s.query.replace(/\s+/g, ' ').slice(0, 110),
    calls: Number(s.calls),
    rowsPerCall: round(Number(s.rows) / Math.max(1, Number(s.calls)), 1),
    buffersPerCall: round((Number(s.hit) + Number(s.read)) / Math.max(1, Number(s.calls)), 1),
    buffersPerQuestion: per(Number(s.hit) + Number(s.read)),
    msPerCall: round(s.ms / Math.max(1, Number(s.calls)), 3),
    planMsPerCall: round(s.planMs / Math.max(1, Number(s.calls)), 3),
  }));
  const answers = digest.digest('hex').slice(0, 12);
  const bufs = perQuestion.map((x) => x.buffers).sort((x, y) => x - y);
  const figures = {
    questions: list.length,
    answerAt1: graded ? round(right / graded, 3) : null,
    answers,
    perQuestion: { roundTrips: per(total.calls), rows: per(total.rows), buffers: per(total.buffers), serverMs: round(total.ms / n, 3), planMs: round(total.planMs / n, 3), kbReceived: round(bytes / 1024 / n, 1), clientCpuMs: round(cpuMicros / 1000 / n, 3) },
    buffersPerQuestion: { p50: percentile(bufs, 50), p90: percentile(bufs, 90), p99: percentile(bufs, 99), max: bufs.at(-1) ?? 0 },
    costliest: [...perQuestion].sort((x, y) => y.buffers - x.buffers).slice(0, 5),
    statements,
  };
  out[style] = figures;
  console.log(`${style}: ${list.length} questions, answer@1 ${figures.answerAt1 ?? '-'}, answers ${answers}; per question: ${figures.perQuestion.roundTrips} round trips, ${figures.perQuestion.rows} rows, ${figures.perQuestion.buffers} buffers, server ${figures.perQuestion.serverMs} ms (planning ${figures.perQuestion.planMs} ms more), ${figures.perQuestion.kbReceived} KB received, client CPU ${figures.perQuestion.clientCpuMs} ms; buffers p50 / p90 / p99 / max ${bufs.length ? [50, 90, 99].map((p) => percentile(bufs, p)).join(' / ') : '-'} / ${bufs.at(-1) ?? '-'}`);
  for (const s of statements.slice(0, 8)) console.log(`   ${String(s.buffersPerQuestion).padStart(8)} buf/q ${String(s.calls).padStart(5)} calls ${String(s.rowsPerCall).padStart(7)} rows/call ${String(s.buffersPerCall).padStart(8)} buf/call ${String(s.msPerCall).padStart(7)} ms/call ${String(s.planMsPerCall).padStart(6)} plan ms/call  ${s.statement}`);
}
if (jsonOut) fs.writeFileSync(jsonOut, `${JSON.stringify(out, null, 1)}\n`);
await core.close();
await admin.end();

/**
 * Where a bulk ingest's CPU goes, measured in one thread so that process CPU is the step's own:
 *   tsx bench/ingest-cpu.ts ARCHIVE_ARTICLES DATA_DIR [--files N] [--batch 1000] [--steps prepare,clone,write]
 * `--prepared FILE` keeps the prepared records in FILE and reads them from there on later runs (to compare two
 * writers on the same records without preparing them again).
 * Reads the archive's files, prepares them (parse, extract, records) as a document thread does, round-trips the
 * prepared records through the structured clone a thread's answer costs (`clone`), and writes them into a fresh
 * SQLite index in DATA_DIR in the CLI's batches (`write`). Prints one JSON line: CPU seconds (user + system) of
 * each step, quotes, and a digest of every stored quote row (to check that two codes build the same index).
 * The CLI spreads the prepare step over worker threads; the write step runs in its main thread.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import Database from 'better-sqlite3';
import { extractQuotes } from '../src/core/extraction/index.js';
import { prepareDocuments, type DocumentInput, type PreparedArticle } from '../src/core/index.js';
import { SqliteQuoteStore } from '../src/core/store/sqlite/store.js';
import { listArticleFiles, readArticleFile } from '../src/io/files.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { files: { type: 'string' }, prepared: { type: 'string' }, batch: { type: 'string', default: '1000' }, steps: { type: 'string', default: 'prepare,clone,write' } },
});
const [articlesDir, dataDir] = positionals;
if (!articlesDir || !dataDir) {
  console.error('usage: tsx bench/ingest-cpu.ts ARCHIVE_ARTICLES DATA_DIR [--files N] [--batch 1000] [--steps prepare,clone,write]');
  process.exit(2);
}
const steps = new Set(values.steps.split(','));
const batchSize = Number(values.batch);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const round = (n: number) => Math.round(n * 100) / 100;

let { files } = await listArticleFiles([articlesDir]);
if (values.files) files = files.slice(0, Number(values.files));
const inputs: DocumentInput[] = [];
if (!values.prepared || !fs.existsSync(values.prepared)) for (const f of files) inputs.push({ content: await readArticleFile(f), source: path.relative(path.dirname(articlesDir), f) });

const out: Record<string, unknown> = {};
// One fixed clock, so two runs build byte-identical rows.
const now = new Date('2026-12-01T00:00:00.000Z');
let t = cpu();
let prepared: PreparedArticle[] = [];
if (values.prepared && fs.existsSync(values.prepared)) {
  prepared = deserialize(fs.readFileSync(values.prepared)) as PreparedArticle[];
  out.preparedFrom = values.prepared;
} else {
  for (let at = 0; at < inputs.length; at += batchSize) {
    for (const o of prepareDocuments(inputs.slice(at, at + batchSize), 'default', { extract: extractQuotes, now: () => now })) if (o.ok) prepared.push(o.prepared);
  }
  out.prepareCpu = round(cpu() - t);
  if (values.prepared) fs.writeFileSync(values.prepared, serialize(prepared));
}
out.articles = prepared.length;
out.quotes = prepared.reduce((n, p) => n + p.records.length, 0);
{
  // Every prepared record, to check that a change to the preparing code left its output as it was.
  const h = createHash('sha256');
  for (const p of prepared) h.update(JSON.stringify([p.stored, p.records]));
  out.prepared = h.digest('hex').slice(0, 16);
}

let ready = prepared;
if (steps.has('clone')) {
  // What crossing from a document thread costs: serialised there, deserialised here (both counted).
  t = cpu();
  ready = [];
  for (let at = 0; at < prepared.length; at += batchSize) ready.push(...(deserialize(serialize(prepared.slice(at, at + batchSize))) as PreparedArticle[]));
  out.cloneCpu = round(cpu() - t);
}

if (steps.has('write')) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  const store = new SqliteQuoteStore({ dir: dataDir });
  await store.init();
  t = cpu();
  for (let at = 0; at < ready.length; at += batchSize) {
    const written = await store.replaceArticles(ready.slice(at, at + batchSize).map((p) => ({ article: p.stored, quotes: p.records })));
    for (const w of written) if (!w.ok) throw w.error;
  }
  out.writeCpu = round(cpu() - t);
  t = cpu();
  await store.close();
  out.closeCpu = round(cpu() - t);
  out.diskMb = round(fs.statSync(path.join(dataDir, 'onrecord.db')).size / 1048576);
  out.digest = digestOf(path.join(dataDir, 'onrecord.db'));
}
console.log(JSON.stringify(out));

/** One hash over every quote row (all columns, in rowid order), the terms, the speakers and the FTS index's answers. */
function digestOf(file: string): Record<string, string> {
  const db = new Database(file, { readonly: true });
  try {
    const hash = (sql: string) => {
      const h = createHash('sha256');
      for (const row of db.prepare(sql).raw().iterate()) h.update(JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
      return h.digest('hex').slice(0, 16);
    };
    return {
      quotes: hash('SELECT * FROM quotes ORDER BY rowid'),
      paragraphs: hash('SELECT * FROM paragraphs ORDER BY article_id, idx'),
      articles: hash('SELECT * FROM articles ORDER BY id'),
      speakers: hash('SELECT * FROM speakers ORDER BY id'),
      termIds: hash('SELECT * FROM term_ids ORDER BY id'),
      terms: hash("SELECT term, df FROM terms UNION ALL SELECT 'log', delta FROM term_log ORDER BY 1, 2"),
      meta: hash('SELECT * FROM meta ORDER BY key'),
      fts: hash("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'said OR minist OR govern OR year' ORDER BY rowid"),
    };
  } finally {
    db.close();
  }
}

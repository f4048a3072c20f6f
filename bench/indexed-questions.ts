/**
 * The questions of a generated archive whose answer is in an index built from part of it. A 10M build takes
 * hours; one stopped part-way (each batch is committed whole, so the index is consistent) can still be asked,
 * graded only on the questions whose quote was ingested. A question is kept when one of the index's articles
 * (listed by source through the store port) holds its answer as a quotation.
 *
 *   tsx bench/indexed-questions.ts ARCHIVE_DIR DATA_DIR OUT.jsonl
 *   (PostgreSQL: DATABASE_URL and DATABASE_SCHEMA, as the search bench sets them for its child processes)
 *
 * Then `tsx bench/ask-run.ts DATA_DIR OUT.jsonl` times and grades the mix built from them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SqliteQuoteStore } from '../src/core/store/sqlite/store.js';
import type { GradedQuestion } from './grading.js';

/** Texts between double quotation marks, without the comma the generator puts before a closing mark. */
function quotations(paragraph: string): string[] {
  return [...paragraph.matchAll(/"([^"\n]+)"/g)].map((m) => (m[1] as string).replace(/,$/, ''));
}

/**
 * The key of a quote as asked: its words and its speaker's surname. The word chain repeats short sentences, so
 * the words alone can be another speaker's quote in another article.
 */
const keyOf = (text: string, surname: string) => `${surname}\u0000${text}`;

async function main(archiveDir: string, dataDir: string, out: string): Promise<void> {
  const questions = fs.readFileSync(path.join(archiveDir, 'questions.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GradedQuestion);
  const url = process.env.DATABASE_URL;
  const store = url
    ? new (await import('../src/core/store/postgres/store.js')).PostgresQuoteStore({ connectionString: url, schema: process.env.DATABASE_SCHEMA ?? 'onrecord' })
    : new SqliteQuoteStore({ dir: dataDir });
  await store.init();
  const articlesDir = path.resolve(archiveDir, 'articles') + path.sep;
  const sources = (await store.listArticleSources(articlesDir)).map((a) => a.source);
  await store.close();
  const surname = (q: GradedQuestion) => q.speaker.split(/\s+/).at(-1) ?? '';
  const wanted = new Map(questions.map((q) => [q.answer_text, surname(q)]));
  const found = new Set<string>();
  for (const source of sources) {
    for (const paragraph of fs.readFileSync(source, 'utf8').split('\n')) {
      for (const text of quotations(paragraph)) {
        const name = wanted.get(text);
        // The paragraph names the speaker (the generator attributes each quote in its own paragraph).
        if (name !== undefined && paragraph.includes(name)) found.add(keyOf(text, name));
      }
    }
  }
  const kept = questions.filter((q) => found.has(keyOf(q.answer_text, surname(q))));
  fs.writeFileSync(out, kept.map((q) => JSON.stringify(q)).join('\n') + '\n');
  process.stdout.write(`${JSON.stringify({ articles: sources.length, questions: questions.length, kept: kept.length })}\n`);
}

const [archiveDir, dataDir, out] = process.argv.slice(2);
if (!archiveDir || !dataDir || !out) {
  console.error('usage: tsx bench/indexed-questions.ts ARCHIVE_DIR DATA_DIR OUT.jsonl');
  process.exit(2);
}
await main(archiveDir, dataDir, out);

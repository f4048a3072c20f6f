import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/extraction/index.js';
import { createOnRecord, isOnRecordError, prepareDocuments, type DocumentInput, type PrepareOutcome } from '../../src/core/index.js';
import { SqliteQuoteStore } from '../../src/core/store/sqlite/store.js';
import { createDocumentThreads, type DocumentThreads } from '../../src/ingest-worker/documents.js';

/** Invented articles: each names its own speaker, so a mix-up between documents would show. */
const article = (n: number): DocumentInput => ({
  source: `article-${n}.md`,
  content: `---\ntitle: Ward ${n} budget\npublished: 2024-03-${String(10 + n).padStart(2, '0')}\n---\n\nThe council met on Monday to settle the budget of ward ${n}.\n\n"We will keep ward ${n}'s library open until nine," said councillor Marta Velasquez${n}.\n\nThe vote is due next week.\n`,
});
const docs: DocumentInput[] = [...Array.from({ length: 9 }, (_, i) => article(i + 1)), { source: 'empty.txt', content: '   \n\n  ' }];
const NOW = new Date('2024-04-01T12:00:00.000Z');

/** What matters of an outcome: the records prepared, or the error's kind and words. */
const summary = (o: PrepareOutcome) => (o.ok ? { stored: o.prepared.stored, records: o.prepared.records } : { error: o.error.message, code: (o.error as { code?: string }).code });

describe('bulk ingest in worker threads', () => {
  let threads: DocumentThreads | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await threads?.close();
    threads = undefined;
  });
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('prepares a batch exactly as this thread would, in input order, a bad document failing alone', async () => {
    threads = createDocumentThreads({ threads: 2 });
    const threaded = await threads.prepare(docs, 'default', NOW);
    const here = prepareDocuments(docs, 'default', { extract: extractQuotes, now: () => NOW });
    expect(threaded.map(summary)).toEqual(here.map(summary));
    expect(threaded.filter((o) => o.ok)).toHaveLength(9);
    const bad = threaded[9] as PrepareOutcome;
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(isOnRecordError(bad.error, 'BAD_ARTICLE')).toBe(true); // the error type survives the thread
    expect(threads.started()).toBe(2);
  }, 60_000);

  it('writes through the core: answers come from the threaded records', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-docthreads-'));
    dirs.push(dir);
    const store = new SqliteQuoteStore({ dir });
    await store.init();
    threads = createDocumentThreads({ threads: 2 });
    const core = createOnRecord({ store, prepareDocuments: threads.prepare, now: () => NOW });
    try {
      // Two batches in flight at once keep their order and their own outcomes.
      const [first, second] = await Promise.all([core.ingestDocuments(docs.slice(0, 5)), core.ingestDocuments(docs.slice(5))]);
      expect(first.map((o) => o.ok)).toEqual([true, true, true, true, true]);
      expect(second.map((o) => o.ok)).toEqual([true, true, true, true, false]);
      const answer = JSON.stringify(await core.ask('what did Velasquez7 say about the library'));
      expect(answer).toContain("keep ward 7's library open");
      expect(answer).not.toContain("ward 3's library");
    } finally {
      await core.close();
    }
  }, 60_000);

  it('a document that kills its thread fails alone; the rest of its batch is retried', async () => {
    threads = createDocumentThreads({ threads: 2, entry: new URL('./crash-documents-thread.mjs', import.meta.url) });
    const batch = [article(1), article(2), { source: 'poison.txt', content: 'CRASH' }, article(4), article(5), article(6)];
    const outcomes = await threads.prepare(batch, 'default', NOW);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.message))).toEqual([
      'seen article-1.md',
      'seen article-2.md',
      expect.stringMatching(/^poison\.txt: extraction failed/),
      'seen article-4.md',
      'seen article-5.md',
      'seen article-6.md',
    ]);
    expect(threads.started()).toBeGreaterThan(2); // dead threads were replaced
  }, 60_000);

  it("posts every slice of a batch at once, so a thread has the next slice while this thread is busy writing", async () => {
    threads = createDocumentThreads({ threads: 1, entry: new URL('./pair-documents-thread.mjs', import.meta.url) });
    const outcomes = await threads.prepare([article(1), article(2), article(3)], 'default', NOW);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.message))).toEqual(['article-1.md with 2 slices held', 'article-2.md with 2 slices held', 'article-3.md with 2 slices held']);
  }, 60_000);

  it('closing answers the work still queued instead of leaving it waiting', async () => {
    threads = createDocumentThreads({ threads: 1 });
    const pending = threads.prepare(docs, 'default', NOW);
    await threads.close();
    const outcomes = await pending;
    expect(outcomes).toHaveLength(docs.length);
    expect(outcomes.every((o) => !o.ok)).toBe(true);
  }, 60_000);
});

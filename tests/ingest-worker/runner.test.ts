import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/extraction/index.js';
import { createFetchPolicy, safeFetch } from '../../src/io/fetch/index.js';
import { createOnRecord, isOnRecordError, prepareUrl, type OnRecord, type UrlJob } from '../../src/core/index.js';
import { SqliteQuoteStore } from '../../src/core/store/sqlite/store.js';
import { createThreadedPreparer, type ThreadedPreparer } from '../../src/ingest-worker/runner.js';

const SPIN = new URL('./spin-thread.mjs', import.meta.url);
const PAGE = `<!doctype html><html><head><title>Ferry timetable changes</title>
<meta property="article:published_time" content="2024-07-01T09:00:00Z"></head><body><article>
<h1>Ferry timetable changes</h1>
<p>Harbour master Ingrid Solheim spoke to reporters at the quay on Monday about the winter timetable.</p>
<p>&ldquo;The early crossing stays, whatever the weather does in January,&rdquo; Solheim said.</p>
<p>The timetable takes effect in November, the port authority said.</p>
</article></body></html>`;

const job = (url: string): UrlJob => ({ url, collection: 'default', now: '2024-07-02T00:00:00.000Z' });

describe('URL ingest in a worker thread', () => {
  let server: http.Server;
  let base = '';
  let dir = '';
  let core: OnRecord;
  let threads: ThreadedPreparer;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const send = () => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      if (req.url === '/ferry') return send();
      // A slow site: the thread is busy with the job (waiting on the fetch) for seconds.
      if (req.url === '/slow') return void setTimeout(send, 3000).unref();
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-thread-'));
    const store = new SqliteQuoteStore({ dir });
    await store.init();
    threads = createThreadedPreparer({ fetch: { allow: ['127.0.0.1'], timeoutMs: 5000 } });
    core = createOnRecord({ store, prepareUrl: threads.prepare, refreshMs: 10 });
  }, 30_000);
  afterAll(async () => {
    await core?.close();
    threads?.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fetches, parses and extracts in the thread; the core writes the records and answers from them', async () => {
    const r = await core.ingestUrl(`${base}/ferry`);
    expect(r).toMatchObject({ status: 'added', title: 'Ferry timetable changes' });
    expect(r.speakers).toContain('Ingrid Solheim');
    const answer = await core.ask('what did Solheim say about the early crossing');
    expect(JSON.stringify(answer)).toContain('The early crossing stays');
    // Same page again: unchanged, as an in-thread ingest would say.
    expect((await core.ingestUrl(`${base}/ferry`)).status).toBe('unchanged');
  }, 30_000);

  it('prepares exactly what the same job prepared in this thread would', async () => {
    const policy = createFetchPolicy({ allow: ['127.0.0.1'], timeoutMs: 5000 });
    const there = await threads.prepare(job(`${base}/ferry`));
    const here = await prepareUrl(job(`${base}/ferry`), { fetchPage: (u, s) => safeFetch(u, policy, s), extract: extractQuotes });
    expect(there.records.length).toBeGreaterThan(0);
    expect(there).toEqual(here);
  }, 30_000);

  it('keeps a thread warm for the next job, and starts a fresh one after a thread is stopped', async () => {
    const before = threads.stats();
    await threads.prepare(job(`${base}/ferry`));
    await threads.prepare(job(`${base}/ferry`));
    expect(threads.stats()).toMatchObject({ started: before.started, idle: 1, running: 0 });
    // A job stopped at its caller's abort takes its thread with it; the next job gets a new one and works.
    const gone = new AbortController();
    const stopped = threads.prepare(job(`${base}/slow`), gone.signal).catch((e: unknown) => e);
    while (threads.stats().idle > 0) await new Promise((r) => setTimeout(r, 10)); // the warm thread took it
    gone.abort(new Error('stop'));
    expect(((await stopped) as Error).message).toBe('stop');
    expect(threads.stats()).toMatchObject({ idle: 0, terminated: before.terminated + 1 });
    expect((await threads.prepare(job(`${base}/ferry`))).records.length).toBeGreaterThan(0);
    expect(threads.stats()).toMatchObject({ started: before.started + 1, idle: 1 });
  }, 30_000);

  it('brings the fetch policy\'s refusal back as the same coded error', async () => {
    const err = await core.ingestUrl('http://10.0.0.1/story').catch((e: unknown) => e);
    expect(isOnRecordError(err, 'FETCH_REFUSED')).toBe(true);
    expect((err as Error).message).toMatch(/private network address/);
  }, 30_000);

  it('terminates a thread that overruns its deadline, while this thread keeps running', async () => {
    const threads = createThreadedPreparer({ fetch: {}, entry: SPIN, deadlineMs: 1500 });
    const events: string[] = [];
    const ticker = setInterval(() => events.push('tick'), 20);
    const err = await threads.prepare(job('http://news.example/slow')).catch((e: unknown) => e);
    events.push('timed out');
    clearInterval(ticker);
    expect((err as Error).name).toBe('TimeoutError');
    expect((err as Error).message).toMatch(/news\.example\/slow: not fetched and processed within 1500 ms/);
    // The main thread's timers ran while the thread spun: many ticks came before the time-out.
    expect(events.indexOf('timed out')).toBeGreaterThan(10);
    expect(threads.stats()).toMatchObject({ running: 0, queued: 0, terminated: 1, idle: 0 });
  }, 30_000);

  it('stops at the caller\'s abort, and a queued job cancelled while it waits never starts', async () => {
    const threads = createThreadedPreparer({ fetch: {}, entry: SPIN, maxThreads: 1 });
    const first = new AbortController();
    const second = new AbortController();
    const a = threads.prepare(job('http://news.example/a'), first.signal).catch((e: unknown) => e);
    const b = threads.prepare(job('http://news.example/b'), second.signal).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    expect(threads.stats()).toMatchObject({ running: 1, queued: 1 });
    second.abort(new Error('user gave up'));
    expect(((await b) as Error).message).toBe('user gave up');
    expect(threads.stats()).toMatchObject({ running: 1, queued: 0 });
    first.abort(new Error('deadline'));
    expect(((await a) as Error).message).toBe('deadline');
    expect(threads.stats()).toMatchObject({ running: 0, queued: 0, terminated: 1, idle: 0 });
  }, 30_000);
});

import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThreadedPreparer, type ThreadedPreparer } from '../../../src/ingest-worker/runner.js';
import { pageHtml } from './harness/articles.js';
import { textOf } from './harness/payload.js';
import { buildCore, pageServer, startWorld, type World } from './harness/world.js';

const SPIN = new URL('../../ingest-worker/spin-thread.mjs', import.meta.url);

/**
 * `/quote add` through the real Bolt app with URL ingests in worker threads, as the app runs them: a page that
 * never finishes processing is stopped at the deadline and reported, and questions are answered meanwhile.
 */
describe('Slack: URL ingest off the event loop', () => {
  describe('a page that never finishes processing', () => {
    let w: World;
    let threads: ThreadedPreparer;
    let dir = '';
    beforeAll(async () => {
      threads = createThreadedPreparer({ fetch: {}, entry: SPIN });
      const built = await buildCore(undefined, threads.prepare);
      dir = built.dir;
      w = await startWorld({ ingestTimeoutMs: 4000 }, built.core);
    }, 60_000);
    afterAll(async () => {
      await w?.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('is stopped at the deadline and reported as timed out; a question asked meanwhile is answered first', async () => {
      const add = await w.command('add https://news.example/endless-page');
      expect(add.status).toBe(200);
      const asked = await w.command('what did Adeyemi say about pensions');
      expect(asked.status).toBe(200);

      // The answer arrives while the ingest's thread is still spinning.
      const answer = await w.api.responseFor(asked.responseId, 1, 10_000);
      expect(textOf(answer)).toContain('pensions');
      expect(threads.stats().running).toBe(1);
      expect(w.api.responses.some((r) => r.id === add.responseId)).toBe(false);

      // Then the deadline: the thread is terminated and the user told, in that order of responses.
      const notice = textOf(await w.api.responseFor(add.responseId, 1, 20_000));
      expect(notice).toMatch(/took too long to fetch and process \(over 4 s\), so it was stopped and not added/);
      expect(threads.stats()).toMatchObject({ running: 0, queued: 0, terminated: 1 });
      const order = w.api.responses.map((r) => r.id).filter((id) => id === add.responseId || id === asked.responseId);
      expect(order).toEqual([asked.responseId, add.responseId]);
      // Nothing was written.
      expect(textOf(await w.api.responseFor((await w.command('what did endless say')).responseId))).not.toMatch(/endless-page/);
    }, 40_000);
  });

  describe('a real page', () => {
    let w: World;
    let site: Awaited<ReturnType<typeof pageServer>>;
    let dir = '';
    beforeAll(async () => {
      site = await pageServer({ '/moorings': pageHtml('New moorings for the fishing fleet', 'Sigrid Halvorsen', 'Every boat in the harbour gets a berth it can reach at low tide') });
      const threads = createThreadedPreparer({ fetch: { allow: ['127.0.0.1'], timeoutMs: 5000 } });
      const built = await buildCore(undefined, threads.prepare);
      dir = built.dir;
      w = await startWorld({}, built.core);
    }, 60_000);
    afterAll(async () => {
      await w?.close();
      await site?.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('is fetched, parsed and extracted in a thread, written, and answerable', async () => {
      const add = await w.command(`add ${site.url('/moorings')}`);
      const text = textOf(await w.api.responseFor(add.responseId, 1, 20_000));
      expect(text).toContain('New moorings for the fishing fleet');
      expect(text).toContain('Sigrid Halvorsen');
      const asked = await w.command('what did Halvorsen say about low tide');
      expect(textOf(await w.api.responseFor(asked.responseId))).toContain('a berth it can reach at low tide');
    }, 40_000);
  });
});

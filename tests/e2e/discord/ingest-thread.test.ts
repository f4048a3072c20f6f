import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createThreadedPreparer, type ThreadedPreparer } from '../../../src/ingest-worker/runner.js';
import { WORLD } from './harness/ids.js';
import { World, messageOf } from './harness/world.js';

const STRING = 3;
const SPIN = new URL('../../ingest-worker/spin-thread.mjs', import.meta.url);

/**
 * Discord's `/quote-add` and channel auto-ingest with URL ingests in worker threads, as the bot runs them: a
 * page that never finishes processing is stopped at the deadline and reported, and questions are answered
 * meanwhile (the event loop is free).
 */
describe('Discord: URL ingest off the event loop', () => {
  let w: World;
  let threads: ThreadedPreparer;
  beforeAll(async () => {
    threads = createThreadedPreparer({ fetch: {}, entry: SPIN, deadlineMs: 3000 });
    w = await World.start({ prepareUrl: threads.prepare, env: { DISCORD_AUTO_INGEST_CHANNELS: WORLD.newsChannelId } });
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  const editOf = (token: string) => w.rest.calls.find((c) => c.method === 'PATCH' && c.path.includes(`/${token}/messages/@original`));

  test('/quote-add of an endless page: a question is answered while it runs, then it is stopped and reported', async () => {
    const add = w.slash('quote-add', [{ name: 'url', type: STRING, value: 'https://news.example/endless-page' }]);
    expect((await w.callback(add)).body.type).toBe(5);
    const asked = w.slash('quote', [{ name: 'question', type: STRING, value: 'what did Kirby say' }]);
    const answer = messageOf(await w.callback(asked));
    expect(answer.embeds.length).toBeGreaterThan(0);
    // Answered while the ingest's thread still runs, before the add was reported.
    expect(threads.stats().running).toBe(1);
    expect(editOf(add)).toBeUndefined();

    const done = (await w.edit(add)).body;
    expect(done.embeds[0].description).toMatch(/took too long to fetch and process, so it was stopped and not added/);
    expect(threads.stats()).toMatchObject({ running: 0, terminated: 1 });
  }, 40_000);

  test('a posted link to an endless page gets the warning mark once stopped', async () => {
    const id = w.post('New story: https://news.example/another-endless-page', { channel: WORLD.newsChannelId });
    const r = await w.rest.waitFor((c) => c.method === 'PUT' && c.path.includes(`/messages/${id}/reactions/`), 20_000);
    expect(r.path).toContain('/reactions/⚠️/@me');
    expect(threads.stats()).toMatchObject({ running: 0, terminated: 2 });
  }, 40_000);
});

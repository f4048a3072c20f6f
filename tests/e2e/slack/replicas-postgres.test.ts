import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createOnRecord, type OnRecord } from '../../../src/core/index.js';
import type { StoreHarness } from '../../store/contract.js';
import { postgresHarness } from '../../store/harness.js';
import { ARTICLES } from './harness/articles.js';
import { startWorld, type World } from './harness/world.js';

/**
 * Two replicas of the Slack app behind one load balancer, each with its own core and connection pool on one
 * PostgreSQL store: Slack's retry of an event can reach the other replica, and must not be answered twice.
 */
const pgUrl = inject('pgUrl');

describe.skipIf(!pgUrl)('two Slack replicas on one PostgreSQL store', () => {
  let pg: StoreHarness;
  let a: World;
  let b: World;
  let loose: World[] = [];
  const posts = (channel: string) => [a, b, ...loose].flatMap((w) => w.api.callsOf('chat.postMessage').filter((c) => c.args.channel === channel));
  const mention = (channel: string, ts: string) => ({ type: 'app_mention', user: 'U0REPORTER', text: `<@UBOT0001> what did Adeyemi say about pensions`, ts, channel, event_ts: ts });
  const replica = async (shared: boolean): Promise<World> => {
    const store = await pg.another();
    const core: OnRecord = createOnRecord({ store, refreshMs: 50 });
    return startWorld(shared ? { sharedState: store } : {}, core);
  };

  beforeAll(async () => {
    pg = await postgresHarness(pgUrl);
    const writer = createOnRecord({ store: pg.store });
    for (const f of ARTICLES) await writer.ingestDocument({ source: f.source, content: f.content }, f.collection ? { collection: f.collection } : {});
    a = await replica(true);
    b = await replica(true);
  }, 60_000);
  afterAll(async () => {
    for (const w of [a, b, ...loose]) await w?.close();
    await pg?.dispose();
  });

  it('a retry that reaches the other replica is not answered again', async () => {
    const event = mention('C0REPLICA1', '1700000900.000100');
    await a.event(event, { eventId: 'EvREPLICA1' });
    await a.api.waitFor(() => posts('C0REPLICA1')[0], 15_000, 'the first answer');
    const retried = await b.event(event, { eventId: 'EvREPLICA1', retryNum: 1, retryReason: 'http_timeout' });
    expect(retried.status).toBe(200);
    await new Promise((r) => setTimeout(r, 600));
    expect(posts('C0REPLICA1')).toHaveLength(1);
  });

  it('the same delivery reaching both replicas at once is answered by exactly one', async () => {
    const event = mention('C0REPLICA2', '1700000900.000200');
    await Promise.all([a.event(event, { eventId: 'EvREPLICA2' }), b.event(event, { eventId: 'EvREPLICA2', retryNum: 1, retryReason: 'http_timeout' })]);
    await a.api.waitFor(() => posts('C0REPLICA2')[0], 15_000, 'the answer');
    await new Promise((r) => setTimeout(r, 600));
    expect(posts('C0REPLICA2')).toHaveLength(1);
  });

  it('control: replicas that dedupe in process memory only answer the retry twice', async () => {
    loose = [await replica(false), await replica(false)];
    const event = mention('C0REPLICA3', '1700000900.000300');
    await loose[0]!.event(event, { eventId: 'EvREPLICA3' });
    await loose[1]!.event(event, { eventId: 'EvREPLICA3', retryNum: 1, retryReason: 'http_timeout' });
    await a.api.waitFor(() => posts('C0REPLICA3')[1], 15_000, 'both answers');
    expect(posts('C0REPLICA3')).toHaveLength(2);
  });
});

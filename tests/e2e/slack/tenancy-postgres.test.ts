import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createOnRecord } from '../../../src/core/index.js';
import type { StoreHarness } from '../../store/contract.js';
import { postgresHarness } from '../../store/harness.js';
import { ARTICLES, OTHER_NEWSROOM } from './harness/articles.js';
import { textOf } from './harness/payload.js';
import { SPORT_TEAM, startWorld, type World } from './harness/world.js';

// Tenancy through the Slack app on the shared PostgreSQL store (the SQLite case is in ingest.test.ts): the sports
// desk's workspace reads only "sport", the newsroom only "default", and neither sees the other's quotes.
const pgUrl = inject('pgUrl');

describe.skipIf(!pgUrl)('Slack tenancy on PostgreSQL', () => {
  let w: World;
  let pg: StoreHarness;
  beforeAll(async () => {
    pg = await postgresHarness(pgUrl);
    const core = createOnRecord({ store: pg.store, refreshMs: 50 });
    for (const f of [...ARTICLES, OTHER_NEWSROOM]) await core.ingestDocument({ source: f.source, content: f.content }, f.collection ? { collection: f.collection } : {});
    w = await startWorld({}, core);
  }, 60_000);
  afterAll(async () => {
    await w?.close();
    await pg?.dispose();
  });

  it('each workspace answers only from its own collections', async () => {
    const sport = await w.command('what did Balogun say about the velodrome', { team: SPORT_TEAM });
    expect(textOf(await w.api.responseFor(sport.responseId))).toContain('roof no longer leaks');
    const news = await w.command('what did Balogun say about the velodrome');
    const newsText = textOf(await w.api.responseFor(news.responseId));
    expect(newsText).toContain('No quote found');
    expect(newsText).not.toContain('roof no longer leaks');
    const help = await w.command('help');
    expect(textOf(await w.api.responseFor(help.responseId))).not.toContain('Balogun');
  });
});

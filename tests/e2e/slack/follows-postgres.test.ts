import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createOnRecord, type OnRecord } from '../../../src/core/index.js';
import type { PostgresQuoteStore } from '../../../src/core/store/postgres/store.js';
import type { StoreHarness } from '../../store/contract.js';
import { postgresHarness } from '../../store/harness.js';
import { ARTICLES, OTHER_NEWSROOM } from './harness/articles.js';
import { textOf } from './harness/payload.js';
import { BOT_TOKEN, SPORT_TEAM, startWorld, type World } from './harness/world.js';
import fs from 'node:fs';

// Follows through the real Bolt app on the shared PostgreSQL store: the newsroom's channel follows a speaker,
// another OS process ingests (as the feed worker would), and the app's delivery loop posts the new quote.
const pgUrl = inject('pgUrl');
const root = path.resolve(import.meta.dirname, '../../..');
const SEED = fs.readFileSync(path.join(root, 'data/articles/syria-nusra.txt'), 'utf8');
const NEWSDESK = 'C0NEWSDESK';

/** An invented wire story quoting Lavrov. */
const lavrov = (words: string) => `Lavrov on Syria\n\nRussian Foreign Minister Sergey Lavrov spoke in Moscow.\n\n"${words}," Lavrov told reporters on Monday.\n`;

/** Ingests a document from another OS process (tests/store/ingest-child.ts), as the worker or the CLI would. */
async function ingestElsewhere(schema: string, content: string, source: string, collection?: string): Promise<string> {
  const child = path.join(root, 'tests/store/ingest-child.ts');
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', child, pgUrl, schema, content, source, ...(collection ? [collection] : [])], { cwd: root });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}').status as string;
}

/** The digests posted to a channel so far, as text. */
function postsTo(w: World, channel: string): string[] {
  return w.api.callsOf('chat.postMessage').filter((c) => c.args.channel === channel).map((c) => textOf(c.args));
}

describe.skipIf(!pgUrl)('Slack follows on PostgreSQL', () => {
  let pg: StoreHarness;
  let schema: string;
  let w: World;
  const newCore = async (store = pg.store): Promise<OnRecord> => createOnRecord({ store, refreshMs: 50 });
  const command = async (text: string, o: { team?: string; channel?: string } = {}) => textOf(await w.api.responseFor((await w.command(text, o)).responseId));

  beforeAll(async () => {
    pg = await postgresHarness(pgUrl);
    schema = (pg.store as PostgresQuoteStore).schema;
    const core = await newCore();
    await core.ingestDocument({ source: 'seed/syria-nusra.txt', content: SEED });
    for (const f of [...ARTICLES, OTHER_NEWSROOM]) await core.ingestDocument({ source: f.source, content: f.content }, f.collection ? { collection: f.collection } : {});
    // A real delivery loop on a short interval; one digest per channel at most every 50 ms.
    w = await startWorld({ follows: { intervalMs: 150, channelGapMs: 50 } }, core);
  }, 60_000);
  afterAll(async () => {
    await w?.close();
    await pg?.dispose();
  });

  it('posts a quote ingested by another process to the following channel, once, syndicated copies included', async () => {
    expect(await command('follow Lavrov about Aleppo')).toMatch(/This channel now follows \*Sergey Lavrov\* about “aleppo”/);
    expect(await command('follow sergey lavrov on aleppo')).toMatch(/already follows/);
    expect(await ingestElsewhere(schema, lavrov('Aleppo deserves a ceasefire that holds'), 'wire/lavrov-1.txt')).toBe('added');
    const posted = await w.api.waitFor(() => postsTo(w, NEWSDESK).find((t) => t.includes('Aleppo deserves a ceasefire')), 10_000, 'the follow digest');
    expect(posted).toContain('Sergey Lavrov');
    const call = w.api.callsOf('chat.postMessage').find((c) => textOf(c.args).includes('Aleppo deserves'))!;
    expect(call.token).toBe(BOT_TOKEN);
    expect(String(call.args.unfurl_links)).toBe('false');
    // A syndicated copy and a quote off the topic bring nothing; the same quote never comes twice.
    await ingestElsewhere(schema, `Another headline\n\n${lavrov('Aleppo deserves a ceasefire that holds')}`, 'paper/lavrov-1.txt');
    await ingestElsewhere(schema, lavrov('The weather in Moscow is mild this week'), 'wire/lavrov-2.txt');
    for (let i = 0; i < 3; i++) await w.app.follows.runNow();
    expect(postsTo(w, NEWSDESK).filter((t) => t.includes('Aleppo deserves a ceasefire'))).toHaveLength(1);
    expect(postsTo(w, NEWSDESK).join('\n')).not.toContain('weather in Moscow');
  });

  it('never posts another newsroom\'s quote, even of a speaker the channel follows', async () => {
    await command('follow Lavrov');
    const before = postsTo(w, NEWSDESK).length;
    await ingestElsewhere(schema, lavrov('Sport diplomacy matters in Aleppo too'), 'sport/lavrov.txt', 'sport');
    await ingestElsewhere(schema, lavrov('Corridors out of Aleppo open at dawn'), 'wire/lavrov-4.txt');
    await w.api.waitFor(() => postsTo(w, NEWSDESK).slice(before).find((t) => t.includes('Corridors out of Aleppo')), 10_000, 'the newsroom quote');
    for (let i = 0; i < 2; i++) await w.app.follows.runNow();
    expect(postsTo(w, NEWSDESK).slice(before).join('\n')).not.toContain('Sport diplomacy');
    // Both of the channel's Lavrov follows matched it: one digest item naming both.
    expect(postsTo(w, NEWSDESK).slice(before).filter((t) => t.includes('Corridors out of Aleppo'))).toHaveLength(1);
    // The sports desk cannot follow him: he is not on record in its collection until that quote, then only there.
    const sport = await command('follow Balogun', { team: SPORT_TEAM, channel: 'C0SPORT' });
    expect(sport).toMatch(/now follows \*Henrik Balogun\*/);
  });

  it('posts each quote once when two app replicas deliver at the same moment', async () => {
    const replica = await startWorld({ follows: { intervalMs: 0, channelGapMs: 0 } }, await newCore(await pg.another()));
    try {
      await command('follow Adeyemi');
      await ingestElsewhere(schema, 'Port news\n\nUnion negotiator Grace Adeyemi spoke on Friday.\n\n"Night shifts end at the port from June," Adeyemi said.\n', 'wire/port-2.txt');
      await Promise.all([w.app.follows.runNow(), replica.app.follows.runNow(), w.app.follows.runNow(), replica.app.follows.runNow()]);
      const both = [...postsTo(w, NEWSDESK), ...postsTo(replica, NEWSDESK)];
      expect(both.filter((t) => t.includes('Night shifts end at the port'))).toHaveLength(1);
    } finally {
      await replica.close();
    }
  });

  it('refuses an unknown speaker with the nearest known ones', async () => {
    const text = await command('follow Lavrof Kirbyson');
    expect(text).toContain('nothing was followed');
    const unknown = await command('follow Putin');
    expect(unknown).toMatch(/No speaker called “Putin” is on record here, so nothing was followed/);
    expect(unknown).toMatch(/Nearest speakers on record/);
    expect(await command('following')).not.toContain('Putin');
  });

  it('stops delivering after unfollow', async () => {
    expect(await command('unfollow Lavrov')).toMatch(/no longer follows \*Sergey Lavrov\*/);
    expect(await command('following')).not.toContain('Lavrov');
    await ingestElsewhere(schema, lavrov('Aleppo talks will continue next week'), 'wire/lavrov-3.txt');
    for (let i = 0; i < 2; i++) await w.app.follows.runNow();
    expect(postsTo(w, NEWSDESK).join('\n')).not.toContain('talks will continue');
  });

  it('keeps follows across a restart of the app, and delivers after it', async () => {
    await command('follow Lindqvist');
    await w.close();
    w = await startWorld({ follows: { intervalMs: 0, channelGapMs: 0 } }, await newCore(await pg.another()));
    expect(await command('following')).toMatch(/\*Tomas Lindqvist\*/);
    await ingestElsewhere(schema, 'Library news\n\nCity librarian Tomas Lindqvist spoke on Tuesday.\n\n"The new reading room opens in May," Lindqvist said.\n', 'wire/library-2.txt');
    const report = await w.app.follows.runNow();
    expect(report).toMatchObject({ digests: 1, quotes: 1 });
    expect(postsTo(w, NEWSDESK).join('\n')).toContain('The new reading room opens in May');
  });
});

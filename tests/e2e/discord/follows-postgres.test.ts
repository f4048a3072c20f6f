import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { PostgresQuoteStore } from '../../../src/core/store/postgres/store.js';
import type { StoreHarness } from '../../store/contract.js';
import { postgresHarness } from '../../store/harness.js';
import { WORLD } from './harness/ids.js';
import type { RestCall } from './harness/rest.js';
import { World, messageOf } from './harness/world.js';

/**
 * Follows through the real discord.js client on the shared PostgreSQL store: a channel follows a speaker with
 * /quote-follow, another OS process ingests (as the feed worker would), and the bot posts the new quote to the
 * channel, once; never another newsroom's quote; an unknown speaker is refused with suggestions; unfollow
 * stops it; a restart keeps the follows.
 */
const pgUrl = inject('pgUrl');
const root = path.resolve(import.meta.dirname, '../../..');
const STRING = 3;
const SUB = 1;

const lavrov = (words: string) => `Lavrov on Syria\n\nRussian Foreign Minister Sergey Lavrov spoke in Moscow.\n\n"${words}," Lavrov told reporters on Monday.\n`;

async function ingestElsewhere(schema: string, content: string, source: string, collection?: string): Promise<string> {
  const child = path.join(root, 'tests/store/ingest-child.ts');
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', child, pgUrl, schema, content, source, ...(collection ? [collection] : [])], { cwd: root });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}').status as string;
}

/** `/quote-follow <sub> speaker:... topic:...`. */
function follow(w: World, sub: 'add' | 'remove' | 'list', speaker?: string, topic?: string, as: { guild?: string } = {}): string {
  const options = [...(speaker ? [{ name: 'speaker', type: STRING, value: speaker }] : []), ...(topic ? [{ name: 'topic', type: STRING, value: topic }] : [])];
  return w.slash('quote-follow', [{ name: sub, type: SUB, value: undefined as unknown, ...(options.length ? { options } : {}) } as never], as);
}

/** The text of a rendered message: content, embed titles, descriptions, fields and footers. */
function textOf(msg: any): string {
  const parts = [msg?.content ?? ''];
  for (const e of msg?.embeds ?? []) parts.push(e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value]), e.footer?.text ?? '');
  return parts.join('\n');
}

/** Digests the bot posted to a channel. */
const digests = (w: World, channel = WORLD.channelId): RestCall[] => w.rest.calls.filter((c) => c.method === 'POST' && c.path.endsWith(`/channels/${channel}/messages`));

describe.skipIf(!pgUrl)('Discord follows on PostgreSQL', () => {
  let w: World;
  let pg: StoreHarness;
  let schema: string;
  const reply = async (token: string) => textOf(messageOf(await w.callback(token)));

  beforeAll(async () => {
    w = await World.start({
      openStore: async () => {
        pg = await postgresHarness(pgUrl);
        schema = (pg.store as PostgresQuoteStore).schema;
        return pg;
      },
      tenants: JSON.stringify({ [`discord:${WORLD.guildId}`]: { read: ['default'] }, [`discord:${WORLD.otherGuildId}`]: { read: ['sport'], write: 'sport' } }),
      follows: { intervalMs: 150, channelGapMs: 50 },
    });
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  test('a follow receives the quote another process ingested, once, without pings', async () => {
    expect(await reply(follow(w, 'add', 'sergey-lavrov', 'Aleppo'))).toMatch(/now follows \*\*Sergey Lavrov\*\* about “aleppo”/);
    expect(await ingestElsewhere(schema, lavrov('Aleppo deserves a ceasefire that holds @everyone'), 'wire/lavrov-1.txt')).toBe('added');
    const call = await w.rest.waitFor((c) => digests(w).includes(c) && textOf(c.body).includes('Aleppo deserves a ceasefire'), 15_000, 'the follow digest');
    expect(call.body.allowed_mentions).toEqual({ parse: [] });
    expect(textOf(call.body)).toContain('@\u200beveryone');
    expect(textOf(call.body)).not.toContain('@everyone');
    await ingestElsewhere(schema, `Another headline\n\n${lavrov('Aleppo deserves a ceasefire that holds @everyone')}`, 'paper/lavrov-1.txt');
    for (let i = 0; i < 3; i++) await w.bot.follows.runNow();
    expect(digests(w).filter((c) => textOf(c.body).includes('Aleppo deserves a ceasefire'))).toHaveLength(1);
  }, 60_000);

  test('another newsroom\'s quote never reaches the channel', async () => {
    const before = digests(w).length;
    await ingestElsewhere(schema, lavrov('Sport diplomacy in Aleppo matters too'), 'sport/lavrov.txt', 'sport');
    await ingestElsewhere(schema, lavrov('Corridors out of Aleppo open at dawn'), 'wire/lavrov-2.txt');
    await w.rest.waitFor((c) => digests(w).includes(c) && textOf(c.body).includes('Corridors out of Aleppo'), 15_000, 'the newsroom quote');
    for (let i = 0; i < 2; i++) await w.bot.follows.runNow();
    expect(digests(w).slice(before).map((c) => textOf(c.body)).join('\n')).not.toContain('Sport diplomacy');
    // The sports desk's server reads "sport": there Lavrov is on record only by that quote.
    expect(await reply(follow(w, 'add', 'Lavrov', undefined, { guild: WORLD.otherGuildId }))).toMatch(/now follows \*\*Sergey Lavrov\*\*/);
  }, 60_000);

  test('an unknown speaker is refused with the nearest known ones', async () => {
    const text = await reply(follow(w, 'add', 'Putin'));
    expect(text).toMatch(/No speaker called “Putin” is on record here, so nothing was followed/);
    expect(text).toContain('Nearest speakers on record');
    expect(await reply(follow(w, 'list'))).not.toContain('Putin');
  });

  test('remove stops delivery; a restart keeps the follows and delivers after it', async () => {
    expect(await reply(follow(w, 'add', 'Okafor'))).toMatch(/now follows \*\*Amara Okafor\*\*/);
    expect(await reply(follow(w, 'remove', 'Lavrov'))).toMatch(/no longer follows \*\*Sergey Lavrov\*\* about “aleppo”/);
    await w.restartBot();
    const list = await reply(follow(w, 'list'));
    expect(list).toContain('Amara Okafor');
    expect(list).not.toContain('Lavrov');
    const before = digests(w).length;
    await ingestElsewhere(schema, lavrov('Aleppo talks will continue next week'), 'wire/lavrov-3.txt');
    await ingestElsewhere(schema, 'Port news\n\nPort authority director Amara Okafor spoke on Tuesday.\n\n"The new reading room opens in May," Okafor said.\n', 'wire/port-9.txt');
    await w.rest.waitFor((c) => digests(w).includes(c) && textOf(c.body).includes('The new reading room opens in May'), 15_000, 'the digest after the restart');
    await w.bot.follows.runNow();
    expect(digests(w).slice(before).map((c) => textOf(c.body)).join('\n')).not.toContain('talks will continue');
  }, 60_000);
});

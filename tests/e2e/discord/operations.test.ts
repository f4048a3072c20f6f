import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commandDefinitions } from '../../../src/adapters/discord/commands.js';
import { deployCommands } from '../../../src/adapters/discord/deploy.js';
import { parseDiscordConfig } from '../../../src/config/discord.js';
import type { OnRecord } from '../../../src/core/api.js';
import { WORLD } from './harness/ids.js';
import { RestStandIn } from './harness/rest.js';
import { World, messageOf } from './harness/world.js';

const q = (value: string) => ({ name: 'question', type: 3, value });

/** The real core, with `ask` held back as a slow index would (the answer still comes from the real core). */
function slowAsk(ms: number) {
  return (core: OnRecord): OnRecord => ({
    ...core,
    ask: async (question, options) => {
      await new Promise((r) => setTimeout(r, ms));
      return core.ask(question, options);
    },
  });
}

describe('a slow question', () => {
  let w: World;
  beforeAll(async () => {
    w = await World.start({ wrapCore: slowAsk(2000) });
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  test('is deferred first (Discord’s 3 s deadline is kept) and the answer replaces the "thinking" state', async () => {
    const token = w.slash('quote', [q('what did Okafor say about wheat exports')]);
    const first = await w.callback(token);
    expect(first.body.type).toBe(5); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    const edit = await w.edit(token);
    // The deferral went out before the answer existed; the answer came as the edit of the original.
    expect(edit.at).toBeGreaterThan(first.at);
    expect(edit.body.embeds[0].title).toMatch(/^Amara Okafor/);
    expect(edit.body.embeds[0].description).toMatch(/wheat/i);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const log = await w.logFor((l) => l.id === w.ids.get(token));
    expect(log).toMatchObject({ event: 'interaction', name: '/quote', deferred: true, outcome: 'found' });
    expect(log.latencyMs).toBeGreaterThanOrEqual(1900);
  }, 30_000);

  test('a slow question is deferred privately (answers are private by default)', async () => {
    const token = w.slash('quote', [q('what did Okafor say about barley')]);
    const first = await w.callback(token);
    expect(first.body).toMatchObject({ type: 5, data: { flags: 64 } });
    const edit = await w.edit(token);
    expect(edit.body.embeds[0].description).toMatch(/barley/i);
  }, 30_000);
});

describe('the gateway connection', () => {
  let w: World;
  beforeAll(async () => {
    w = await World.start();
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  test('identifies with only the non-privileged intents when auto-ingest is off', () => {
    const MESSAGE_CONTENT = 1 << 15;
    expect(w.gateway.lastIdentify.token).toBe(WORLD.token);
    expect(w.gateway.lastIdentify.intents & MESSAGE_CONTENT).toBe(0);
    expect(w.gateway.lastIdentify.intents & (1 << 0)).toBe(1 << 0); // Guilds
    expect(w.gateway.lastIdentify.intents & (1 << 9)).toBe(1 << 9); // GuildMessages
  });

  test('reconnects (resuming the session) after the gateway drops the connection, and keeps answering', async () => {
    const token1 = w.slash('quote-help');
    await w.callback(token1);
    expect(w.gateway.connections).toBe(1);

    w.gateway.drop();
    await w.gateway.until(() => w.gateway.resumes >= 1 && w.gateway.connections === 1);
    await w.logFor((l) => l.event === 'gateway_reconnecting');

    const token2 = w.slash('quote', [q('what did Kirby say about Nusra')]);
    const msg = messageOf(await w.callback(token2));
    expect(msg.embeds[0].title).toMatch(/Kirby/);
    expect(w.gateway.identifies).toBe(1); // resumed, not a new session
  }, 30_000);

  test('logs exactly one line per interaction', async () => {
    const tokens = [w.slash('quote-help'), w.slash('quote', [q('what did Okafor say')]), w.slash('quote', [q('budget'), { name: 'speaker', type: 3, value: 'ok', focused: true }], { type: 4 })];
    for (const t of tokens) await w.callback(t);
    for (const t of tokens) await w.logFor((l) => l.id === w.ids.get(t));
    for (const t of tokens) {
      const lines = w.logs.filter((l) => l.event === 'interaction' && l.id === w.ids.get(t));
      expect(lines).toHaveLength(1);
      expect(typeof lines[0].latencyMs).toBe('number');
    }
  });
});

describe('deploy-commands', () => {
  let rest: RestStandIn;
  let api: string;
  beforeAll(async () => {
    rest = new RestStandIn();
    api = await rest.listen();
  });
  afterAll(async () => {
    await rest.close();
  });
  const env = () => ({ DISCORD_TOKEN: WORLD.token, DISCORD_APPLICATION_ID: WORLD.applicationId, DISCORD_API_URL: api });

  test('registers the commands for one guild when DISCORD_GUILD_ID is set', async () => {
    const r = await deployCommands(parseDiscordConfig({ ...env(), DISCORD_GUILD_ID: WORLD.guildId }));
    expect(r).toEqual({ scope: 'guild', guildId: WORLD.guildId, names: ['quote', 'quote-who', 'quote-help', 'quote-add', 'quote-follow', 'Verify quote'] });
    const call = rest.calls.find((c) => c.path === `/applications/${WORLD.applicationId}/guilds/${WORLD.guildId}/commands`)!;
    expect(call.method).toBe('PUT');
    expect(call.body).toEqual(commandDefinitions);
    const quote = call.body.find((c: any) => c.name === 'quote');
    expect(quote.options.find((o: any) => o.name === 'speaker').autocomplete).toBe(true);
    // The message context-menu command (type 3) goes in the same set.
    expect(call.body.find((c: any) => c.name === 'Verify quote')).toMatchObject({ type: 3 });
  });

  test('registers globally otherwise', async () => {
    const r = await deployCommands(parseDiscordConfig(env()));
    expect(r.scope).toBe('global');
    expect(rest.calls.some((c) => c.method === 'PUT' && c.path === `/applications/${WORLD.applicationId}/commands`)).toBe(true);
  });
});

describe('start-up failures', () => {
  test('auto-ingest without the Message Content intent enabled in the portal stops with a clear line', async () => {
    await expect(World.start({ env: { DISCORD_AUTO_INGEST_CHANNELS: WORLD.newsChannelId }, refuseIntents: 1 << 15 })).rejects.toThrow(
      /Message Content intent.*Privileged Gateway Intents.*DISCORD_AUTO_INGEST_CHANNELS/,
    );
  }, 30_000);
});

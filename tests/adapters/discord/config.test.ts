import { describe, expect, test } from 'vitest';
import { intentsFor } from '../../../src/adapters/discord/bot.js';
import { mayAdd } from '../../../src/adapters/discord/context.js';
import { parseDiscordConfig } from '../../../src/config/discord.js';
import { GatewayIntentBits } from 'discord.js';

const base = { DISCORD_TOKEN: 'MTIz.fake-token_for.tests-0123456789', DISCORD_APPLICATION_ID: '123456789012345678' };

describe('parseDiscordConfig', () => {
  test('names every missing variable and what to set it to', () => {
    expect(() => parseDiscordConfig({})).toThrow(/DISCORD_TOKEN: is missing.*Bot > Reset Token.*DISCORD_APPLICATION_ID: is missing/);
  });

  test('rejects bad ids, URLs and delays with the variable named', () => {
    expect(() => parseDiscordConfig({ ...base, DISCORD_GUILD_ID: 'my-guild' })).toThrow(/DISCORD_GUILD_ID: must be a Discord id/);
    expect(() => parseDiscordConfig({ ...base, DISCORD_API_URL: 'ftp://x' })).toThrow(/DISCORD_API_URL/);
    expect(() => parseDiscordConfig({ ...base, DISCORD_ADD_ROLES: '123456789012345678,editors' })).toThrow(/DISCORD_ADD_ROLES: .*not an id: editors/);
    expect(() => parseDiscordConfig({ ...base, DISCORD_DEFER_AFTER_MS: '2900' })).toThrow(/DISCORD_DEFER_AFTER_MS: must stay below 2500/);
  });

  test('parses lists, trims the API URL and applies defaults', () => {
    const c = parseDiscordConfig({
      ...base,
      DISCORD_GUILD_ID: '',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
      DISCORD_ADD_ROLES: '111111111111111111, 222222222222222222 111111111111111111',
      DISCORD_AUTO_INGEST_CHANNELS: '333333333333333333',
    });
    expect(c).toEqual({
      token: base.DISCORD_TOKEN,
      applicationId: base.DISCORD_APPLICATION_ID,
      apiUrl: 'http://127.0.0.1:9999/api',
      addRoles: ['111111111111111111', '222222222222222222'],
      autoIngestChannels: ['333333333333333333'],
      deferAfterMs: 1500,
    });
  });

  test('asks for the privileged MessageContent intent only when auto-ingest is configured', () => {
    const plain = parseDiscordConfig(base);
    expect(intentsFor(plain)).not.toContain(GatewayIntentBits.MessageContent);
    expect(intentsFor(plain)).toEqual([GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages]);
    const auto = parseDiscordConfig({ ...base, DISCORD_AUTO_INGEST_CHANNELS: '333333333333333333' });
    expect(intentsFor(auto)).toContain(GatewayIntentBits.MessageContent);
  });

  test('adding articles: everyone when no roles are named, else only holders of a named role', () => {
    expect(mayAdd(parseDiscordConfig(base), [])).toBe(true);
    const limited = parseDiscordConfig({ ...base, DISCORD_ADD_ROLES: '111111111111111111' });
    expect(mayAdd(limited, ['999999999999999999'])).toBe(false);
    expect(mayAdd(limited, ['999999999999999999', '111111111111111111'])).toBe(true);
  });
});

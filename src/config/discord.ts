import { z } from 'zod';
import { parseSection, type Env } from './index.js';

/**
 * The Discord bot's section of the configuration. Parsed once by `src/adapters/discord/main.ts` (and by
 * `deploy-commands.ts`) from `processEnv()`; everything below takes the typed result.
 *
 * | variable | meaning |
 * | --- | --- |
 * | `DISCORD_TOKEN` | bot token (Developer Portal > Bot > Reset Token) |
 * | `DISCORD_APPLICATION_ID` | application id (General Information > Application ID) |
 * | `DISCORD_GUILD_ID` | optional: deploy the commands to this one guild (instant), else globally |
 * | `DISCORD_API_URL` | optional: REST base (`http://127.0.0.1:PORT/api`), for offline tests only |
 * | `DISCORD_ADD_ROLES` | optional: comma-separated role ids allowed to add articles; empty = every member |
 * | `DISCORD_AUTO_INGEST_CHANNELS` | optional: channel ids whose posted links are ingested (needs the privileged MessageContent intent) |
 * | `DISCORD_DEFER_AFTER_MS` | optional: answer slower than this is deferred first (default 1500, below Discord's 3 s) |
 */
const snowflake = z.string().regex(/^\d{15,22}$/, 'must be a Discord id (a number of 15 to 22 digits)');

/** A comma- or space-separated list of snowflakes; empty means none. */
const snowflakeList = () =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const items = (v ?? '').split(/[\s,]+/).filter(Boolean);
      const bad = items.filter((i) => !/^\d{15,22}$/.test(i));
      if (bad.length) ctx.addIssue({ code: 'custom', message: `must be Discord ids separated by commas; not an id: ${bad.slice(0, 3).join(', ')}` });
      return [...new Set(items)];
    });

const schema = z.object({
  DISCORD_TOKEN: z
    .string({ error: 'is missing: set it to the bot token (Developer Portal > your application > Bot > Reset Token)' })
    .trim()
    .min(20, 'does not look like a bot token (too short)')
    .regex(/^[\w.-]+$/, 'does not look like a bot token (unexpected characters)'),
  DISCORD_APPLICATION_ID: z
    .string({ error: 'is missing: set it to the Application ID (Developer Portal > General Information)' })
    .trim()
    .pipe(snowflake),
  DISCORD_GUILD_ID: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(snowflake.optional()),
  DISCORD_API_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:8080/api' }).optional()),
  DISCORD_ADD_ROLES: snowflakeList(),
  DISCORD_AUTO_INGEST_CHANNELS: snowflakeList(),
  DISCORD_DEFER_AFTER_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int()
    .min(0)
    .max(2500, 'must stay below 2500 so the 3 second deadline is kept')
    .default(1500),
});

/** The typed Discord configuration. */
export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** Deploy commands to this guild only (instant, for development); global when absent. */
  guildId?: string;
  /** REST base URL override (offline tests); Discord's own when absent. */
  apiUrl?: string;
  /** Role ids allowed to add articles (`/quote-add`, auto-ingest); empty means every member may. */
  addRoles: string[];
  /** Channels whose posted links are ingested automatically; non-empty turns on the MessageContent intent. */
  autoIngestChannels: string[];
  /** Questions slower than this are deferred (`deferReply`) before the answer is sent. */
  deferAfterMs: number;
}

/** Parses and checks the Discord variables; throws a CONFIG_INVALID error naming each missing or bad one. */
export function parseDiscordConfig(env: Env): DiscordConfig {
  const c = parseSection(schema, env, 'Discord');
  return {
    token: c.DISCORD_TOKEN,
    applicationId: c.DISCORD_APPLICATION_ID,
    ...(c.DISCORD_GUILD_ID ? { guildId: c.DISCORD_GUILD_ID } : {}),
    ...(c.DISCORD_API_URL ? { apiUrl: c.DISCORD_API_URL.replace(/\/+$/, '') } : {}),
    addRoles: c.DISCORD_ADD_ROLES,
    autoIngestChannels: c.DISCORD_AUTO_INGEST_CHANNELS,
    deferAfterMs: c.DISCORD_DEFER_AFTER_MS,
  };
}

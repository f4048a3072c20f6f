import { isIP } from 'node:net';
import { z } from 'zod';
import { OnRecordError } from '../core/errors.js';
import { parseSection, type Env } from './index.js';

/**
 * The Slack app's section of the configuration. Parsed once by `src/adapters/slack/main.ts` from
 * `processEnv()`; everything below takes the typed result.
 *
 * | variable | meaning |
 * | --- | --- |
 * | `SLACK_BOT_TOKEN` | bot token `xoxb-...` (OAuth & Permissions > Bot User OAuth Token): one workspace |
 * | `SLACK_CLIENT_ID`, `SLACK_CLIENT_SECRET` | OAuth instead of a bot token: several workspaces install through `/slack/install` |
 * | `SLACK_STATE_SECRET` | OAuth: signs the install flow's state |
 * | `SLACK_TOKEN_KEY` | OAuth: 32-byte key (hex or base64) encrypting the stored installations |
 * | `SLACK_REDIRECT_URI` | OAuth, optional: the registered redirect URL (`https://HOST/slack/oauth_redirect`) |
 * | `SLACK_APP_TOKEN` | app-level token `xapp-...` with `connections:write`: Socket Mode (no public URL) |
 * | `SLACK_SIGNING_SECRET` | signing secret (Basic Information): HTTP mode, Slack posts to `/slack/events` |
 * | `PORT` | HTTP mode port (default 3000) |
 * | `SLACK_HOST` | optional: HTTP mode interface to listen on, an IP address or host name (default: all interfaces) |
 * | `SLACK_MODE` | optional: `socket` or `http` when both tokens are set (default: socket when `SLACK_APP_TOKEN` is set) |
 * | `SLACK_API_URL` | optional: Web API base (`http://127.0.0.1:PORT/api/`), for proxies and offline tests |
 * | `SLACK_COMMAND` | optional: the slash command's name as created in the manifest (default `/quote`) |
 * | `SLACK_ADD_USERS` | optional: user ids allowed to add articles (`/quote add`, auto-ingest) |
 * | `SLACK_ADD_USERGROUPS` | optional: user group ids (`S...`) whose members may add articles |
 * | `SLACK_EDITOR_USERGROUPS` | optional: user group ids (`S...`) whose members may correct a quote's speaker (workspace admins and owners always may) |
 * | `SLACK_AUTO_INGEST_CHANNELS` | optional: channel ids whose posted links are ingested, with a reaction when done |
 * | `SLACK_PAGE_SIZE` | optional: quotes per answer page (default 3, at most 10) |
 * | `SLACK_ANSWER_TIMEOUT_MS` | optional: give up on one question after this long (default 20000) |
 *
 * With neither `SLACK_ADD_USERS` nor `SLACK_ADD_USERGROUPS`, every member of the workspace may add articles.
 */

/** Comma- or space-separated Slack ids of the given prefixes; empty means none. */
const idList = (what: string, pattern: RegExp, example: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const items = (v ?? '').split(/[\s,]+/).filter(Boolean);
      const bad = items.filter((i) => !pattern.test(i));
      if (bad.length) ctx.addIssue({ code: 'custom', message: `must be ${what} separated by commas (like ${example}); not one: ${bad.slice(0, 3).join(', ')}` });
      return [...new Set(items)];
    });

/** A DNS host name (labels of letters, digits and inner hyphens). */
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

const optionalTrimmed = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined);

const schema = z.object({
  SLACK_BOT_TOKEN: optionalTrimmed().pipe(z.string().regex(/^xoxb-[\w-]{10,}$/, 'does not look like a bot token (it starts with xoxb-)').optional()),
  SLACK_CLIENT_ID: optionalTrimmed().pipe(z.string().regex(/^\d+\.\d+$/, 'does not look like a client id (digits.digits, Basic Information > App Credentials)').optional()),
  SLACK_CLIENT_SECRET: optionalTrimmed().pipe(z.string().regex(/^[0-9a-f]{16,128}$/i, 'does not look like a client secret (hex digits, Basic Information > App Credentials)').optional()),
  SLACK_STATE_SECRET: optionalTrimmed().pipe(z.string().min(16, 'must be at least 16 characters (any random string, e.g. openssl rand -hex 16)').optional()),
  SLACK_TOKEN_KEY: optionalTrimmed().pipe(z.string().optional()),
  SLACK_REDIRECT_URI: optionalTrimmed().pipe(z.url({ protocol: /^https?$/, error: 'must be the https URL of /slack/oauth_redirect' }).optional()),
  SLACK_APP_TOKEN: optionalTrimmed().pipe(z.string().regex(/^xapp-[\w-]{10,}$/, 'does not look like an app-level token (it starts with xapp-)').optional()),
  SLACK_SIGNING_SECRET: optionalTrimmed().pipe(z.string().regex(/^[0-9a-f]{16,128}$/i, 'does not look like a signing secret (hex digits, Basic Information > App Credentials)').optional()),
  SLACK_MODE: optionalTrimmed().pipe(z.enum(['socket', 'http'], { error: 'must be "socket" or "http"' }).optional()),
  PORT: z.coerce.number({ error: 'must be a port number' }).int('must be a whole number').min(1, 'must be 1 to 65535').max(65535, 'must be 1 to 65535').default(3000),
  SLACK_HOST: optionalTrimmed().pipe(
    z
      .string()
      .refine((v) => isIP(v) !== 0 || HOST_NAME.test(v), 'must be an IP address (127.0.0.1, ::1, 0.0.0.0) or a host name such as localhost')
      .optional(),
  ),
  SLACK_API_URL: optionalTrimmed().pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:8080/api/' }).optional()),
  SLACK_COMMAND: optionalTrimmed().pipe(z.string().regex(/^\/[a-z0-9_-]{1,31}$/, 'must be a slash command such as /quote').optional()),
  SLACK_ADD_USERS: idList('user ids', /^[UW][A-Z0-9]{2,}$/, 'U0123ABCD'),
  SLACK_ADD_USERGROUPS: idList('user group ids', /^S[A-Z0-9]{2,}$/, 'S0123ABCD'),
  SLACK_EDITOR_USERGROUPS: idList('user group ids', /^S[A-Z0-9]{2,}$/, 'S0123ABCD'),
  SLACK_AUTO_INGEST_CHANNELS: idList('channel ids', /^[CGD][A-Z0-9]{2,}$/, 'C0123ABCD'),
  SLACK_PAGE_SIZE: z.coerce.number({ error: 'must be a number' }).int().min(1, 'must be 1 to 10').max(10, 'must be 1 to 10').default(3),
  SLACK_ANSWER_TIMEOUT_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(1000, 'must be at least 1000').max(600_000, 'must be at most 600000').default(20_000),
});

/** How the app receives Slack's requests. */
export type SlackTransport = { kind: 'socket'; appToken: string } | { kind: 'http'; signingSecret: string; port: number };

/** Slack's OAuth install flow, for an app installed in several workspaces (HTTP mode). */
export interface SlackOAuth {
  clientId: string;
  clientSecret: string;
  /** Signs the install flow's state (CSRF protection). */
  stateSecret: string;
  /** AES-256 key (32 bytes) encrypting the stored installations and their tokens. */
  tokenKey: Buffer;
  /** The redirect URL as registered in the app settings, when it must be given explicitly. */
  redirectUri?: string;
}

/** The typed Slack configuration. */
export interface SlackConfig {
  /** One workspace's bot token (single-token mode); absent in OAuth mode, where each workspace has its own. */
  botToken?: string;
  /** OAuth mode: several workspaces install the app through /slack/install. */
  oauth?: SlackOAuth;
  transport: SlackTransport;
  /** HTTP mode: the interface to listen on (all interfaces when absent). */
  host?: string;
  /** Web API base URL override (proxies, offline tests); Slack's own when absent. */
  apiUrl?: string;
  /** The slash command name, as in the manifest. */
  command: string;
  /** Who may add articles; both empty means every member. */
  addUsers: string[];
  addUsergroups: string[];
  /** Channels whose posted links are ingested automatically. */
  autoIngestChannels: string[];
  /** User groups whose members may correct speakers (besides workspace admins and owners); none when absent. */
  editorUsergroups?: string[];
  pageSize: number;
  answerTimeoutMs: number;
}

/** Parses and checks the Slack variables; throws a CONFIG_INVALID error naming each missing or bad one. */
export function parseSlackConfig(env: Env): SlackConfig {
  const c = parseSection(schema, env, 'Slack');
  const oauth = parseOAuth(c);
  if (!oauth && !c.SLACK_BOT_TOKEN) {
    throw invalid('SLACK_BOT_TOKEN: is missing: set it to the Bot User OAuth Token (api.slack.com/apps > your app > OAuth & Permissions), it starts with xoxb- (or set SLACK_CLIENT_ID and its companions to install in several workspaces through OAuth)');
  }
  if (oauth && c.SLACK_BOT_TOKEN) throw invalid('set SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID (several workspaces through OAuth), not both');
  const mode = c.SLACK_MODE ?? (c.SLACK_APP_TOKEN ? 'socket' : c.SLACK_SIGNING_SECRET ? 'http' : undefined);
  let transport: SlackTransport;
  if (mode === 'socket') {
    if (!c.SLACK_APP_TOKEN) throw invalid('SLACK_APP_TOKEN: is missing: Socket Mode needs the app-level token (Basic Information > App-Level Tokens, scope connections:write)');
    transport = { kind: 'socket', appToken: c.SLACK_APP_TOKEN };
  } else if (mode === 'http') {
    if (!c.SLACK_SIGNING_SECRET) throw invalid('SLACK_SIGNING_SECRET: is missing: HTTP mode needs the signing secret (Basic Information > App Credentials)');
    transport = { kind: 'http', signingSecret: c.SLACK_SIGNING_SECRET, port: c.PORT };
  } else {
    throw invalid('set SLACK_APP_TOKEN for Socket Mode (no public URL needed), or SLACK_SIGNING_SECRET and PORT for HTTP mode');
  }
  if (oauth && transport.kind !== 'http') throw invalid('OAuth installs (SLACK_CLIENT_ID) need HTTP mode: set SLACK_SIGNING_SECRET and PORT, and SLACK_MODE=http if SLACK_APP_TOKEN is set');
  return {
    ...(c.SLACK_BOT_TOKEN ? { botToken: c.SLACK_BOT_TOKEN } : {}),
    ...(oauth ? { oauth } : {}),
    transport,
    ...(c.SLACK_HOST && mode === 'http' ? { host: c.SLACK_HOST } : {}),
    ...(c.SLACK_API_URL ? { apiUrl: c.SLACK_API_URL.endsWith('/') ? c.SLACK_API_URL : `${c.SLACK_API_URL}/` } : {}),
    command: c.SLACK_COMMAND ?? '/quote',
    addUsers: c.SLACK_ADD_USERS,
    addUsergroups: c.SLACK_ADD_USERGROUPS,
    autoIngestChannels: c.SLACK_AUTO_INGEST_CHANNELS,
    ...(c.SLACK_EDITOR_USERGROUPS.length ? { editorUsergroups: c.SLACK_EDITOR_USERGROUPS } : {}),
    pageSize: c.SLACK_PAGE_SIZE,
    answerTimeoutMs: c.SLACK_ANSWER_TIMEOUT_MS,
  };
}

function invalid(line: string): OnRecordError {
  return new OnRecordError('CONFIG_INVALID', `invalid Slack configuration: ${line}`);
}

/** OAuth settings: all four of SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and SLACK_TOKEN_KEY, or none. */
function parseOAuth(c: { SLACK_CLIENT_ID?: string | undefined; SLACK_CLIENT_SECRET?: string | undefined; SLACK_STATE_SECRET?: string | undefined; SLACK_TOKEN_KEY?: string | undefined; SLACK_REDIRECT_URI?: string | undefined }): SlackOAuth | undefined {
  const given = { SLACK_CLIENT_ID: c.SLACK_CLIENT_ID, SLACK_CLIENT_SECRET: c.SLACK_CLIENT_SECRET, SLACK_STATE_SECRET: c.SLACK_STATE_SECRET, SLACK_TOKEN_KEY: c.SLACK_TOKEN_KEY };
  const missing = Object.entries(given).filter(([, v]) => !v).map(([k]) => k);
  if (missing.length === 4) return undefined;
  if (missing.length) throw invalid(`${missing.join(', ')}: missing: OAuth installs need SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and SLACK_TOKEN_KEY`);
  return {
    clientId: c.SLACK_CLIENT_ID!,
    clientSecret: c.SLACK_CLIENT_SECRET!,
    stateSecret: c.SLACK_STATE_SECRET!,
    tokenKey: parseKey(c.SLACK_TOKEN_KEY!),
    ...(c.SLACK_REDIRECT_URI ? { redirectUri: c.SLACK_REDIRECT_URI } : {}),
  };
}

/** A 32-byte key given as 64 hex digits or as base64 (openssl rand -base64 32). */
function parseKey(v: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(v) ? Buffer.from(v, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(v) ? Buffer.from(v, 'base64') : undefined;
  if (!key || key.length !== 32) throw invalid('SLACK_TOKEN_KEY: must be a 32-byte key, as 64 hex digits or base64 (make one with: openssl rand -base64 32)');
  return key;
}

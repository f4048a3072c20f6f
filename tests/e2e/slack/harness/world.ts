import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { createSlackApp, type SlackApp, type SlackAppOptions } from '../../../../src/adapters/slack/app.js';
import type { OnRecord } from '../../../../src/core/api.js';
import { createFetchPolicy, safeFetch } from '../../../../src/io/fetch/index.js';
import { createOnRecord, type UrlPreparer } from '../../../../src/core/index.js';
import { SqliteQuoteStore } from '../../../../src/core/store/sqlite/store.js';
import { parseTenants } from '../../../../src/config/tenancy.js';
import { ARTICLES, HOSTILE, OTHER_NEWSROOM, type Fixture } from './articles.js';
import { commandForm, interactionForm, sendSigned, type SendOptions, type SentResponse } from './signed.js';
import { SlackStandIn } from './slack-api.js';

export const SECRET = '8f742231b10e8888abcd99yyyzzz85a5'.replace(/[yz]/g, 'f');
export const BOT_TOKEN = 'xoxb-1234567890-test-token';
export const APP_TOKEN = 'xapp-1-A0ONRECORD-1234-test';
export const TEAM = 'T0NEWSROOM';
export const SPORT_TEAM = 'T0SPORTDESK';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

/** A real core over a fresh SQLite index in a temp folder: the seed article plus the fixtures. */
export async function buildCore(fixtures: Fixture[] = [...ARTICLES, HOSTILE, OTHER_NEWSROOM], prepareUrl?: UrlPreparer): Promise<{ core: OnRecord; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-slack-'));
  const store = new SqliteQuoteStore({ dir });
  await store.init();
  // Pages come from a loopback server in these tests, so the SSRF guard is told to allow it (as configuration would).
  const policy = createFetchPolicy({ allow: ['127.0.0.1'], timeoutMs: 5000 });
  // URL ingests run in this thread unless a `prepareUrl` (the bots' worker threads) is given.
  const core = createOnRecord({ store, fetchPage: (url, signal) => safeFetch(url, policy, signal), ...(prepareUrl ? { prepareUrl } : {}), refreshMs: 50 });
  const seed = path.join(repoRoot, 'data/articles/syria-nusra.txt');
  await core.ingestDocument({ source: seed, content: fs.readFileSync(seed, 'utf8') });
  for (const f of fixtures) await core.ingestDocument({ source: f.source, content: f.content }, f.collection ? { collection: f.collection } : {});
  return { core, dir };
}

/** Every log line the app wrote, parsed. */
export class LogSink {
  readonly lines: Record<string, unknown>[] = [];
  readonly stream = new Writable({
    write: (chunk: Buffer, _enc, done) => {
      for (const l of String(chunk).split('\n').filter(Boolean)) this.lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  requests(kind?: string): Record<string, unknown>[] {
    return this.lines.filter((l) => (l.msg === 'slack request' || l.msg === 'slack request failed') && (!kind || l.kind === kind));
  }
}

/** A local web server serving article pages for `/quote add` and auto-ingest. */
export async function pageServer(pages: Record<string, string>): Promise<{ url: (p: string) => string; close: () => Promise<void>; hits: string[] }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    const page = pages[req.url ?? ''];
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    hits,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface World {
  api: SlackStandIn;
  app: SlackApp;
  core: OnRecord;
  logs: LogSink;
  /** The app's events URL (HTTP mode). */
  eventsUrl: string;
  /** Sends a signed `/quote` command; returns the HTTP response and the response_url id used. */
  command(text: string, o?: SendOptions & { user?: string; team?: string; channel?: string }): Promise<SentResponse & { responseId: string }>;
  /** Sends a signed Events API callback. */
  event(event: Record<string, unknown>, o?: SendOptions & { eventId?: string; team?: string }): Promise<SentResponse>;
  /** Sends a signed button click; returns the response_url id used. */
  click(actionId: string, value: string, o?: SendOptions & { user?: string; team?: string; ephemeral?: boolean; blockId?: string }): Promise<SentResponse & { responseId: string }>;
  close(): Promise<void>;
}

let seq = 0;

/** The whole set-up: stand-in Slack, a real core, and the real Bolt app in HTTP mode on loopback. */
export async function startWorld(options: Partial<SlackAppOptions> = {}, core?: OnRecord): Promise<World> {
  const api = new SlackStandIn(TEAM);
  await api.start();
  const built = core ? { core, dir: '' } : await buildCore();
  const logs = new LogSink();
  const logger = pino({ level: 'debug' }, logs.stream);
  const app = createSlackApp(
    {
      botToken: BOT_TOKEN,
      transport: { kind: 'http', signingSecret: SECRET, port: 0 },
      apiUrl: api.apiUrl,
      apiRetries: 0,
      host: '127.0.0.1',
      command: '/quote',
      addUsers: [],
      addUsergroups: [],
      autoIngestChannels: [],
      pageSize: 3,
      answerTimeoutMs: 10_000,
      tenants: parseTenants(JSON.stringify({ [`slack:${TEAM}`]: { read: ['default'] }, [`slack:${SPORT_TEAM}`]: { read: ['sport'], write: 'sport' } }), 'default'),
      defaultCollection: 'default',
      ...options,
    },
    built.core,
    logger,
  );
  const started = await app.start();
  const eventsUrl = `http://127.0.0.1:${started.port}/slack/events`;
  return {
    api,
    app,
    core: built.core,
    logs,
    eventsUrl,
    async command(text, o = {}) {
      const responseId = `cmd${++seq}`;
      const body = commandForm({
        token: 'legacy',
        team_id: o.team ?? TEAM,
        team_domain: 'newsroom',
        channel_id: o.channel ?? 'C0NEWSDESK',
        channel_name: 'newsdesk',
        user_id: o.user ?? 'U0REPORTER',
        user_name: 'reporter',
        command: '/quote',
        text,
        api_app_id: 'A0ONRECORD',
        response_url: api.responseUrl(responseId),
        trigger_id: `trigger.${seq}`,
      });
      const res = await sendSigned(eventsUrl, SECRET, body, 'application/x-www-form-urlencoded', o);
      return { ...res, responseId };
    },
    event(event, o = {}) {
      const body = JSON.stringify({
        token: 'legacy',
        team_id: o.team ?? TEAM,
        api_app_id: 'A0ONRECORD',
        type: 'event_callback',
        event_id: o.eventId ?? `Ev${++seq}`,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: o.team ?? TEAM, user_id: api.botUserId, is_bot: true }],
        event,
      });
      return sendSigned(eventsUrl, SECRET, body, 'application/json', o);
    },
    async click(actionId, value, o = {}) {
      const responseId = `act${++seq}`;
      const payload = {
        type: 'block_actions',
        team: { id: o.team ?? TEAM, domain: 'newsroom' },
        user: { id: o.user ?? 'U0REPORTER', username: 'reporter', team_id: o.team ?? TEAM },
        api_app_id: 'A0ONRECORD',
        token: 'legacy',
        container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0NEWSDESK', is_ephemeral: o.ephemeral ?? true },
        trigger_id: `trigger.${seq}`,
        channel: { id: 'C0NEWSDESK', name: 'newsdesk' },
        response_url: api.responseUrl(responseId),
        actions: [{ type: 'button', action_id: actionId, block_id: o.blockId ?? 'b1', value, text: { type: 'plain_text', text: 'x' }, action_ts: '1700000001.000200' }],
      };
      const res = await sendSigned(eventsUrl, SECRET, interactionForm(payload), 'application/x-www-form-urlencoded', o);
      return { ...res, responseId };
    },
    async close() {
      await app.stop().catch(() => undefined);
      await api.close();
      await built.core.close().catch(() => undefined);
      if (built.dir) fs.rmSync(built.dir, { recursive: true, force: true });
      // Every test world checks every message it saw posted: no path may let a link unfurl.
      const previewing = api.previewing();
      if (previewing.length) throw new Error(`messages posted with link previews on: ${JSON.stringify(previewing)}`);
    },
  };
}

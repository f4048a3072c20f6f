import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One Web API call the app made. */
export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  /** The bearer token it used. */
  token?: string;
}

/** One post to a response_url. */
export interface ResponsePost {
  id: string;
  body: Record<string, unknown>;
}

const BOT = { user_id: 'UBOT0001', bot_id: 'BBOT0001' };

/**
 * A local stand-in for Slack on loopback: the Web API (`/api/<method>`, recording every call), response_url
 * endpoints (`/response/<id>`), and a Socket Mode WebSocket (`/socket`) that says hello and relays envelopes.
 */
export class SlackStandIn {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponsePost[] = [];
  /** Members of user groups, for `usergroups.users.list`. */
  usergroups: Record<string, string[]> = {};
  /** Workspace admins, for `users.info` (`is_admin`). */
  readonly admins = new Set<string>();
  private views = 0;
  /** Tokens `auth.test` and `apps.connections.open` refuse with `invalid_auth` (a revoked token). */
  readonly revokedTokens = new Set<string>();
  readonly botUserId = BOT.user_id;
  /** OAuth: what `oauth.v2.access` grants for a code (a workspace and its new bot token), and the app's secret. */
  readonly oauthGrants = new Map<string, { teamId: string; teamName: string; botToken: string }>();
  /** response_url ids Slack no longer accepts (expired): answered 404 `no_service`, as Slack does. */
  readonly expiredResponses = new Set<string>();
  /** Conversations the bot cannot post in: `chat.postEphemeral` and `chat.postMessage` there fail with this error. */
  readonly channelErrors = new Map<string, string>();
  private readonly tokenTeams = new Map<string, string>();
  oauthClient = { id: '1111111111.2222222222', secret: '0123456789abcdef0123456789abcdef' };
  readonly teamId: string;
  private server?: http.Server;
  private wss?: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private acks = new Map<string, (payload: unknown) => void>();
  private waiters = new Set<() => void>();
  private port = 0;
  private ts = 1_700_000_000;

  constructor(teamId = 'T0NEWSROOM') {
    this.teamId = teamId;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) return socket.destroy();
      this.wss!.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    this.wss?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /**
   * Every message the app posted to a channel (chat.postMessage, chat.scheduleMessage, a response_url post with
   * text or blocks) without link and media previews turned off: OnRecord never lets a link unfurl.
   */
  previewing(): { where: string; text: string }[] {
    const off = (v: unknown) => v === false || v === 'false';
    const posts = [
      ...this.calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.scheduleMessage').map((c) => ({ where: c.method, body: c.args })),
      ...this.responses.filter((r) => 'text' in r.body || 'blocks' in r.body).map((r) => ({ where: `response_url ${r.id}`, body: r.body })),
    ];
    return posts.filter((p) => !off(p.body.unfurl_links) || !off(p.body.unfurl_media)).map((p) => ({ where: p.where, text: String(p.body.text ?? '').slice(0, 80) }));
  }

  /** How many messages `previewing` looked at (so a check over none is visible). */
  postedCount(): number {
    return this.calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.scheduleMessage').length + this.responses.filter((r) => 'text' in r.body || 'blocks' in r.body).length;
  }

  /** Calls of one Web API method. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits until `probe` returns a value (checked on every recorded call), or fails after `ms`. */
  async waitFor<T>(probe: () => T | undefined | false, ms = 10_000, what = 'the expected Slack call'): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = probe();
      if (v !== undefined && v !== false) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; calls so far: ${this.calls.map((c) => c.method).join(', ') || 'none'}; response posts: ${this.responses.length}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, Math.min(left, 200));
        this.waiters.add(wake);
      });
    }
  }

  /** Waits for the n-th (1-based) post to a response_url id. */
  responseFor(id: string, n = 1, ms = 10_000): Promise<Record<string, unknown>> {
    return this.waitFor(() => this.responses.filter((r) => r.id === id)[n - 1]?.body, ms, `response #${n} to ${id}`);
  }

  /** True once a Socket Mode client is connected. */
  get socketConnected(): boolean {
    return this.sockets.size > 0;
  }

  /** Sends an envelope over Socket Mode and resolves with the app's ack payload. */
  sendEnvelope(envelope: { envelope_id: string; type: string; payload: unknown; accepts_response_payload?: boolean; retry_attempt?: number; retry_reason?: string }, ms = 5000): Promise<unknown> {
    const ws = [...this.sockets][0];
    if (!ws) return Promise.reject(new Error('no Socket Mode client connected'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ack for envelope ${envelope.envelope_id} within ${ms} ms`)), ms);
      this.acks.set(envelope.envelope_id, (p) => {
        clearTimeout(timer);
        resolve(p);
      });
      ws.send(JSON.stringify(envelope));
    });
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => {
      try {
        const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
        if (msg.envelope_id) this.acks.get(msg.envelope_id)?.(msg.payload ?? {});
      } catch {
        // Not JSON: ignore, as Slack would.
      }
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'stand-in' }, connection_info: { app_id: 'A0ONRECORD' } }));
    this.wake();
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await new Promise<string>((resolve) => {
      let s = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (s += c));
      req.on('end', () => resolve(s));
    });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/response/')) {
      if (this.expiredResponses.has(url.pathname.slice('/response/'.length))) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('no_service');
        return;
      }
      this.responses.push({ id: url.pathname.slice('/response/'.length), body: JSON.parse(raw || '{}') as Record<string, unknown> });
      this.wake();
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    if (!url.pathname.startsWith('/api/')) return json(404, { ok: false, error: 'unknown_path' });
    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(raw, req.headers['content-type']);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : typeof args.token === 'string' ? args.token : undefined;
    this.calls.push({ method, args, ...(token ? { token } : {}) });
    this.wake();
    const ts = `${this.ts++}.000100`;
    switch (method) {
      case 'auth.test':
        return json(200, token?.startsWith('xoxb-') && !this.revokedTokens.has(token) ? { ok: true, ...BOT, team_id: this.tokenTeams.get(token) ?? this.teamId, team: 'Newsroom', user: 'onrecord' } : { ok: false, error: 'invalid_auth' });
      case 'oauth.v2.access': {
        // Slack sends the client credentials as form fields or HTTP Basic auth; either must match the app's.
        const basic = auth?.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':') : [];
        const id = args.client_id ?? basic[0];
        const secret = args.client_secret ?? basic[1];
        if (id !== this.oauthClient.id || secret !== this.oauthClient.secret) return json(200, { ok: false, error: 'invalid_client_id' });
        const grant = this.oauthGrants.get(String(args.code));
        if (!grant) return json(200, { ok: false, error: 'invalid_code' });
        this.oauthGrants.delete(String(args.code)); // a code is used once
        this.tokenTeams.set(grant.botToken, grant.teamId);
        return json(200, {
          ok: true,
          app_id: 'A0ONRECORD',
          authed_user: { id: 'U0ADMIN' },
          scope: 'commands,app_mentions:read,chat:write,im:history,usergroups:read',
          token_type: 'bot',
          access_token: grant.botToken,
          bot_user_id: BOT.user_id,
          team: { id: grant.teamId, name: grant.teamName },
          enterprise: null,
          is_enterprise_install: false,
        });
      }
      case 'apps.connections.open':
        return json(200, token?.startsWith('xapp-') && !this.revokedTokens.has(token) ? { ok: true, url: `ws://127.0.0.1:${this.port}/socket` } : { ok: false, error: 'invalid_auth' });
      case 'chat.postMessage':
      case 'chat.postEphemeral':
        if (this.channelErrors.has(String(args.channel))) return json(200, { ok: false, error: this.channelErrors.get(String(args.channel)) });
        return json(200, method === 'chat.postMessage' ? { ok: true, channel: args.channel, ts, message: { text: args.text } } : { ok: true, message_ts: ts });
      case 'reactions.add':
        return json(200, { ok: true });
      case 'usergroups.users.list': {
        const users = this.usergroups[String(args.usergroup)];
        return json(200, users ? { ok: true, users } : { ok: false, error: 'no_such_subteam' });
      }
      case 'users.info':
        return json(200, { ok: true, user: { id: args.user, is_admin: this.admins.has(String(args.user)), is_owner: false } });
      case 'views.open':
      case 'views.update': {
        const view = (typeof args.view === 'string' ? tryJson(args.view) : args.view) as Record<string, unknown>;
        return json(200, { ok: true, view: { id: String(args.view_id ?? `V${++this.views}`), ...view } });
      }
      default:
        return json(200, { ok: false, error: 'unknown_method' });
    }
  }
}

/** WebClient posts form fields, with objects (blocks) as JSON strings; this reads them back. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? tryJson(v) : v;
  }
  return out;
}

function tryJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

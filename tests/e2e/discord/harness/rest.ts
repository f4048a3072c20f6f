import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WORLD, apiUser, snowflake } from './ids.js';

/** One request the bot made, as recorded by the REST stand-in. */
export interface RestCall {
  method: string;
  /** Path after `/api/v10`, e.g. `/interactions/1/tok/callback`. */
  path: string;
  query: URLSearchParams;
  body: any;
  at: number;
}

/**
 * A local stand-in for Discord's REST API on loopback. It answers `/gateway/bot` with the local gateway's
 * URL and records interaction callbacks, follow-ups, edits, channel messages and reactions, returning
 * message objects shaped like Discord's so discord.js can build its structures from them.
 */
export class RestStandIn {
  readonly calls: RestCall[] = [];
  readonly #events = new EventEmitter();
  readonly #server: Server;
  /** Messages made by interaction responses, by interaction token (the `@original`). */
  readonly originals = new Map<string, any>();
  gatewayUrl = '';
  /** Bot tokens Discord does not accept: GET /gateway/bot answers 401, as for a reset token. */
  readonly refusedTokens = new Set<string>();

  constructor() {
    this.#server = createServer((req, res) => void this.#handle(req, res));
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    const { port } = this.#server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/api`;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** Resolves with the first recorded call (past or future) that fits `pred`. */
  waitFor(pred: (c: RestCall) => boolean, timeoutMs = 15_000, what = 'a REST call'): Promise<RestCall> {
    const seen = this.calls.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#events.off('call', on);
        reject(new Error(`timed out waiting for ${what}; calls so far: ${this.calls.map((c) => `${c.method} ${c.path}`).join(', ')}`));
      }, timeoutMs);
      const on = (c: RestCall) => {
        if (!pred(c)) return;
        clearTimeout(timer);
        this.#events.off('call', on);
        resolve(c);
      };
      this.#events.on('call', on);
    });
  }

  /** Calls whose path starts with `prefix`. */
  callsTo(prefix: string): RestCall[] {
    return this.calls.filter((c) => c.path.startsWith(prefix));
  }

  /** A message object as Discord returns it for something the bot sent. */
  message(channelId: string, body: any, extra: Record<string, unknown> = {}): any {
    return {
      id: snowflake(),
      channel_id: channelId,
      guild_id: WORLD.guildId,
      author: apiUser(WORLD.botId, 'OnRecord', true),
      content: body?.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      pinned: false,
      type: 0,
      flags: body?.flags ?? 0,
      ...extra,
    };
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    let body: any = undefined;
    if (raw && (req.headers['content-type'] ?? '').includes('json')) body = JSON.parse(raw);
    const call: RestCall = { method: req.method ?? 'GET', path, query: url.searchParams, body, at: Date.now() };
    const reply = (status: number, json?: unknown) => {
      res.writeHead(status, json === undefined ? {} : { 'content-type': 'application/json' });
      res.end(json === undefined ? undefined : JSON.stringify(json));
    };
    const m = (re: RegExp) => path.match(re);
    let r: RegExpMatchArray | null;
    if (call.method === 'GET' && path === '/gateway/bot') {
      const token = (req.headers.authorization ?? '').replace(/^Bot /, '');
      if (this.refusedTokens.has(token)) {
        reply(401, { message: '401: Unauthorized', code: 0 });
        return;
      }
      reply(200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
      return;
    }
    this.calls.push(call);
    if ((r = m(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      // Types 4 (message) and 7 (update) carry a message; keep it as the interaction's @original.
      const type = body?.type;
      if (type === 4 || type === 5) this.originals.set(r[2]!, this.message(WORLD.channelId, body?.data ?? {}, { interaction_token: r[2] }));
      reply(204);
    } else if ((r = m(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/))) {
      const original = this.originals.get(r[2]!) ?? this.message(WORLD.channelId, {});
      const edited = { ...original, ...(body ?? {}), edited_timestamp: new Date().toISOString() };
      if (call.method === 'PATCH') this.originals.set(r[2]!, edited);
      reply(200, edited);
    } else if ((r = m(/^\/webhooks\/(\d+)\/([^/]+)$/))) {
      reply(200, this.message(WORLD.channelId, body));
    } else if ((r = m(/^\/channels\/(\d+)\/messages$/)) && call.method === 'POST') {
      reply(200, this.message(r[1]!, body, body?.message_reference ? { message_reference: body.message_reference } : {}));
    } else if (m(/^\/channels\/\d+\/messages\/\d+\/reactions\/[^/]+\/@me$/) || m(/^\/channels\/\d+\/typing$/)) {
      reply(204);
    } else if (m(/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/) && call.method === 'PUT') {
      reply(200, (body as any[]).map((c) => ({ ...c, id: snowflake(), application_id: WORLD.applicationId, version: snowflake() })));
    } else {
      reply(404, { message: `stand-in has no route ${call.method} ${path}`, code: 0 });
    }
    this.#events.emit('call', call);
  }
}

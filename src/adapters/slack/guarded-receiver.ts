import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';
import { HTTPReceiver, verifySlackRequest, type App, type HTTPReceiverOptions, type Logger as BoltLogger, type Receiver } from '@slack/bolt';

/** Slack's events, commands and interactions are small; 1 MB is far above any real one. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Slack's own rule: a request more than five minutes from the server's clock, either way, is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export interface GuardedReceiverOptions {
  signingSecret: string;
  logger: BoltLogger;
  /** Path Slack posts to (Bolt's default). */
  endpoint?: string;
  maxBodyBytes?: number;
  /** The clock in milliseconds; tests pin it. */
  now?: () => number;
  /**
   * Options of Bolt's own receiver inside: custom GET routes (`/healthz`) and OAuth (install and redirect pages,
   * the installation store). Those GET pages are served by Bolt unscreened: they carry no Slack signature.
   */
  bolt?: Partial<Omit<HTTPReceiverOptions, 'signingSecret' | 'endpoints' | 'logger'>>;
}

/** Why a request was refused before Bolt saw it, as the HTTP status and a log line. */
type Refusal = { status: 400 | 401 | 404 | 413; why: string };

/**
 * Bolt's HTTPReceiver reads every POST body to the end, however large and whether signed or not, and
 * crashes the process on a signed `null` body. This receiver owns the HTTP server and screens each request
 * first, then hands it to Bolt's own request listener (which verifies it again and dispatches as usual):
 * - no signature or timestamp header: 401 before a byte of the body is read;
 * - a timestamp more than five minutes old or ahead: 401 (Bolt checks only "too old");
 * - a body over 1 MB (declared or streamed): 413, reading stops there;
 * - a bad signature: 401; a signed body that is not a JSON object (`null`, `payload=null`): 400.
 * The body read here is left on the request as `rawBody`, which Bolt uses instead of reading again.
 */
export class GuardedHttpReceiver implements Receiver {
  private readonly inner: HTTPReceiver;
  private readonly endpoint: string;
  private readonly maxBodyBytes: number;
  private readonly now: () => number;
  private readonly logger: BoltLogger;
  private readonly signingSecret: string;
  private server: http.Server | undefined;

  constructor(options: GuardedReceiverOptions) {
    this.endpoint = options.endpoint ?? '/slack/events';
    this.maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
    this.now = options.now ?? Date.now;
    this.logger = options.logger;
    this.signingSecret = options.signingSecret;
    this.inner = new HTTPReceiver({ ...options.bolt, signingSecret: options.signingSecret, endpoints: [this.endpoint], logger: options.logger });
  }

  init(app: App): void {
    this.inner.init(app);
  }

  /** The OAuth installer, when configured: Bolt's App reads it to authorise each workspace's events. */
  get installer(): HTTPReceiver['installer'] {
    return this.inner.installer;
  }

  /** Listens on `port` (0: any free port) and `host` (all interfaces when absent); resolves with the server. */
  start(port: number, host?: string): Promise<http.Server> {
    if (this.server) return Promise.reject(new Error('the Slack HTTP receiver is already started'));
    const server = http.createServer((req, res) => void this.handle(req, res));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', (err) => {
        this.server = undefined;
        reject(err);
      });
      server.listen(port, host, () => resolve(server));
    });
  }

  stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return Promise.resolve();
    return new Promise((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      // Keep-alive sockets would hold close() open until they time out.
      server.closeIdleConnections();
    });
  }

  /** The bound address (tests and the start-up log line). */
  address(): AddressInfo | null {
    return (this.server?.address() as AddressInfo | null) ?? null;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    try {
      // GET/HEAD pages (health, OAuth install and redirect) have no body and no signature: Bolt routes them.
      if ((req.method === 'GET' || req.method === 'HEAD') && (req.url ?? '/').split('?')[0] !== this.endpoint) return this.inner.requestListener(req, res);
      const refusal = this.screenHeaders(req) ?? (await this.readBody(req)) ?? this.screenBody(req);
      if (refusal) return this.refuse(req, res, refusal);
      this.inner.requestListener(req, res);
    } catch (err) {
      this.logger.error(`Slack request failed before dispatch: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) this.refuse(req, res, { status: 400, why: 'unreadable request' });
    }
  }

  /** Checks made on the headers alone, so nothing unauthenticated or oversized is ever read. */
  private screenHeaders(req: http.IncomingMessage): Refusal | undefined {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'POST' || path !== this.endpoint) return { status: 404, why: `no route for ${req.method} ${path}` };
    const signature = req.headers['x-slack-signature'];
    const stamp = req.headers['x-slack-request-timestamp'];
    if (typeof signature !== 'string' || typeof stamp !== 'string') return { status: 401, why: 'missing Slack signature headers' };
    if (!/^\d{1,12}$/.test(stamp)) return { status: 401, why: 'malformed x-slack-request-timestamp' };
    const skew = Number(stamp) - Math.floor(this.now() / 1000);
    if (Math.abs(skew) > MAX_CLOCK_SKEW_SECONDS) return { status: 401, why: `request timestamp ${skew > 0 ? 'ahead of' : 'behind'} the clock by ${Math.abs(skew)} s` };
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > this.maxBodyBytes) return { status: 413, why: `declared body of ${declared} bytes` };
    return undefined;
  }

  /** Reads the body up to the cap, leaving it as `rawBody`; stops reading at the first byte over. */
  private readBody(req: http.IncomingMessage): Promise<Refusal | undefined> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > this.maxBodyBytes) {
          req.off('data', onData);
          req.pause();
          return resolve({ status: 413, why: `body over ${this.maxBodyBytes} bytes` });
        }
        chunks.push(chunk);
      };
      req.on('data', onData);
      req.once('error', reject);
      // A client that hangs up mid-body: nothing to answer, and nothing kept.
      req.once('close', () => {
        if (!req.complete) resolve({ status: 400, why: 'client closed the connection mid-body' });
      });
      req.once('end', () => {
        (req as http.IncomingMessage & { rawBody?: Buffer }).rawBody = Buffer.concat(chunks);
        resolve(undefined);
      });
    });
  }

  /** Verifies the signature over the read body, then that the body is an object Bolt can dispatch. */
  private screenBody(req: http.IncomingMessage): Refusal | undefined {
    const raw = (req as http.IncomingMessage & { rawBody: Buffer }).rawBody.toString('utf8');
    try {
      verifySlackRequest({
        signingSecret: this.signingSecret,
        body: raw,
        headers: { 'x-slack-signature': req.headers['x-slack-signature'] as string, 'x-slack-request-timestamp': Number(req.headers['x-slack-request-timestamp']) },
        nowMilliseconds: this.now(),
      });
    } catch {
      return { status: 401, why: 'signature mismatch' };
    }
    return isDispatchable(raw, req.headers['content-type']) ? undefined : { status: 400, why: 'signed body is not a JSON object' };
  }

  private refuse(req: http.IncomingMessage, res: http.ServerResponse, r: Refusal): void {
    this.logger.warn(`Slack request refused (${r.status}): ${r.why}`);
    // An unread or partly read body: ask the client to close rather than draining it.
    const unread = !req.complete;
    res.writeHead(r.status, unread ? { connection: 'close' } : {});
    res.end();
    if (unread) res.once('finish', () => req.socket.destroySoon());
  }
}

/** True when Bolt's own parsing of this body gives an object (its dispatch dereferences it unguarded). */
export function isDispatchable(raw: string, contentType: string | undefined): boolean {
  try {
    let body: unknown;
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = parseQuery(raw);
      body = typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
    } else {
      body = JSON.parse(raw);
    }
    return typeof body === 'object' && body !== null && !Array.isArray(body);
  } catch {
    return false;
  }
}

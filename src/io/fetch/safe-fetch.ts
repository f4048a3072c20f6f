import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { OnRecordError } from '../../core/errors.js';
import { addressRefusal, hostAllowed, isIpLiteral } from './address.js';
import { decodeBody } from './decode.js';
import type { FetchPolicy, ResolvedAddress } from './policy.js';

/** A fetched document, ready for `parseDocument`. */
export interface FetchedDocument {
  /** The body decoded to text. */
  content: string;
  /** The media type, lower-cased, without parameters (`text/html`). */
  contentType: string;
  /** The URL after redirects: the article's source. */
  finalUrl: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a page under `policy`, refusing to be turned against the local network (SSRF):
 * - http and https only, no credentials in the URL;
 * - every request and redirect target is resolved here and each address checked (loopback, private,
 *   link-local/metadata, CGNAT, unique-local, IPv4-mapped... are refused unless the allow-list names them);
 * - the connection goes to the address that was checked (a pinned `lookup`), so DNS cannot change between
 *   check and connect;
 * - at most `policy.maxRedirects` redirects, followed by hand; one deadline for the whole fetch;
 * - the body is capped while streaming (after decompression) and must have an accepted content type.
 * Throws `OnRecordError` FETCH_REFUSED (the policy says no) or FETCH_FAILED (the remote end or the network).
 */
export async function safeFetch(url: string, policy: FetchPolicy, signal?: AbortSignal): Promise<FetchedDocument> {
  const name = url.length > 200 ? `${url.slice(0, 200)}...` : url;
  let current = parseTarget(url, name);
  const deadline = startDeadline(policy.timeoutMs, signal);
  try {
    for (let redirects = 0; ; redirects++) {
      const pinned = await checkTarget(current, policy, deadline.signal, name, redirects > 0);
      const res = await request(current, pinned, policy, deadline.signal);
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        res.destroy();
        const location = res.headers.location;
        if (!location) throw new OnRecordError('FETCH_FAILED', `${name}: HTTP ${status} redirect without a Location`);
        if (redirects >= policy.maxRedirects) {
          throw new OnRecordError('FETCH_REFUSED', `${name}: more than ${policy.maxRedirects} redirects`);
        }
        current = parseTarget(resolveLocation(location, current, name), name, true);
        continue;
      }
      if (status < 200 || status > 299) {
        res.destroy();
        throw new OnRecordError('FETCH_FAILED', `${name}: HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`);
      }
      const header = res.headers['content-type'] ?? '';
      const mediaType = header.split(';')[0]?.trim().toLowerCase() ?? '';
      if (!policy.contentTypes.includes(mediaType)) {
        res.destroy();
        const what = mediaType ? `content type ${mediaType}` : 'no content type';
        throw new OnRecordError('FETCH_REFUSED', `${name}: ${what} is not one of ${policy.contentTypes.join(', ')}`);
      }
      const bytes = await readCapped(res, policy.maxBytes, name);
      return { content: decodeBody(bytes, header), contentType: mediaType, finalUrl: current.href };
    }
  } catch (err) {
    throw asFetchError(err, name, deadline, policy.timeoutMs);
  } finally {
    deadline.dispose();
  }
}

/** Parses and vets a URL: http(s) only, no user:password. */
function parseTarget(raw: string, name: string, redirect = false): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new OnRecordError('FETCH_REFUSED', `${name}: not a valid URL`);
  }
  const where = redirect ? `redirect to ${u.href}` : 'URL';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new OnRecordError('FETCH_REFUSED', `${name}: ${where} uses ${u.protocol.replace(/:$/, '')}, only http and https are fetched`);
  }
  if (u.username || u.password) throw new OnRecordError('FETCH_REFUSED', `${name}: ${where} carries credentials`);
  return u;
}

function resolveLocation(location: string, base: URL, name: string): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new OnRecordError('FETCH_FAILED', `${name}: redirect to an invalid URL`);
  }
}

/** Resolves the host and checks every address; returns the one to connect to. */
async function checkTarget(u: URL, policy: FetchPolicy, signal: AbortSignal, name: string, redirected: boolean): Promise<ResolvedAddress> {
  const host = bareHost(u);
  const hop = redirected ? ` (redirect to ${u.href})` : '';
  let addresses: ResolvedAddress[];
  if (isIpLiteral(host)) {
    addresses = [{ address: host, family: host.includes(':') ? 6 : 4 }];
  } else {
    try {
      addresses = await abortable(policy.resolve(host), signal);
    } catch (err) {
      if (signal.aborted) throw err;
      throw new OnRecordError('FETCH_FAILED', `${name}${hop}: cannot resolve ${host}`, { cause: err });
    }
    if (addresses.length === 0) throw new OnRecordError('FETCH_FAILED', `${name}${hop}: ${host} has no address`);
  }
  if (hostAllowed(policy.allow, host)) return addresses[0] as ResolvedAddress;
  // Every address must pass: a name that resolves to one public and one private address is refused.
  for (const a of addresses) {
    const why = addressRefusal(a.address, policy.allow);
    if (why) {
      const shown = a.address === host ? `${host} is ${why}` : `${host} resolves to ${a.address}, ${why}`;
      throw new OnRecordError('FETCH_REFUSED', `${name}${hop}: refused: ${shown}`);
    }
  }
  return addresses[0] as ResolvedAddress;
}

function bareHost(u: URL): string {
  return u.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

/** One GET to the pinned address; resolves with the response head. */
function request(u: URL, pinned: ResolvedAddress, policy: FetchPolicy, signal: AbortSignal): Promise<http.IncomingMessage> {
  const lib = u.protocol === 'https:' ? https : http;
  // Whatever name the socket layer asks about, it gets the address that was checked.
  const lookup = ((_host: string, opts: { all?: boolean }, cb: (...args: unknown[]) => void) => {
    if (opts?.all) cb(null, [{ address: pinned.address, family: pinned.family }]);
    else cb(null, pinned.address, pinned.family);
  }) as unknown as LookupFunction;
  return new Promise((resolve, reject) => {
    const req = lib.request({
      protocol: u.protocol,
      hostname: bareHost(u),
      port: u.port || undefined,
      path: `${u.pathname}${u.search}`,
      method: 'GET',
      agent: false, // no pooled socket that was connected for another check
      lookup,
      signal,
      headers: {
        'user-agent': policy.userAgent,
        accept: `${policy.contentTypes.join(', ')};q=1.0, */*;q=0.1`,
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    req.once('response', resolve);
    req.once('error', reject);
    req.end();
  });
}

/** Reads the body, decompressing when asked, and stops as soon as it passes `max` bytes. */
async function readCapped(res: http.IncomingMessage, max: number, name: string): Promise<Uint8Array> {
  const tooLarge = (): OnRecordError => new OnRecordError('FETCH_REFUSED', `${name}: larger than the ${formatBytes(max)} limit`);
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) {
    res.destroy();
    throw tooLarge();
  }
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  let stream: Readable = res;
  if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate' || encoding === 'br') {
    const z = encoding === 'br' ? zlib.createBrotliDecompress() : encoding === 'deflate' ? zlib.createInflate() : zlib.createGunzip();
    res.on('error', (e) => z.destroy(e));
    res.on('aborted', () => z.destroy(new Error('connection closed mid-body')));
    stream = res.pipe(z);
  } else if (encoding && encoding !== 'identity') {
    res.destroy();
    throw new OnRecordError('FETCH_FAILED', `${name}: unsupported content encoding ${encoding}`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const b = chunk as Buffer;
      total += b.length;
      if (total > max) throw tooLarge();
      chunks.push(b);
    }
  } finally {
    if (total > max || !res.complete) {
      res.destroy();
      stream.destroy();
    }
  }
  if (!res.complete) throw new OnRecordError('FETCH_FAILED', `${name}: connection closed before the end of the body`);
  return Buffer.concat(chunks, total);
}

interface Deadline {
  signal: AbortSignal;
  timedOut(): boolean;
  dispose(): void;
}

/** One AbortSignal for the caller's signal and the policy's deadline. */
function startDeadline(ms: number, outer?: AbortSignal): Deadline {
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort(new Error('timeout'));
  }, ms);
  const onAbort = (): void => ctrl.abort(outer?.reason);
  if (outer?.aborted) ctrl.abort(outer.reason);
  else outer?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: ctrl.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}

function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function asFetchError(err: unknown, name: string, deadline: Deadline, timeoutMs: number): OnRecordError {
  if (deadline.timedOut()) return new OnRecordError('FETCH_FAILED', `${name}: timed out after ${timeoutMs / 1000} s`, { cause: err });
  if (err instanceof OnRecordError) return err;
  if (deadline.signal.aborted) return new OnRecordError('FETCH_FAILED', `${name}: fetch cancelled`, { cause: err });
  const code = (err as { code?: string }).code;
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    Z_DATA_ERROR: 'corrupt compressed body',
    ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host',
    CERT_HAS_EXPIRED: 'TLS certificate expired',
  };
  const why = (code && words[code]) ?? (err instanceof Error ? err.message : String(err));
  return new OnRecordError('FETCH_FAILED', `${name}: ${why}`, { cause: err });
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

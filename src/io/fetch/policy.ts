import { lookup } from 'node:dns/promises';
import { OnRecordError } from '../../core/errors.js';
import { parseAllowList, type AllowList } from './address.js';

/** One resolved address of a host name. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses (a port, so tests can stand in for DNS). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Content types of web pages OnRecord ingests. */
export const PAGE_CONTENT_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown'];
/** Content types feeds are served with (many servers still say text/html or text/plain for RSS). */
export const FEED_CONTENT_TYPES: readonly string[] = [
  'application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml', 'application/feed+xml',
  'text/html', 'text/plain',
];

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
/** The hard ceiling on redirects; configuration may lower it, never raise it. */
export const MAX_REDIRECTS = 5;

/** What a fetch may do; every field has a safe default. */
export interface FetchPolicyOptions {
  /** Hosts (`news.internal`, `*.corp.example`), addresses or CIDR ranges allowed despite being private/loopback. */
  allow?: readonly string[];
  /** Largest response body, in bytes after decompression (default 5 MB). */
  maxBytes?: number;
  /** Deadline for the whole fetch, redirects and body included (default 15 s). */
  timeoutMs?: number;
  /** Redirects followed before giving up, 0..5 (default 5). */
  maxRedirects?: number;
  /** Accepted media types (default: HTML and text). */
  contentTypes?: readonly string[];
  userAgent?: string;
  /** DNS look-up (default: the system resolver, every address). */
  resolve?: Resolver;
}

/** A validated, frozen fetch policy: build it once with `createFetchPolicy` and pass it to `safeFetch`. */
export interface FetchPolicy {
  readonly allow: AllowList;
  readonly maxBytes: number;
  readonly timeoutMs: number;
  readonly maxRedirects: number;
  readonly contentTypes: readonly string[];
  readonly userAgent: string;
  readonly resolve: Resolver;
}

const systemResolver: Resolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/**
 * Merges options with the defaults once and validates them; throws `CONFIG_INVALID` with one clear line
 * for a bad allow-list entry or limit.
 */
export function createFetchPolicy(options: FetchPolicyOptions = {}): FetchPolicy {
  let allow: AllowList;
  try {
    allow = parseAllowList(options.allow ?? []);
  } catch (err) {
    throw new OnRecordError('CONFIG_INVALID', `fetch allow-list: ${(err as Error).message}`, { cause: err });
  }
  const maxBytes = positiveInt(options.maxBytes, DEFAULT_MAX_BYTES, 'maxBytes');
  const timeoutMs = positiveInt(options.timeoutMs, DEFAULT_TIMEOUT_MS, 'timeoutMs');
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  if (!Number.isInteger(maxRedirects) || maxRedirects < 0 || maxRedirects > MAX_REDIRECTS) {
    throw new OnRecordError('CONFIG_INVALID', `fetch policy: maxRedirects must be an integer from 0 to ${MAX_REDIRECTS}`);
  }
  const contentTypes = (options.contentTypes ?? PAGE_CONTENT_TYPES).map((t) => t.trim().toLowerCase());
  if (contentTypes.length === 0 || contentTypes.some((t) => !/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(t))) {
    throw new OnRecordError('CONFIG_INVALID', 'fetch policy: contentTypes must be media types such as text/html');
  }
  return Object.freeze({
    allow,
    maxBytes,
    timeoutMs,
    maxRedirects,
    contentTypes: Object.freeze(contentTypes),
    userAgent: options.userAgent ?? 'OnRecord/0.1 (newsroom quote index)',
    resolve: options.resolve ?? systemResolver,
  });
}

function positiveInt(v: number | undefined, fallback: number, name: string): number {
  if (v === undefined) return fallback;
  if (!Number.isInteger(v) || v <= 0) throw new OnRecordError('CONFIG_INVALID', `fetch policy: ${name} must be a positive integer`);
  return v;
}

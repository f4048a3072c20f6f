import path from 'node:path';
import { z } from 'zod';
import { OnRecordError } from '../core/errors.js';
import { parseAllowList } from '../io/fetch/address.js';
import { parseSection, type Env } from './index.js';

/** One feed the worker polls, and the collection its items are written to. */
export interface FeedConfig {
  url: string;
  collection: string;
}

/** Ingestion settings: the fetch policy's limits and the feeds the worker polls. */
export interface IngestConfig {
  feeds: FeedConfig[];
  /** Time between two polls of all feeds. */
  pollIntervalMs: number;
  /** JSON file remembering which feed items were ingested. */
  stateFile: string;
  fetch: {
    /** Hosts, addresses or CIDR ranges allowed despite being private (empty: none). */
    allow: string[];
    maxBytes: number;
    timeoutMs: number;
  };
}

const collectionName = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/i, 'collection names use letters, digits, - and _');
const httpUrl = z
  .string()
  .trim()
  .url('must be a URL')
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http or https URL');

/** "90", "90s", "15m", "2h", "500ms" -> milliseconds; a bare number is seconds. */
const duration = (what: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(v);
      const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m?.[2] ?? 's').toLowerCase() as 'ms'];
      const ms = m ? Math.round(Number(m[1]) * unit) : NaN;
      if (!Number.isFinite(ms) || ms < min || ms > max) {
        ctx.addIssue({ code: 'custom', message: `${what} must be a duration such as 30s, 15m or 1h, between ${min / 1000} s and ${max / 3_600_000} h` });
        return z.NEVER;
      }
      return ms;
    });

/** "5MB", "512KB", "1048576" -> bytes. */
const byteSize = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb)?$/i.exec(v);
    const unit = { b: 1, kb: 1024, mb: 1024 * 1024 }[(m?.[2] ?? 'b').toLowerCase() as 'b'];
    const n = m ? Math.floor(Number(m[1]) * unit) : NaN;
    if (!Number.isFinite(n) || n < 1024 || n > 100 * 1024 * 1024) {
      ctx.addIssue({ code: 'custom', message: 'must be a size such as 5MB or 512KB, from 1KB to 100MB' });
      return z.NEVER;
    }
    return n;
  });

const envSchema = z.object({
  DATA_DIR: z.string().min(1).default('data'),
  DEFAULT_COLLECTION: collectionName.default('default'),
  /** Feeds: a JSON array of URLs or {"url","collection"} objects, or URLs separated by commas/whitespace. */
  ONRECORD_FEEDS: z.string().optional(),
  ONRECORD_FEED_INTERVAL: duration('ONRECORD_FEED_INTERVAL', 10_000, 24 * 3_600_000).default(15 * 60_000),
  ONRECORD_FEED_STATE: z.string().min(1).optional(),
  /** Allow-list for fetching private addresses: hosts, addresses, CIDR ranges, separated by commas/whitespace. */
  ONRECORD_FETCH_ALLOW: z.string().optional(),
  ONRECORD_FETCH_MAX_BYTES: byteSize.default(5 * 1024 * 1024),
  ONRECORD_FETCH_TIMEOUT: duration('ONRECORD_FETCH_TIMEOUT', 100, 300_000).default(15_000),
});

const feedEntry = z.union([httpUrl, z.object({ url: httpUrl, collection: collectionName.optional() }).strict()]);

/**
 * Parses the ingestion section of the environment. Every problem becomes one `CONFIG_INVALID` line naming
 * the variable (and, for feeds, the entry).
 */
export function parseIngestConfig(env: Env): IngestConfig {
  const e = parseSection(envSchema, env, 'ingest');
  const allow = splitList(e.ONRECORD_FETCH_ALLOW);
  try {
    parseAllowList(allow);
  } catch (err) {
    throw new OnRecordError('CONFIG_INVALID', `ONRECORD_FETCH_ALLOW: ${(err as Error).message}`, { cause: err });
  }
  return {
    feeds: parseFeeds(e.ONRECORD_FEEDS, e.DEFAULT_COLLECTION),
    pollIntervalMs: e.ONRECORD_FEED_INTERVAL,
    stateFile: e.ONRECORD_FEED_STATE ?? path.join(e.DATA_DIR, 'feeds-state.json'),
    fetch: { allow, maxBytes: e.ONRECORD_FETCH_MAX_BYTES, timeoutMs: e.ONRECORD_FETCH_TIMEOUT },
  };
}

function parseFeeds(raw: string | undefined, defaultCollection: string): FeedConfig[] {
  const text = raw?.trim();
  if (!text) return [];
  let entries: unknown[];
  if (text.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new OnRecordError('CONFIG_INVALID', 'ONRECORD_FEEDS: not valid JSON', { cause: err });
    }
    if (!Array.isArray(json)) throw new OnRecordError('CONFIG_INVALID', 'ONRECORD_FEEDS: expected a JSON array');
    entries = json;
  } else {
    entries = splitList(text);
  }
  const feeds: FeedConfig[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const r = feedEntry.safeParse(entry);
    if (!r.success) {
      const issue = r.error.issues[0];
      const where = [i, ...(issue?.path ?? [])].join('.');
      throw new OnRecordError('CONFIG_INVALID', `ONRECORD_FEEDS.${where}: ${issue?.message ?? 'invalid entry'}`);
    }
    const feed = typeof r.data === 'string' ? { url: r.data, collection: defaultCollection } : { url: r.data.url, collection: r.data.collection ?? defaultCollection };
    const key = `${feed.url} ${feed.collection}`;
    if (!seen.has(key)) feeds.push(feed);
    seen.add(key);
  });
  return feeds;
}

function splitList(v: string | undefined): string[] {
  return (v ?? '').split(/[\s,]+/).filter(Boolean);
}

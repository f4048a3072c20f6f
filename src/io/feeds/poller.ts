import { describeError, isOnRecordError } from '../../core/errors.js';
import { parseFeed, type FeedItem } from './parse.js';
import type { FeedState } from './state.js';

/** A feed to poll and the collection its items go to. */
export interface FeedSource {
  url: string;
  collection: string;
}

/** Where log lines go (pino's `info/warn/error(obj, msg)` fits). */
export interface PollLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface PollerDeps {
  feeds: readonly FeedSource[];
  /** Fetches a feed document (the SSRF-safe fetch with a feed policy). */
  fetchFeed(url: string, signal?: AbortSignal): Promise<{ content: string; finalUrl: string }>;
  /** Fetches and ingests one item (the worker calls `core.ingestUrl(item.url, { collection })`). */
  ingest(item: FeedItem, feed: FeedSource, signal?: AbortSignal): Promise<{ status: string; quotes?: number; title?: string }>;
  state: FeedState;
  logger: PollLogger;
  /** Attempts at an item whose fetch fails transiently before it is given up on (default 3). */
  maxAttempts?: number;
  now?: () => Date;
}

/** What one poll did, for logs and tests. */
export interface PollSummary {
  feeds: number;
  /** Feeds that were down or malformed this time (skipped, retried next poll). */
  feedsFailed: number;
  ingested: number;
  /** Items that failed this time (retried later when the failure looked transient). */
  itemsFailed: number;
  /** Items given up on for good (not an article, refused by the fetch policy, or out of attempts). */
  itemsAbandoned: number;
}

/** Failures that will not change on a retry: the page is not an article or the policy refuses it. */
const PERMANENT = new Set(['BAD_ARTICLE', 'BAD_INPUT', 'FETCH_REFUSED']);

/**
 * Polls every feed once: fetches and parses it, then ingests each item not seen before, oldest first, saving
 * the seen-state after every item (a kill mid-poll re-ingests nothing that finished). A feed that is down or
 * malformed is logged and skipped; one bad item never stops the others. Stops between items when `signal`
 * aborts. Throws only when the state file cannot be written (continuing would ingest items twice).
 */
export async function pollFeeds(deps: PollerDeps, signal?: AbortSignal): Promise<PollSummary> {
  const now = deps.now ?? (() => new Date());
  const maxAttempts = deps.maxAttempts ?? 3;
  const summary: PollSummary = { feeds: deps.feeds.length, feedsFailed: 0, ingested: 0, itemsFailed: 0, itemsAbandoned: 0 };
  for (const feed of deps.feeds) {
    if (signal?.aborted) break;
    const key = feedKey(feed);
    let items: FeedItem[];
    try {
      const doc = await deps.fetchFeed(feed.url, signal);
      items = parseFeed(doc.content, doc.finalUrl);
    } catch (err) {
      summary.feedsFailed++;
      deps.logger.warn({ feed: feed.url, error: describeError(err) }, 'feed skipped');
      continue;
    }
    const fresh = oldestFirst(items.filter((i) => !deps.state.has(key, i.id)));
    if (fresh.length > 0) deps.logger.info({ feed: feed.url, items: items.length, new: fresh.length }, 'feed polled');
    for (const item of fresh) {
      if (signal?.aborted) break;
      try {
        const r = await deps.ingest(item, feed, signal);
        deps.state.settle(key, item.id, now());
        summary.ingested++;
        deps.logger.info({ feed: feed.url, url: item.url, status: r.status, quotes: r.quotes, title: r.title }, 'item ingested');
      } catch (err) {
        if (signal?.aborted) break;
        const code = isOnRecordError(err) ? err.code : undefined;
        const attempts = deps.state.recordAttempt(key, item.id);
        const giveUp = (code !== undefined && PERMANENT.has(code)) || attempts >= maxAttempts;
        if (giveUp) {
          deps.state.settle(key, item.id, now());
          summary.itemsAbandoned++;
        } else summary.itemsFailed++;
        deps.logger.warn({ feed: feed.url, url: item.url, error: describeError(err), attempts, gaveUp: giveUp }, 'item not ingested');
      }
      await deps.state.save();
    }
    deps.state.prune(key, new Set(items.map((i) => i.id)));
  }
  await deps.state.save();
  return summary;
}

/** Items of one feed are tracked per collection: the same feed may feed two desks. */
export function feedKey(feed: FeedSource): string {
  return `${feed.collection} ${feed.url}`;
}

/** Oldest first, so an index built from a feed reads in publication order; undated items keep feed order. */
function oldestFirst(items: FeedItem[]): FeedItem[] {
  if (items.some((i) => !i.published)) return [...items].reverse();
  return [...items].sort((a, b) => Date.parse(a.published ?? '') - Date.parse(b.published ?? ''));
}

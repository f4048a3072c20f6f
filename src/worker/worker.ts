import type { IngestConfig } from '../config/ingest.js';
import type { OnRecord } from '../core/api.js';
import { FeedState, pollFeeds, type PollLogger, type PollSummary } from '../io/feeds/index.js';
import { createFetchPolicy, FEED_CONTENT_TYPES, safeFetch, type Resolver } from '../io/fetch/index.js';
import { runWorkerLoop } from './loop.js';

export interface FeedWorkerOptions {
  /** The core items are ingested into (its `fetchPage` must be configured: items go through `ingestUrl`). */
  core: Pick<OnRecord, 'ingestUrl'>;
  config: Pick<IngestConfig, 'feeds' | 'pollIntervalMs' | 'stateFile' | 'fetch'>;
  logger: PollLogger;
  /** DNS stand-in for tests; the system resolver otherwise. */
  resolve?: Resolver;
}

/** The feed worker: polls the configured feeds and ingests each new item once. */
export interface FeedWorker {
  /** One poll of every feed. */
  pollOnce(signal?: AbortSignal): Promise<PollSummary>;
  /** Polls on the configured schedule until `signal` aborts (or once). Returns the number of polls. */
  run(signal: AbortSignal, options?: { once?: boolean }): Promise<number>;
}

/**
 * Builds the worker: feeds are fetched under the same SSRF policy as pages (same allow-list and limits) but
 * accept feed content types; the seen-items state is loaded from `config.stateFile` on first use.
 */
export function createFeedWorker(options: FeedWorkerOptions): FeedWorker {
  const { core, config, logger } = options;
  const feedPolicy = createFetchPolicy({
    allow: config.fetch.allow,
    maxBytes: config.fetch.maxBytes,
    timeoutMs: config.fetch.timeoutMs,
    contentTypes: FEED_CONTENT_TYPES,
    ...(options.resolve ? { resolve: options.resolve } : {}),
  });
  let state: Promise<FeedState> | undefined;
  const pollOnce = async (signal?: AbortSignal): Promise<PollSummary> => {
    // A failed load is not cached: the next poll tries again (a folder made writable meanwhile, say).
    state ??= FeedState.open(config.stateFile, logger).catch((err: unknown) => {
      state = undefined;
      throw err;
    });
    return pollFeeds(
      {
        feeds: config.feeds,
        fetchFeed: (url, s) => safeFetch(url, feedPolicy, s),
        ingest: (item, feed, s) =>
          core.ingestUrl(item.url, {
            collection: feed.collection,
            // The feed's title and date fill in for a page that does not state its own.
            meta: { ...(item.title ? { title: item.title } : {}), ...(item.published ? { published: item.published } : {}) },
            ...(s ? { signal: s } : {}),
          }),
        state: await state,
        logger,
      },
      signal,
    );
  };
  return {
    pollOnce,
    run: (signal, runOptions) => runWorkerLoop({ poll: pollOnce, intervalMs: config.pollIntervalMs, signal, logger, once: runOptions?.once ?? false }),
  };
}

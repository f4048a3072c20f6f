import path from 'node:path';
import type { CoreConfig, Env } from './config/index.js';
import { parseIngestConfig } from './config/ingest.js';
import type { OnRecord } from './core/api.js';
import { createFetchPolicy, safeFetch } from './io/fetch/index.js';
import { createOnRecord, type PageFetcher, type UrlPreparer } from './core/index.js';
import { createDocumentThreads } from './ingest-worker/documents.js';
import { createThreadedPreparer } from './ingest-worker/runner.js';
import type { QuoteStore } from './core/store/port.js';
import { syncArticleFolder } from './seed.js';
import { SqliteQuoteStore } from './core/store/sqlite/store.js';

/** What a process needs to open the core: where the index lives and how to reach the web. */
export interface OpenOptions {
  /** Folder of the embedded SQLite index. */
  dataDir: string;
  /** When set, the shared PostgreSQL store is used instead of SQLite. */
  databaseUrl?: string;
  /** PostgreSQL schema and pool size (defaults: "onrecord", 10). */
  databaseSchema?: string;
  databasePoolSize?: number;
  /** Environment for the fetch policy (allow-list, size cap, timeout); ignored when `fetchPage` is given. */
  env?: Env;
  fetchPage?: PageFetcher;
  /**
   * Where URL ingests fetch, parse and extract: `thread` (long-running processes: the bots and the feed
   * worker) runs each in a worker thread with a hard deadline, so a hostile page cannot freeze the event
   * loop; `here` (the default, the one-shot CLI) runs them in this thread. Needs `env`.
   */
  urlIngest?: 'thread' | 'here';
  refreshMs?: number;
  /**
   * For long-running processes: bring the embedded index up to date with `dataDir/articles` (SQLite only; a
   * shared store is fed by ingests) and load the in-memory registry before the first question.
   */
  prepare?: boolean;
  /** Where `prepare` reports skipped articles. */
  warn?: (line: string) => void;
  /** Answers mark a quote "attribution uncertain" below this confidence (core default 0.6). */
  uncertainBelow?: number;
  /**
   * Worker threads that extract the documents of a bulk ingest while this thread writes (the CLI's `ingest` of
   * many files); none (the default) extracts in this thread.
   */
  documentThreads?: number;
}

/** The SSRF-safe page fetcher configured from the environment (ONRECORD_FETCH_*). */
export function createPageFetcher(env: Env): PageFetcher {
  const cfg = parseIngestConfig(env);
  const policy = createFetchPolicy({ allow: cfg.fetch.allow, maxBytes: cfg.fetch.maxBytes, timeoutMs: cfg.fetch.timeoutMs });
  return (url, signal) => safeFetch(url, policy, signal);
}

/** URL ingests in worker threads, with the fetch policy configured from the environment (ONRECORD_FETCH_*). */
export function createUrlPreparer(env: Env): UrlPreparer {
  const cfg = parseIngestConfig(env);
  return createThreadedPreparer({ fetch: { allow: cfg.fetch.allow, maxBytes: cfg.fetch.maxBytes, timeoutMs: cfg.fetch.timeoutMs } }).prepare;
}

/** Opens the configured store and runs its migrations. */
export async function openStore(options: OpenOptions): Promise<QuoteStore> {
  let store: QuoteStore;
  if (options.databaseUrl) {
    // Loaded only when configured, so SQLite deployments never load the pg driver.
    const { PostgresQuoteStore } = await import('./core/store/postgres/store.js');
    store = new PostgresQuoteStore({
      connectionString: options.databaseUrl,
      ...(options.databaseSchema ? { schema: options.databaseSchema } : {}),
      ...(options.databasePoolSize ? { poolSize: options.databasePoolSize } : {}),
    });
  } else {
    store = new SqliteQuoteStore({ dir: path.resolve(options.dataDir) });
  }
  await store.init();
  return store;
}

/** Store options from the core configuration: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR. */
export function storeOptions(config: CoreConfig, dataDir = config.DATA_DIR): Pick<OpenOptions, 'dataDir' | 'databaseUrl' | 'databaseSchema' | 'databasePoolSize'> {
  return {
    dataDir,
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL, databaseSchema: config.DATABASE_SCHEMA, databasePoolSize: config.DATABASE_POOL_SIZE } : {}),
  };
}

/** How answers are shown, from the core configuration. */
export function answerOptions(config: CoreConfig): Pick<OpenOptions, 'uncertainBelow'> {
  return { uncertainBelow: config.ATTRIBUTION_UNCERTAIN_BELOW };
}

/** Composition root shared by every process: config -> store -> core. */
export async function openOnRecord(options: OpenOptions): Promise<{ core: OnRecord; store: QuoteStore }> {
  const fetchPage = options.fetchPage ?? (options.env ? createPageFetcher(options.env) : undefined);
  const prepareUrl = options.urlIngest === 'thread' && options.env && !options.fetchPage ? createUrlPreparer(options.env) : undefined;
  const store = await openStore(options);
  const threads = options.documentThreads ? createDocumentThreads({ threads: options.documentThreads }) : undefined;
  const opened = createOnRecord({
    store,
    ...(fetchPage ? { fetchPage } : {}),
    ...(prepareUrl ? { prepareUrl } : {}),
    ...(threads ? { prepareDocuments: threads.prepare } : {}),
    ...(options.refreshMs ? { refreshMs: options.refreshMs } : {}),
    ...(options.uncertainBelow !== undefined ? { uncertainBelow: options.uncertainBelow } : {}),
  });
  // Closing the core ends its threads too.
  const core: OnRecord = threads ? { ...opened, close: () => threads.close().then(() => opened.close()) } : opened;
  if (options.prepare) {
    if (!options.databaseUrl) await syncArticleFolder(core, store, path.resolve(options.dataDir), options.warn);
    await core.warm();
  }
  return { core, store };
}

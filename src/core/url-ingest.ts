import { parseDocument } from './articles/load.js';
import type { ArticleMeta } from './articles/model.js';
import { OnRecordError } from './errors.js';
import type { Extractor } from './extraction/model.js';
import { prepareArticle, type PreparedArticle } from './ingest.js';

/** Fetches a URL for `ingestUrl` (the SSRF-safe fetcher); injected so the core does no network by itself. */
export type PageFetcher = (url: string, signal?: AbortSignal) => Promise<{ content: string; contentType?: string; finalUrl: string }>;

/** One URL to turn into an article: plain data, so it can cross to another thread. */
export interface UrlJob {
  url: string;
  collection: string;
  meta?: ArticleMeta;
  /** The ingest's clock reading (ISO 8601), so a job run elsewhere dates its records like one run here. */
  now: string;
}

/**
 * Where the slow, synchronous part of a URL ingest runs: fetch, parse and extract, up to records ready to
 * write. The default runs it in the calling thread; the bots inject one that runs it in a worker thread
 * (`src/ingest-worker/`), so a hostile page cannot freeze them and a deadline can really stop it. The store
 * write stays with the core, in the caller's thread: one writer, atomic as before.
 */
export type UrlPreparer = (job: UrlJob, signal?: AbortSignal) => Promise<PreparedArticle>;

/** Fetch, parse and extract in this thread: the work a `UrlPreparer` does, wherever it runs it. */
export async function prepareUrl(job: UrlJob, deps: { fetchPage?: PageFetcher; extract: Extractor }, signal?: AbortSignal): Promise<PreparedArticle> {
  if (!deps.fetchPage) throw new OnRecordError('FETCH_REFUSED', 'fetching web pages is not configured');
  const page = await deps.fetchPage(job.url, signal);
  signal?.throwIfAborted();
  const article = parseDocument({ content: page.content, source: page.finalUrl, ...(page.contentType ? { contentType: page.contentType } : {}), ...(job.meta ? { meta: job.meta } : {}) });
  if (!article.meta.url) article.meta.url = page.finalUrl;
  signal?.throwIfAborted();
  return prepareArticle(article, job.collection, { extract: deps.extract, now: () => new Date(job.now) });
}

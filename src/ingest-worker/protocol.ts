import type { FetchPolicyOptions } from '../io/fetch/index.js';
import type { PreparedArticle, UrlJob } from '../core/index.js';

/** What a thread is started with: the fetch policy's settings (the policy itself is rebuilt there). */
export interface ThreadData {
  fetch: Pick<FetchPolicyOptions, 'allow' | 'maxBytes' | 'timeoutMs'>;
}

/** The one message the main thread sends: a job. */
export type JobMessage = { job: UrlJob };

/** The one message a thread sends back: the prepared article, or the error, reduced to plain data. */
export type ResultMessage = { ok: true; prepared: PreparedArticle } | { ok: false; error: { name: string; message: string; code?: string } };

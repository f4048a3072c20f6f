import { parentPort, workerData } from 'node:worker_threads';
import { extractQuotes } from '../core/extraction/index.js';
import { createFetchPolicy, safeFetch } from '../io/fetch/index.js';
import { prepareUrl } from '../core/index.js';
import { postable } from './thread-errors.js';
import type { JobMessage, ResultMessage, ThreadData } from './protocol.js';

/**
 * A worker thread's body: for each job, fetch, parse and extract the URL and post the prepared article back;
 * one job at a time (the runner sends the next only after the answer). The main thread terminates it at a
 * deadline; nothing here needs to cooperate for that.
 */
const data = workerData as ThreadData;
const policy = createFetchPolicy(data.fetch);
const port = parentPort;
if (!port) throw new Error('the ingest thread runs only as a worker thread');

port.on('message', (msg: JobMessage) => {
  prepareUrl(msg.job, { fetchPage: (url, signal) => safeFetch(url, policy, signal), extract: extractQuotes })
    .then((prepared): ResultMessage => ({ ok: true, prepared }))
    .catch((err: unknown): ResultMessage => ({ ok: false, error: postable(err) }))
    .then((result) => port.postMessage(result));
});

import { parentPort } from 'node:worker_threads';
import { extractQuotes } from '../core/extraction/index.js';
import { prepareDocuments } from '../core/index.js';
import type { DocumentJob, DocumentResults } from './documents-protocol.js';
import { postable } from './thread-errors.js';

/**
 * A bulk-ingest thread's body: parses, extracts and builds the records of each batch of documents it is sent
 * and posts them back. One batch at a time; a failing document fails alone.
 */
const port = parentPort;
if (!port) throw new Error('the document thread runs only as a worker thread');

port.on('message', (job: DocumentJob) => {
  const now = new Date(job.now);
  const outcomes = prepareDocuments(job.inputs, job.collection, { extract: extractQuotes, now: () => now });
  const results: DocumentResults = { id: job.id, outcomes: outcomes.map((o) => (o.ok ? o : { ok: false, error: postable(o.error) })) };
  port.postMessage(results);
});

// A stand-in bulk-ingest thread for tests: dies on any batch holding a document that says CRASH, and answers
// every other document with an error naming it (so a test sees which thread answered what).
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (job) => {
  if (job.inputs.some((i) => i.content.includes('CRASH'))) process.exit(3);
  parentPort.postMessage({ id: job.id, outcomes: job.inputs.map((i) => ({ ok: false, error: { name: 'Error', message: `seen ${i.source}` } })) });
});

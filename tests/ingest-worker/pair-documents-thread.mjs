// A stand-in bulk-ingest thread for tests: answers nothing until it holds two slices, then both (each document
// with an error naming it and how many slices the thread held). A thread sent its next slice only after answering
// the one before would wait forever.
import { parentPort } from 'node:worker_threads';

const held = [];
parentPort.on('message', (job) => {
  held.push(job);
  if (held.length < 2) return;
  for (const j of held.splice(0)) {
    parentPort.postMessage({ id: j.id, outcomes: j.inputs.map((i) => ({ ok: false, error: { name: 'Error', message: `${i.source} with 2 slices held` } })) });
  }
});

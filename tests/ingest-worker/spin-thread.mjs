// A stand-in ingest thread whose page never finishes processing: it takes the job, then loops forever
// without yielding (what a catastrophically slow parse looks like from outside). Only terminate() ends it.
import { parentPort } from 'node:worker_threads';

parentPort.once('message', () => {
  for (;;) {
    // spin
  }
});

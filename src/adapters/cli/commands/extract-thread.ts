import { workerData } from 'node:worker_threads';
import { extractFile } from './extract-file.js';
import type { ExtractThreadData, ExtractThreadResult } from './extract-thread-protocol.js';

/** The second thread of `extract`: claims the next file from the shared counter until none is left. */
const { files, claim, port } = workerData as ExtractThreadData;
const counter = new Int32Array(claim);
for (let at = Atomics.add(counter, 0, 1); at < files.length; at = Atomics.add(counter, 0, 1)) {
  port.postMessage({ at, result: extractFile(files[at]!) } satisfies ExtractThreadResult);
}
port.close();

// An extract thread that claims a file and dies before answering: the main thread must do that file itself.
import { workerData } from 'node:worker_threads';

Atomics.add(new Int32Array((workerData as { claim: SharedArrayBuffer }).claim), 0, 1);
throw new Error('the extract thread died');

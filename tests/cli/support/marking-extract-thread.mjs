// A stand-in extract thread (plain JavaScript, so it starts at once): answers each file it claims with a marked
// line, so a test sees which files the thread did and whether the main thread prints them in order.
import { workerData } from 'node:worker_threads';

const { files, claim, port } = workerData;
const counter = new Int32Array(claim);
for (let at = Atomics.add(counter, 0, 1); at < files.length; at = Atomics.add(counter, 0, 1)) port.postMessage({ at, result: { line: `thread ${at}` } });
port.close();

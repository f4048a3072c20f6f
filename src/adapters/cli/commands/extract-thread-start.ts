import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort, type WorkerOptions } from 'node:worker_threads';
import type { ExtractThreadData } from './extract-thread-protocol.js';

/**
 * Starting `extract`'s second thread, apart from the extractor: the bundled CLI starts it before it loads its own
 * bundle (../extract-loader.ts), so this module imports only Node's modules and types.
 */

/** Below this many files a second thread costs more to start (its own V8 and extractor) than it saves. */
export const MIN_FILES_FOR_TWO_THREADS = 24;

/** True when `extract` over `files` is worth a second thread: enough files and a second core. */
export function worthTwoThreads(files: readonly string[]): boolean {
  return files.length >= MIN_FILES_FOR_TWO_THREADS && availableParallelism() > 1;
}

/** A started second thread: this side of its port, the counter both threads claim files from, its end. */
export interface ExtractThread {
  counter: Int32Array;
  port: MessagePort;
  exited: Promise<void>;
  /** A bundle thread: true once it has set `extract`'s V8 flags back (../short-run.ts), false if it ended first. */
  tuned: Promise<boolean>;
}

/** Starts the thread on `script` (`spawnBundleThread` for a bundle) over `files`; its listeners are on at once. */
export function startExtractThread(files: string[], script: URL, spawn: (script: URL, options: WorkerOptions) => Worker): ExtractThread {
  const claim = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  const thread = spawn(script, {
    workerData: { files, claim, port: port2 } satisfies ExtractThreadData,
    transferList: [port2],
  });
  const exited = new Promise<void>((resolve) => {
    thread.once('exit', () => resolve());
    thread.once('error', () => void thread.terminate());
  });
  const tuned = Promise.race([once(thread, 'message').then(() => true), exited.then(() => false)]).catch(() => false);
  return { counter: new Int32Array(claim), port: port1, exited, tuned };
}

/**
 * A thread on a bundled script: it runs through the code cache like the main thread's bundle (../cached-bundle.ts,
 * bundled as CommonJS beside this bundle), loaded with `require`: an `import` would start Node's ES-module loader in
 * the thread, 13-15 ms of CPU per process. It starts under V8's own flags, so that it takes Node's modules from node's
 * code cache; it sets `extract`'s flags itself (for the whole process) before it compiles the bundle, then posts one
 * message to its parent, which has run nothing meanwhile (../short-run.ts: one thread at a time touches the flags).
 */
export function spawnBundleThread(bundle: URL, options: WorkerOptions): Worker {
  const runner = fileURLToPath(new URL('./cached-bundle.bundle.cjs', bundle));
  const start =
    `const run = require(${JSON.stringify(runner)}); run.retuneAfterThreadStart(); ` +
    `require('node:worker_threads').parentPort.postMessage('tuned'); run.runBundle(${JSON.stringify(fileURLToPath(bundle))}, undefined, true)`;
  return new Worker(start, { ...options, eval: true });
}

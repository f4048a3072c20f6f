import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort, type WorkerOptions } from 'node:worker_threads';
import type { ExtractThreadData } from './extract-thread-protocol.js';

/**
 * Starting `extract`'s second thread, apart from the extractor: the bundled CLI starts it before it loads the rest of
 * itself and its own bundle (../extract-early.ts, ../extract-loader.ts), so this module imports only Node's modules and types.
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
  /** Lets a held bundle thread go on from its start to V8's flags (`startExtractThread`); nothing if it was not held. */
  release: () => void;
}

/** Index in the claim buffer (`ExtractThreadData.claim`) of the word a held bundle thread waits on before V8's flags. */
export const GO = 1;

/**
 * Starts the thread on `script` (`spawnBundleThread` for a bundle) over `files`; its listeners are on at once. `held`:
 * a bundle thread, once Node has started it, waits for `release` before it touches V8's flags, so that this thread may
 * compile meanwhile (../extract-loader.ts); else it goes on at once.
 */
export function startExtractThread(files: string[], script: URL, spawn: (script: URL, options: WorkerOptions) => Worker, held = false): ExtractThread {
  // Word 0: the counter both threads claim files from; word GO: 1 once the thread may touch V8's flags.
  const claim = new SharedArrayBuffer(8);
  const words = new Int32Array(claim);
  const release = () => {
    Atomics.store(words, GO, 1);
    Atomics.notify(words, GO);
  };
  if (!held) release();
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
  return { counter: words, port: port1, exited, tuned, release };
}

/**
 * A thread on a bundled script: it runs through the code cache like the main thread's bundle (../cached-bundle.ts,
 * bundled as CommonJS beside this bundle), loaded with `require`: an `import` would start Node's ES-module loader in
 * the thread, 13-15 ms of CPU per process. It starts under V8's own flags, so that it takes Node's modules from node's
 * code cache; it sets `extract`'s flags itself (for the whole process) before it compiles the bundle, then posts one
 * message to its parent, which runs nothing meanwhile (../short-run.ts: one thread at a time touches the flags). Before
 * that it waits until its parent lets it (word `GO` of the claim buffer, `startExtractThread`): the parent may still be
 * loading its own bundle, under the same flags, while Node starts this thread.
 */
export function spawnBundleThread(bundle: URL, options: WorkerOptions): Worker {
  const runner = fileURLToPath(new URL('./cached-bundle.bundle.cjs', bundle));
  const start =
    `const run = require(${JSON.stringify(runner)}); const wt = require('node:worker_threads'); ` +
    `Atomics.wait(new Int32Array(wt.workerData.claim), ${GO}, 0); run.retuneAfterThreadStart(); ` +
    `wt.parentPort.postMessage('tuned'); run.runBundle(${JSON.stringify(fileURLToPath(bundle))}, undefined, true)`;
  return new Worker(start, { ...options, eval: true });
}

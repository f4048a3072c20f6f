import { availableParallelism } from 'node:os';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type WorkerOptions } from 'node:worker_threads';
import { scriptBeside, spawnThread } from '../../../ingest-worker/spawn.js';
import { retuneAfterThreadStart, untuneWhileThreadStarts } from '../short-run.js';
import { extractFile, type FileResult } from './extract-file.js';
import type { ExtractThreadData, ExtractThreadResult } from './extract-thread-protocol.js';

/** Run from the bundle (scripts/bundle-extract.mjs), import.meta.url is the bundle's. */
const fromBundle = import.meta.url.endsWith('.bundle.cjs');

/** Below this many files a second thread costs more to start (its own V8 and extractor) than it saves. */
const MIN_FILES_FOR_TWO_THREADS = 24;

/** True when `extract` over `files` is worth a second thread: enough files and a second core. */
export function worthTwoThreads(files: readonly string[]): boolean {
  return files.length >= MIN_FILES_FOR_TWO_THREADS && availableParallelism() > 1;
}

/**
 * Extracts `files` on this thread and one worker thread at once and hands each outcome to `emit` in file order.
 * Both threads claim the next file from one shared counter, so a long article on one side never leaves the
 * other idle; an outcome that arrives before its turn waits (at most the files of this call). If the thread
 * cannot start or dies, the files it claimed and did not answer are done here.
 */
export async function extractInTwoThreads(
  files: string[],
  emit: (r: FileResult) => void,
  /** The thread's script (bundled when this module runs from the bundle); tests give one that dies. */
  script: URL = fromBundle ? new URL('./extract-thread.bundle.cjs', import.meta.url) : scriptBeside(import.meta.url, 'extract-thread'),
): Promise<void> {
  const claim = new SharedArrayBuffer(4);
  const counter = new Int32Array(claim);
  const { port1, port2 } = new MessageChannel();
  // The bundled CLI runs under `extract`'s V8 flags: V8's own while the thread starts, so that it takes Node's modules
  // from node's code cache (../short-run.ts). The thread sets them back itself and says so; this thread waits, running
  // nothing meanwhile, and sets them only if the thread is gone first: one thread at a time touches V8's flags.
  const bundled = script.pathname.endsWith('.bundle.cjs');
  if (bundled) untuneWhileThreadStarts();
  const thread = (bundled ? spawnBundleThread : spawnThread)(script, {
    workerData: { files, claim, port: port2 } satisfies ExtractThreadData,
    transferList: [port2],
  });
  const exited = new Promise<void>((resolve) => {
    thread.once('exit', () => resolve());
    thread.once('error', () => void thread.terminate());
  });
  if (bundled) {
    const tuned = await Promise.race([once(thread, 'message').then(() => true), exited.then(() => false)]).catch(() => false);
    if (!tuned) retuneAfterThreadStart();
  }
  const waiting = new Map<number, FileResult>();
  let next = 0;
  const flush = () => {
    for (let r = waiting.get(next); r; r = waiting.get(next)) {
      waiting.delete(next++);
      emit(r);
    }
  };
  const receive = () => {
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      const { at, result } = m.message as ExtractThreadResult;
      waiting.set(at, result);
    }
  };
  for (let at = Atomics.add(counter, 0, 1); at < files.length; at = Atomics.add(counter, 0, 1)) {
    waiting.set(at, extractFile(files[at]!));
    receive();
    flush();
  }
  await exited;
  receive();
  port1.close();
  // Whatever the thread claimed and never answered (it failed to start or died): done here, in order.
  for (; next < files.length; flush()) if (!waiting.has(next)) waiting.set(next, extractFile(files[next]!));
}

/**
 * A thread on a bundled script: it runs through the code cache like the main thread's bundle (../cached-bundle.ts,
 * bundled as CommonJS beside this bundle), loaded with `require`: an `import` would start Node's ES-module loader in
 * the thread, 13-15 ms of CPU per process. It sets `extract`'s V8 flags back itself (for the whole process) before it
 * compiles the bundle, then posts one message to its parent, which has waited for it without running anything.
 */
function spawnBundleThread(bundle: URL, options: WorkerOptions): Worker {
  const runner = fileURLToPath(new URL('./cached-bundle.bundle.cjs', bundle));
  const start =
    `const run = require(${JSON.stringify(runner)}); run.retuneAfterThreadStart(); ` +
    `require('node:worker_threads').parentPort.postMessage('tuned'); run.runBundle(${JSON.stringify(fileURLToPath(bundle))})`;
  return new Worker(start, { ...options, eval: true });
}

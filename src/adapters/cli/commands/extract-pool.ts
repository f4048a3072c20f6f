import { receiveMessageOnPort } from 'node:worker_threads';
import { scriptBeside, spawnThread } from '../../../ingest-worker/spawn.js';
import { retuneAfterThreadStart, untuneWhileThreadStarts } from '../short-run.js';
import { extractFile, type FileResult } from './extract-file.js';
import { spawnBundleThread, startExtractThread, type ExtractThread } from './extract-thread-start.js';
import type { ExtractThreadResult } from './extract-thread-protocol.js';

/** Run from the bundle (scripts/bundle-extract.mjs), import.meta.url is the bundle's. */
const fromBundle = import.meta.url.endsWith('.bundle.cjs');

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
  /** The thread, when the caller started it already (../extract-early.ts or ../extract-loader.ts, before it loaded this bundle): `script` is then unused. */
  thread?: ExtractThread,
): Promise<void> {
  let started = thread;
  if (!started) {
    // The bundled CLI runs under `extract`'s V8 flags: V8's own while the thread starts, so that it takes Node's modules
    // from node's code cache (../short-run.ts). The thread sets them back itself and says so; this thread waits, running
    // nothing meanwhile, and sets them only if the thread is gone first: one thread at a time touches V8's flags.
    const bundled = script.pathname.endsWith('.bundle.cjs');
    if (bundled) untuneWhileThreadStarts();
    started = startExtractThread(files, script, bundled ? spawnBundleThread : spawnThread);
    if (bundled && !(await started.tuned)) retuneAfterThreadStart();
  }
  const { counter, port: port1, exited } = started;
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

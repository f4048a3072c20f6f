import type { Worker } from 'node:worker_threads';
import { OnRecordError } from '../core/errors.js';
import { scriptBeside, spawnThread } from './spawn.js';
import { rebuild } from './thread-errors.js';
import type { PreparedArticle, UrlJob, UrlPreparer } from '../core/index.js';
import type { JobMessage, ResultMessage, ThreadData } from './protocol.js';

export interface ThreadedPreparerOptions {
  fetch: ThreadData['fetch'];
  /** Hard deadline for one URL, fetch to extracted records, whatever the caller's signal (default 60 s). */
  deadlineMs?: number;
  /** Threads running at once; further jobs wait their turn (default 2, the bots' cores are few). */
  maxThreads?: number;
  /** Heap cap of one thread, MB (default 512): a page that needs more fails alone, not the process. */
  maxHeapMb?: number;
  /** A warm thread with no work is ended after this long (default 60 s). */
  idleMs?: number;
  /** The thread's script; tests give one that never finishes. Default: `thread.ts` beside this file. */
  entry?: URL;
}

/** A `UrlPreparer` running each job in its own worker thread, plus what it is doing (tests, logs). */
export interface ThreadedPreparer {
  prepare: UrlPreparer;
  /** Jobs running and waiting; threads terminated at a deadline, warm ones waiting for work, started in all. */
  stats(): { running: number; queued: number; terminated: number; idle: number; started: number };
  /** Ends the idle threads (they never keep the process alive, but tests like a clean exit). */
  close(): void;
}

/** One thread and how many jobs it has done. */
interface Slot {
  worker: Worker;
  jobs: number;
  idleTimer?: NodeJS.Timeout;
}

/** A thread is retired after this many jobs, so nothing a page left in its heap accumulates for long. */
const JOBS_PER_THREAD = 50;

/**
 * Runs URL ingests (fetch, parse, extract) in worker threads, so the bots' event loop keeps answering while
 * a page is processed, and a deadline really stops the work: at the caller's abort or the hard deadline the
 * thread is terminated, whatever synchronous loop it is in, and a fresh one serves the next job. A thread
 * that finished its job stays warm for the next (starting one and loading the parser costs most of a
 * job), up to 50 jobs or 60 s idle.
 */
export function createThreadedPreparer(options: ThreadedPreparerOptions): ThreadedPreparer {
  const deadlineMs = options.deadlineMs ?? 60_000;
  const maxThreads = Math.max(1, options.maxThreads ?? 2);
  const entry = options.entry ?? scriptBeside(import.meta.url, 'thread');
  const idleMs = options.idleMs ?? 60_000;
  const data: ThreadData = { fetch: options.fetch };
  const waiting: (() => void)[] = [];
  let running = 0;
  let terminated = 0;
  let started = 0;

  /** Resolves when a thread slot is free, or rejects when the job is cancelled while it waits. */
  const acquire = (signal: AbortSignal): Promise<void> => {
    if (running < maxThreads) {
      running++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const go = () => {
        signal.removeEventListener('abort', cancel);
        running++;
        resolve();
      };
      const cancel = () => {
        waiting.splice(waiting.indexOf(go), 1);
        reject(signal.reason);
      };
      waiting.push(go);
      signal.addEventListener('abort', cancel, { once: true });
    });
  };
  const release = () => {
    running--;
    waiting.shift()?.();
  };

  /** A warm thread waiting for its next job, or null to start one. */
  const idle: Slot[] = [];
  const heapMb = options.maxHeapMb ?? 512;

  const spawn = (): Slot => {
    const limits = { workerData: data, resourceLimits: { maxOldGenerationSizeMb: heapMb } };
    const worker = spawnThread(entry, limits);
    started++;
    return { worker, jobs: 0 };
  };
  /** Ends a thread for good (after a deadline, a crash, or when it has served enough or idled too long). */
  const discard = (slot: Slot) => {
    clearTimeout(slot.idleTimer);
    const at = idle.indexOf(slot);
    if (at >= 0) idle.splice(at, 1);
    void slot.worker.terminate();
  };
  /** Keeps a healthy thread warm for the next job: starting one (loading the parser) costs most of a job. */
  const park = (slot: Slot) => {
    if (slot.jobs >= JOBS_PER_THREAD) return discard(slot);
    slot.worker.unref(); // an idle thread never keeps the process alive
    slot.idleTimer = setTimeout(() => discard(slot), idleMs);
    slot.idleTimer.unref();
    idle.push(slot);
  };

  const runOne = (job: UrlJob, signal: AbortSignal): Promise<PreparedArticle> =>
    new Promise((resolve, reject) => {
      const slot = idle.pop() ?? spawn();
      clearTimeout(slot.idleTimer);
      const { worker } = slot;
      worker.ref();
      const detach = () => {
        signal.removeEventListener('abort', stop);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const stop = () => {
        detach();
        terminated++;
        discard(slot);
        reject(signal.reason);
      };
      const onMessage = (msg: ResultMessage) => {
        detach();
        slot.jobs++;
        park(slot);
        if (msg.ok) resolve(msg.prepared);
        else reject(rebuild(msg.error));
      };
      const onError = (err: Error & { code?: string }) => {
        detach();
        discard(slot);
        reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new OnRecordError('BAD_ARTICLE', `${job.url}: the page needs more than ${heapMb} MB to process`, { cause: err }) : err);
      };
      const onExit = (code: number) => {
        detach();
        discard(slot);
        reject(new Error(`the ingest thread for ${job.url} stopped (exit code ${code}) without an answer`));
      };
      signal.addEventListener('abort', stop, { once: true });
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ job } satisfies JobMessage);
    });

  return {
    async prepare(job, callerSignal) {
      const deadline = deadlineSignal(deadlineMs, job.url);
      const signal = callerSignal ? AbortSignal.any([callerSignal, deadline.signal]) : deadline.signal;
      try {
        signal.throwIfAborted();
        await acquire(signal);
        try {
          // An abort between the slot and the thread would otherwise go unheard (the event has fired).
          signal.throwIfAborted();
          return await runOne(job, signal);
        } finally {
          release();
        }
      } finally {
        deadline.clear();
      }
    },
    stats: () => ({ running, queued: waiting.length, terminated, idle: idle.length, started }),
    close() {
      for (const slot of [...idle]) discard(slot);
    },
  };
}

/** An abort signal that fires after `ms` with a TimeoutError naming the URL, and how to disarm it. */
function deadlineSignal(ms: number, url: string): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    const err = new Error(`${url}: not fetched and processed within ${ms} ms`);
    err.name = 'TimeoutError';
    controller.abort(err);
  }, ms);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

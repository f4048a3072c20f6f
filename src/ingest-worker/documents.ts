import type { Worker } from 'node:worker_threads';
import type { DocumentInput, DocumentPreparer, PrepareOutcome } from '../core/index.js';
import type { DocumentJob, DocumentResults } from './documents-protocol.js';
import { scriptBeside, spawnThread } from './spawn.js';
import { rebuild } from './thread-errors.js';

export interface DocumentThreadsOptions {
  /** Threads extracting at once (a bulk ingest uses the machine's cores while the main thread writes). */
  threads: number;
  /** Heap cap of one thread, MB (default 1024): a document that needs more fails alone. */
  maxHeapMb?: number;
  /** The thread's script; tests give one that crashes. Default: `documents-thread.ts` beside this module. */
  entry?: URL;
}

/** A bulk-ingest preparer over worker threads, and how to stop them. */
export interface DocumentThreads {
  prepare: DocumentPreparer;
  /** Threads started so far (a crashed thread is replaced). */
  started(): number;
  close(): Promise<void>;
}

/** A slice of a batch waiting for a thread, and where its answers go. */
interface Task {
  inputs: DocumentInput[];
  collection: string;
  now: string;
  done: (outcomes: PrepareOutcome[]) => void;
}

/** Answers every document of a slice that will not run: the threads were closed. */
function refuse(task: Task): void {
  task.done(task.inputs.map(() => ({ ok: false, error: new Error('the document threads are closed') })));
}

/** Slices per thread in a batch: smaller slices even out documents of very different lengths. */
const SLICES_PER_THREAD = 2;

/**
 * Prepares the documents of a bulk ingest (parse, extract, build records) in a few worker threads, so a
 * machine's cores extract while the main thread writes the batch before. A batch is cut into slices that idle
 * threads take in turn, and answered in input order. A thread that dies (a crash, its heap cap) costs nothing
 * but time: its slice is retried one document per thread, and only a document that kills a thread on its own
 * fails, with the reason.
 */
export function createDocumentThreads(options: DocumentThreadsOptions): DocumentThreads {
  const threads = Math.max(1, Math.floor(options.threads));
  const heapMb = options.maxHeapMb ?? 1024;
  const entry = options.entry ?? scriptBeside(import.meta.url, 'documents-thread');
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const all = new Set<Worker>();
  let started = 0;
  let nextId = 0;
  let closed = false;

  const spawn = (): Worker => {
    const limits = { resourceLimits: { maxOldGenerationSizeMb: heapMb } };
    const worker = spawnThread(entry, limits);
    started++;
    all.add(worker);
    worker.once('exit', () => all.delete(worker));
    return worker;
  };

  const run = (worker: Worker, task: Task) => {
    const id = nextId++;
    worker.ref(); // a thread at work keeps the process alive until it answers
    const detach = () => {
      worker.off('message', onMessage);
      worker.off('error', onFailure);
      worker.off('exit', onFailure);
    };
    const onMessage = (msg: DocumentResults) => {
      if (msg.id !== id) return;
      detach();
      task.done(msg.outcomes.map((o): PrepareOutcome => (o.ok ? o : { ok: false, error: rebuild(o.error) })));
      worker.unref();
      idle.push(worker);
      pump();
    };
    const onFailure = (reason: unknown) => {
      detach();
      all.delete(worker); // so `pump` may start a replacement now
      void worker.terminate();
      if (closed) refuse(task);
      else if (task.inputs.length > 1) {
        // Which document killed the thread is unknown: each is tried alone, ahead of later work.
        const answers: PrepareOutcome[] = new Array(task.inputs.length);
        let left = task.inputs.length;
        const singles = task.inputs.map((input, at): Task => ({
          inputs: [input],
          collection: task.collection,
          now: task.now,
          done: ([o]) => {
            answers[at] = o as PrepareOutcome;
            if (--left === 0) task.done(answers);
          },
        }));
        queue.unshift(...singles);
      } else {
        const source = task.inputs[0]?.source ?? 'document';
        const why = reason instanceof Error ? reason.message : `the thread stopped (exit code ${String(reason)})`;
        task.done([{ ok: false, error: new Error(`${source}: extraction failed: ${why}`) }]);
      }
      pump();
    };
    worker.on('message', onMessage);
    worker.on('error', onFailure);
    worker.on('exit', onFailure);
    worker.postMessage({ id, inputs: task.inputs, collection: task.collection, now: task.now } satisfies DocumentJob);
  };

  /** Hands queued slices to idle threads, starting threads up to the limit. */
  const pump = () => {
    while (queue.length && !closed) {
      const worker = idle.pop() ?? (all.size < threads ? spawn() : undefined);
      if (!worker) return;
      run(worker, queue.shift() as Task);
    }
  };

  const prepare: DocumentPreparer = (inputs, collection, now) => {
    if (closed) return Promise.reject(new Error('the document threads are closed'));
    if (!inputs.length) return Promise.resolve([]);
    return new Promise((resolve) => {
      const size = Math.ceil(inputs.length / (threads * SLICES_PER_THREAD));
      const answers: PrepareOutcome[][] = [];
      let left = Math.ceil(inputs.length / size);
      for (let at = 0, slice = 0; at < inputs.length; at += size, slice++) {
        const index = slice;
        queue.push({
          inputs: inputs.slice(at, at + size),
          collection,
          now: now.toISOString(),
          done: (outcomes) => {
            answers[index] = outcomes;
            if (--left === 0) resolve(answers.flat());
          },
        });
      }
      pump();
    });
  };

  return {
    prepare,
    started: () => started,
    async close() {
      closed = true;
      for (const task of queue.splice(0)) refuse(task);
      await Promise.all([...all].map((w) => w.terminate()));
    },
  };
}

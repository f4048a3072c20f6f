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

/** A started thread and the slices posted to it that it has not answered yet, oldest first. */
interface Thread {
  worker: Worker;
  posted: Map<number, Task>;
}

/** Documents posted to a thread and not answered yet: its work. */
function loadOf(thread: Thread): number {
  let n = 0;
  for (const task of thread.posted.values()) n += task.inputs.length;
  return n;
}

/**
 * Prepares the documents of a bulk ingest (parse, extract, build records) in a few worker threads, so a
 * machine's cores extract while the main thread writes the batch before. A batch is cut into slices that are
 * posted at once, each to the thread with the least work posted, and answered in input order. Posting at once
 * matters: the main thread's write of a batch is synchronous, so a slice still waiting in this thread's queue
 * would wait for the whole write, with the threads idle. A thread that dies (a crash, its heap cap) costs nothing
 * but time: the slice it was on is retried one document per thread (only a document that kills a thread on its
 * own fails, with the reason), and the slices posted behind it go to the other threads.
 */
export function createDocumentThreads(options: DocumentThreadsOptions): DocumentThreads {
  const threads = Math.max(1, Math.floor(options.threads));
  const heapMb = options.maxHeapMb ?? 1024;
  const entry = options.entry ?? scriptBeside(import.meta.url, 'documents-thread');
  /** Slices not posted yet: only retries, put back while a replacement thread starts. */
  const queue: Task[] = [];
  const live = new Set<Thread>();
  let started = 0;
  let nextId = 0;
  let closed = false;

  const spawn = (): Thread => {
    const limits = { resourceLimits: { maxOldGenerationSizeMb: heapMb } };
    const thread: Thread = { worker: spawnThread(entry, limits), posted: new Map() };
    started++;
    live.add(thread);
    const { worker } = thread;
    worker.unref(); // an idle thread does not keep the process alive; `post` refs it while it has work
    worker.on('message', (msg: DocumentResults) => {
      const task = thread.posted.get(msg.id);
      if (!task) return;
      thread.posted.delete(msg.id);
      if (thread.posted.size === 0) worker.unref();
      task.done(msg.outcomes.map((o): PrepareOutcome => (o.ok ? o : { ok: false, error: rebuild(o.error) })));
    });
    const onFailure = (reason: unknown) => {
      if (!live.delete(thread)) return; // 'error' and then 'exit': handled once
      worker.removeAllListeners('message');
      void worker.terminate();
      const [current, ...behind] = thread.posted.values();
      thread.posted.clear();
      if (closed) {
        if (current) refuse(current);
        for (const task of behind) refuse(task);
        return;
      }
      // The slices behind the one it was on never started: they go first, whole, to the other threads.
      const retry: Task[] = [...behind];
      if (current && current.inputs.length > 1) {
        // Which document killed the thread is unknown: each is tried alone, ahead of later work.
        const answers: PrepareOutcome[] = new Array(current.inputs.length);
        let left = current.inputs.length;
        retry.unshift(
          ...current.inputs.map((input, at): Task => ({
            inputs: [input],
            collection: current.collection,
            now: current.now,
            done: ([o]) => {
              answers[at] = o as PrepareOutcome;
              if (--left === 0) current.done(answers);
            },
          })),
        );
      } else if (current) {
        const source = current.inputs[0]?.source ?? 'document';
        const why = reason instanceof Error ? reason.message : `the thread stopped (exit code ${String(reason)})`;
        current.done([{ ok: false, error: new Error(`${source}: extraction failed: ${why}`) }]);
      }
      queue.unshift(...retry);
      pump();
    };
    worker.on('error', onFailure);
    worker.on('exit', onFailure);
    return thread;
  };

  const post = (thread: Thread, task: Task) => {
    const id = nextId++;
    thread.posted.set(id, task);
    thread.worker.ref(); // a thread at work keeps the process alive until it answers
    thread.worker.postMessage({ id, inputs: task.inputs, collection: task.collection, now: task.now } satisfies DocumentJob);
  };

  /** Posts queued slices, each to the thread with the least work posted, starting threads up to the limit. */
  const pump = () => {
    while (queue.length && !closed) {
      let target: Thread | undefined;
      let least = Infinity;
      for (const t of live) {
        const load = loadOf(t);
        if (load < least) { target = t; least = load; }
      }
      if (!target || (least > 0 && live.size < threads)) target = spawn();
      post(target, queue.shift() as Task);
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
      // Each thread's posted slices are refused as it exits (see `onFailure`).
      await Promise.all([...live].map((t) => t.worker.terminate()));
    },
  };
}

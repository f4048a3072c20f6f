import { describeError } from '../core/errors.js';
import type { PollLogger, PollSummary } from '../io/feeds/index.js';

export interface WorkerLoopOptions {
  /** One poll of every feed. */
  poll(signal: AbortSignal): Promise<PollSummary>;
  /** Time between the start of two polls. */
  intervalMs: number;
  /** Aborting stops the loop after the item in progress. */
  signal: AbortSignal;
  logger: PollLogger;
  /** Poll once and return (for cron). */
  once?: boolean;
}

/**
 * Polls on a schedule until `signal` aborts. A poll that throws (the state file cannot be written, say) is
 * logged and retried at the next tick: the worker outlives any single failure. Returns the number of polls.
 */
export async function runWorkerLoop(options: WorkerLoopOptions): Promise<number> {
  let polls = 0;
  while (!options.signal.aborted) {
    const started = Date.now();
    try {
      const s = await options.poll(options.signal);
      polls++;
      options.logger.info({ ...s, ms: Date.now() - started }, 'poll done');
    } catch (err) {
      polls++;
      options.logger.error({ error: describeError(err) }, 'poll failed');
    }
    if (options.once) break;
    await sleep(Math.max(0, options.intervalMs - (Date.now() - started)), options.signal);
  }
  return polls;
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

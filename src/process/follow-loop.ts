import type { Logger } from 'pino';
import type { DeliveryReport } from '../core/index.js';
import { describeError } from '../core/index.js';

/** A running delivery loop. */
export interface FollowLoop {
  /** Starts the timer (once the process takes work). */
  start(): void;
  /** Runs one pass now (after any pass in flight) and resolves with its report: for tests and shutdown. */
  runNow(): Promise<DeliveryReport | undefined>;
  /** Stops the timer and waits for a pass in flight. */
  stop(): Promise<void>;
}

/**
 * Runs a follow delivery pass every `intervalMs` (0: never on its own), one at a time: a slow pass is never
 * overlapped by the next. A failing pass (the store unreachable) is logged and the loop goes on.
 */
export function startFollowLoop(pass: () => Promise<DeliveryReport>, intervalMs: number, log: Logger): FollowLoop {
  let running: Promise<DeliveryReport | undefined> | undefined;
  let stopped = false;
  const once = (): Promise<DeliveryReport | undefined> => {
    if (running) return running.then(() => once());
    running = pass()
      .then((report) => {
        if (report.digests || report.failed) log.info({ kind: 'follows', ...report }, 'follow delivery');
        return report;
      })
      .catch((err: unknown) => {
        log.warn({ kind: 'follows', error: describeError(err) }, 'follow delivery failed; retrying next interval');
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  let timer: NodeJS.Timeout | undefined;
  return {
    start() {
      if (timer || stopped || intervalMs <= 0) return;
      timer = setInterval(() => void (stopped || running ? undefined : once()), intervalMs);
      timer.unref();
    },
    runNow: () => once(),
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}

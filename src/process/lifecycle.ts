import type { Logger } from 'pino';
import { describeError } from '../core/errors.js';
import { startHealthServer, type ProcessState } from './health.js';
import type { InFlight } from './inflight.js';

/** Health server settings from the core configuration (HEALTH_PORT, HEALTH_HOST). */
export interface HealthOptions {
  port?: number;
  host: string;
}

/** Starts the `/healthz` server when a port is configured; a no-op closer otherwise. */
export async function maybeHealthServer(state: ProcessState, options: HealthOptions, logger: Logger): Promise<{ close(): Promise<void> }> {
  if (options.port === undefined) return { close: async () => undefined };
  const server = await startHealthServer(state, options.port, options.host);
  logger.info({ healthPort: server.port, host: options.host }, 'health check on GET /healthz');
  return server;
}

/**
 * The readiness line a supervisor waits for: one log line `{"ready":"<mode>"}` with the message "ready",
 * written once the process takes work (HTTP listening, socket connected, gateway session ready).
 */
export function announceReady(state: ProcessState, logger: Logger, fields: Record<string, unknown> = {}): void {
  state.phase = 'ready';
  logger.info({ ready: state.mode, ...fields }, 'ready');
}

/** The steps of a graceful stop, in order. */
export interface StopSteps {
  state: ProcessState;
  inflight: InFlight;
  logger: Logger;
  /** How long answers in flight may take (SHUTDOWN_GRACE_MS). */
  graceMs: number;
  /** Stops taking new work (closes the listener, ignores new events). */
  stopIntake(): Promise<void>;
  /** Runs after the answers in flight finished (or the grace ran out): disconnects and closes the store. */
  close(): Promise<void>;
  /** Exits the process (tests pass their own). */
  exit?: (code: number) => void;
  /** The signals that start the stop (default SIGINT and SIGTERM; tests pass none and call the result). */
  signals?: readonly NodeJS.Signals[];
}

/**
 * Graceful shutdown on SIGTERM/SIGINT: health turns 503, intake stops, answers in flight finish within the
 * grace period, then the platform connection and the store are closed and the process exits 0. A second
 * signal while stopping exits at once (an operator pressing Ctrl-C twice means it).
 */
export function stopOnSignals(steps: StopSteps): (signal: string) => Promise<void> {
  let stopping = false;
  const exit = steps.exit ?? ((code: number) => process.exit(code));
  const stop = async (signal: string): Promise<void> => {
    if (stopping) {
      steps.logger.warn({ signal }, 'second signal: exiting now');
      exit(1);
      return;
    }
    stopping = true;
    steps.state.phase = 'stopping';
    steps.logger.info({ signal, inflight: steps.inflight.count, graceMs: steps.graceMs }, 'stopping: no new work, finishing answers in flight');
    await steps.stopIntake().catch((err: unknown) => steps.logger.warn({ error: describeError(err) }, 'stopping intake failed'));
    const left = await steps.inflight.drain(steps.graceMs);
    if (left > 0) steps.logger.warn({ left, graceMs: steps.graceMs }, 'grace period over: giving up on answers still in flight');
    await steps.close().catch((err: unknown) => steps.logger.warn({ error: describeError(err) }, 'closing failed'));
    steps.logger.info({ signal }, 'stopped');
    exit(0);
  };
  for (const signal of steps.signals ?? (['SIGINT', 'SIGTERM'] as const)) process.on(signal, () => void stop(signal));
  return stop;
}

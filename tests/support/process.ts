import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** A process started from a TypeScript entry point through tsx (no build needed), with its output. */
export interface Running {
  child: ChildProcess;
  /** Resolves with the exit code once the process ends. */
  exited: Promise<number | null>;
  out(): string;
  err(): string;
  /** Resolves once stdout or stderr matches `re`; rejects if the process ends first or after `ms`. */
  until(re: RegExp, ms?: number): Promise<void>;
  /** Wall time from start to exit, in ms (once exited). */
  tookMs(): number;
}

/**
 * Runs `src/...` entry `entry` with only `env` (plus PATH and a temp HOME), as `npm run` would run the build.
 * `.env` reading is off unless the test sets ONRECORD_ENV_FILE, so a developer's own .env never leaks in.
 */
export function runEntry(entry: string, env: Record<string, string>): Running {
  const started = Date.now();
  let ended = 0;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, entry)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), ONRECORD_ENV_FILE: 'none', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((w) => w());
  child.stdout!.on('data', (d: Buffer) => ((stdout += String(d)), wake()));
  child.stderr!.on('data', (d: Buffer) => ((stderr += String(d)), wake()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      ended = Date.now();
      wake();
      resolve(code);
    }),
  );
  return {
    child,
    exited,
    out: () => stdout,
    err: () => stderr,
    tookMs: () => (ended || Date.now()) - started,
    until(re, ms = 30_000) {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`timed out waiting for ${re}; output so far:\n${stdout}${stderr}`)), ms);
        const check = () => {
          if (re.test(stdout) || re.test(stderr)) done();
          else if (child.exitCode !== null || child.signalCode !== null) done(new Error(`exited (${child.exitCode}) before ${re}:\n${stdout}${stderr}`));
        };
        const done = (err?: Error) => {
          clearTimeout(timer);
          waiters.delete(check);
          if (err) reject(err);
          else resolve();
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** A loopback port nothing listens on (just released). */
export async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

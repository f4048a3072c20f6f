/**
 * A long build watched while it runs. At 10M quotes an ingest takes hours on a shared machine: every interval the
 * quotes indexed so far, the ingest's CPU seconds and resident memory and the machine's load are logged and kept,
 * so a build stopped part-way still tells how far it got and at what rate, and its peak memory is known. Output is
 * kept to its last 64 KB (a run over a million files may report many bad ones).
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { round } from './stats.js';

export interface BuildSample {
  /** Wall seconds since the build started. */
  seconds: number;
  /** Quotes the index holds so far (undefined while it cannot be read yet). */
  quotes?: number;
  /** CPU seconds (user + system) of the ingest process so far. */
  cpuSeconds?: number;
  rssMb?: number;
  load1: number;
}

export interface WatchedRun {
  seconds: number;
  samples: BuildSample[];
  /** Highest resident memory of the ingest process (Linux VmHWM, read at the last sample). */
  peakRssMb?: number;
  stdout: string;
  stderr: string;
}

const KEEP_BYTES = 64 * 1024;
const keepTail = (s: string, add: string) => (s + add).slice(-KEEP_BYTES);

/** CPU seconds and memory of a live process from /proc (Linux; empty elsewhere or once it has exited). */
function processFigures(pid: number): { cpuSeconds?: number; rssMb?: number; peakRssMb?: number } {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
    // utime and stime are fields 14 and 15 of the file, 11 and 12 after the command name; clock ticks of 1/100 s.
    return { cpuSeconds: round((Number(fields[11]) + Number(fields[12])) / 100, 1), rssMb: round(kb('VmRSS') / 1024, 0), peakRssMb: round(kb('VmHWM') / 1024, 0) };
  } catch {
    return {};
  }
}

/**
 * Runs a command to completion, sampling it every `everyMs`; `quotes` reads the index's count from outside
 * (a second connection). Rejects on a non-zero exit, with the tail of stderr.
 */
export async function runWatched(
  cmd: string,
  args: string[],
  options: SpawnOptions,
  watch: { everyMs: number; quotes: () => Promise<number | undefined>; log: (line: string) => void },
): Promise<WatchedRun> {
  const t0 = performance.now();
  const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout = keepTail(stdout, d)));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr = keepTail(stderr, d)));
  const samples: BuildSample[] = [];
  let peakRssMb: number | undefined;
  let sampling = false;
  const sample = async () => {
    if (sampling || child.pid === undefined) return;
    sampling = true;
    try {
      const p = processFigures(child.pid);
      if (p.peakRssMb !== undefined) peakRssMb = p.peakRssMb;
      const quotes = await watch.quotes().catch(() => undefined);
      const s: BuildSample = { seconds: round((performance.now() - t0) / 1000, 0), ...(quotes !== undefined ? { quotes } : {}), ...(p.cpuSeconds !== undefined ? { cpuSeconds: p.cpuSeconds } : {}), ...(p.rssMb !== undefined ? { rssMb: p.rssMb } : {}), load1: round(os.loadavg()[0] ?? 0, 2) };
      samples.push(s);
      watch.log(`    ${s.seconds} s: ${s.quotes ?? '?'} quotes, ingest CPU ${s.cpuSeconds ?? '?'} s, RSS ${s.rssMb ?? '?'} MB, load ${s.load1}`);
    } finally {
      sampling = false;
    }
  };
  const timer = setInterval(() => void sample(), watch.everyMs);
  try {
    const code = await new Promise<number | string>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (c, signal) => resolve(c ?? signal ?? 'unknown'));
    });
    const seconds = (performance.now() - t0) / 1000;
    if (code !== 0) throw new Error(`${args.slice(0, 3).join(' ')} ... failed (${code}): ${stderr.slice(-1500)}`);
    return { seconds, samples, ...(peakRssMb !== undefined ? { peakRssMb } : {}), stdout, stderr };
  } finally {
    clearInterval(timer);
  }
}

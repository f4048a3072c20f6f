/** Small helpers shared by the bench modes: percentiles, sizes, rounding, timing a child process. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Nearest-rank percentile of an ascending array (p in 0..100). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Bytes under a path (a file or a folder, recursively). */
export function diskBytes(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.size;
  let n = 0;
  for (const e of fs.readdirSync(p)) n += diskBytes(path.join(p, e));
  return n;
}

export const mb = (bytes: number): number => round(bytes / 1024 / 1024, 1);

/** One line describing the machine's load, printed with every figure (a shared 2-core machine). */
export function loadLine(): string {
  const [a, b, c] = os.loadavg().map((x) => x.toFixed(2));
  return `${os.cpus().length} cores, load ${a} ${b} ${c}, node ${process.version}`;
}

/** Runs a command to completion and returns its output and wall time; throws on a non-zero exit. */
export function timedRun(cmd: string, args: string[], options: SpawnSyncOptions = {}): { seconds: number; stdout: string; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.slice(0, 3).join(' ')} ... failed (${r.status ?? r.signal}): ${String(r.stderr ?? '').slice(-1500)}`);
  return { seconds, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/**
 * CPU seconds (user + system) used so far by this process's finished children, from /proc/self/stat (Linux;
 * undefined elsewhere). On a shared machine the CPU time of a build says more than its wall time.
 */
export function childCpuSeconds(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of the file (cutime, cstime) are 13 and 14 after the command name; clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

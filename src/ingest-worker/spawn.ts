import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on `entry`. Compiled code (dist/) starts the script directly; run from TypeScript sources
 * (tests, tsx), the thread registers tsx's loader first: Node 20 does not pass `--import` hooks on to workers.
 */
export function spawnThread(entry: URL, options: WorkerOptions): Worker {
  return entry.pathname.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`, { ...options, eval: true })
    : new Worker(entry, options);
}

/** A thread script beside the module at `moduleUrl`: `NAME.ts` when running from sources, `NAME.js` once compiled. */
export function scriptBeside(moduleUrl: string, name: string): URL {
  return new URL(moduleUrl.endsWith('.ts') ? `./${name}.ts` : `./${name}.js`, moduleUrl);
}

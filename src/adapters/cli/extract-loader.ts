import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBundle } from './cached-bundle.js';
import { spawnBundleThread, startExtractThread, worthTwoThreads, type ExtractThread } from './commands/extract-thread-start.js';
import { retuneAfterThreadStart, tuneForShortRun } from './short-run.js';

type ExtractCommand = typeof import('./commands/extract.js');

/** `extract` over the files it was given, loaded (its V8 flags set, ./short-run.ts) and ready to run. */
export type LoadedExtract = (out: (line: string) => void, err: (line: string) => void) => Promise<number>;

/**
 * The `extract` command from its one-script bundle when the build made one (scripts/bundle-extract.mjs) and it is
 * no older than the last compile (dist/.tsbuildinfo, written by every tsc run that emits), run with V8's code cache
 * (./cached-bundle.ts; the work recorded with the cache is how many files this run was given); else as compiled.
 * Run from sources (tsx, tests) there is no bundle beside this file and the modules load as they are.
 *
 * With a bundle and files enough for two threads, the second thread is started first, under V8's own flags, before
 * anything here is tuned or compiled (it sets `extract`'s flags itself, then says so: ./short-run.ts). This thread
 * waits for that, then loads its bundle while the second thread loads its own: the two loads overlap instead of the
 * thread's start following this one's load (each ~0.1 G instructions; the thread's start, waited for either way).
 */
export async function loadExtractCommand(files: string[]): Promise<LoadedExtract> {
  const bundle = new URL('./commands/extract.bundle.cjs', import.meta.url);
  const compiled = new URL('../../.tsbuildinfo', import.meta.url);
  if (!isCurrent(bundle, compiled)) {
    tuneForShortRun();
    const { runExtract } = await import('./commands/extract.js');
    return (out, err) => runExtract(files, out, err);
  }
  let thread: ExtractThread | undefined;
  if (worthTwoThreads(files)) {
    thread = startExtractThread(files, new URL('./commands/extract-thread.bundle.cjs', import.meta.url), spawnBundleThread);
    // Set by the thread; here only if it ended before it could.
    if (!(await thread.tuned)) retuneAfterThreadStart();
  } else {
    retuneAfterThreadStart(); // `extract`'s flags and the code cache's checksum, set here: no other thread
  }
  // The run's work, for the code cache: a small run's cache is remade by the first larger run.
  const { runExtract } = runBundle(fileURLToPath(bundle), () => files.length, true) as ExtractCommand;
  return (out, err) => runExtract(files, out, err, thread);
}

function isCurrent(bundle: URL, compiled: URL): boolean {
  try {
    return fs.statSync(bundle).mtimeMs >= fs.statSync(compiled).mtimeMs;
  } catch {
    return false;
  }
}

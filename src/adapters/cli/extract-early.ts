import fs from 'node:fs';
import { parseCliArgs } from './args.js';
import { spawnBundleThread, startExtractThread, worthTwoThreads, type ExtractThread } from './commands/extract-thread-start.js';

/** The `extract` command's one-script bundle (scripts/bundle-extract.mjs), when the build made one. */
export const EXTRACT_BUNDLE = new URL('./commands/extract.bundle.cjs', import.meta.url);

/** True when the bundle exists and is no older than the last compile (dist/.tsbuildinfo, written by every tsc run that emits). */
export function bundleIsCurrent(): boolean {
  try {
    return fs.statSync(EXTRACT_BUNDLE).mtimeMs >= fs.statSync(new URL('../../.tsbuildinfo', import.meta.url)).mtimeMs;
  } catch {
    return false;
  }
}

/**
 * `extract` over files enough for two threads, from a current bundle: its second thread, started before ./main.ts loads
 * the rest of the CLI, so that Node starts the thread while this thread loads the CLI's modules and then its bundle
 * (./extract-loader.ts, which takes this thread over). Held (`startExtractThread`): it touches no V8 flag until let go.
 * Undefined for any other command or run, and for a command line the CLI will refuse (it says why later).
 */
export function startEarlyExtractThread(argv: string[]): ExtractThread | undefined {
  if (argv[0] !== 'extract') return undefined;
  let files: string[];
  try {
    files = parseCliArgs(argv).positionals;
  } catch {
    return undefined;
  }
  if (!worthTwoThreads(files) || !bundleIsCurrent()) return undefined;
  return startHeldBundleThread(files);
}

/** `extract`'s second thread over `files`, from the bundle, held until its parent's bundle is loaded (`startExtractThread`). */
export function startHeldBundleThread(files: string[]): ExtractThread {
  return startExtractThread(files, new URL('./commands/extract-thread.bundle.cjs', import.meta.url), spawnBundleThread, true);
}

import { fileURLToPath } from 'node:url';
import { runBundle } from './cached-bundle.js';
import { worthTwoThreads, type ExtractThread } from './commands/extract-thread-start.js';
import { bundleIsCurrent, EXTRACT_BUNDLE, startHeldBundleThread } from './extract-early.js';
import { retuneAfterThreadStart, tuneForShortRun, untuneWhileThreadStarts } from './short-run.js';

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
 * anything here is tuned or compiled, and this thread loads its bundle while Node starts that thread (each ~0.1 G
 * instructions; before, this thread waited for the thread's start and loaded its bundle after it). Both compile under
 * V8's own flags meanwhile and neither touches them: the thread is held (`startExtractThread`) until this thread's
 * bundle is loaded, then sets `extract`'s flags itself and says so (./short-run.ts), while this thread runs nothing.
 * This thread's bundle is so always loaded under V8's own flags, with or without a second thread, and its code cache
 * made under them too (./cached-bundle.ts `ownFlagsAtExit`: at exit, once no other thread runs, the flags are set back).
 */
export async function loadExtractCommand(files: string[], early?: ExtractThread): Promise<LoadedExtract> {
  // (`early`: the held second thread ./main.ts started over the same files, having found the bundle current.)
  if (!early && !bundleIsCurrent()) {
    tuneForShortRun();
    const { runExtract } = await import('./commands/extract.js');
    return (out, err) => runExtract(files, out, err);
  }
  const thread = early ?? (worthTwoThreads(files) ? startHeldBundleThread(files) : undefined);
  let alone = !thread;
  void thread?.exited.then(() => (alone = true));
  // V8's own flags again for the code cache, made at exit: only with no other thread left (none writes them then).
  const ownFlags = () => {
    if (alone) untuneWhileThreadStarts();
    return alone;
  };
  let command: ExtractCommand;
  try {
    // The run's work, for the code cache: a small run's cache is remade by the first larger run.
    command = runBundle(fileURLToPath(EXTRACT_BUNDLE), () => files.length, true, ownFlags) as ExtractCommand;
  } catch (error) {
    // Nothing will read the thread's quotes now: every file is claimed, so it ends as soon as it is let go.
    if (thread) Atomics.store(thread.counter, 0, files.length);
    throw error;
  } finally {
    thread?.release();
  }
  // `extract`'s flags and the code cache's checksum: set by the thread, here if it ended before it could or if there is none.
  if (!thread || !(await thread.tuned)) retuneAfterThreadStart();
  const { runExtract } = command;
  return (out, err) => runExtract(files, out, err, thread);
}

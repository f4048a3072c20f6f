import v8 from 'node:v8';

/**
 * V8 flags for `extract`, which runs as a short process (the evaluation starts one per 200 files). Called before
 * the extractor loads; only how code is compiled changes, so the output is the same.
 *
 * `--no-opt`: no TurboFan. With V8's default tiering such a process spends about as much CPU compiling optimised
 * code on background threads as it spends extracting, and that code is thrown away at exit; the two extracting
 * threads already fill both cores. Without it the CLI's CPU over the corpus fell 12-13% and its wall 8-13% (loaded
 * machine, interleaved; docs/BENCH.md, session 12), while the main thread's own CPU did not grow. It replaces
 * session 11's `--interrupt-budget` (4x), which V8 12 (Node 22) no longer knows (it printed an error line on every
 * run there) and which makes no difference once TurboFan is off. The flag exists in V8 11 to 13 (Node 20, 22, 24);
 * Maglev (Node 22+) stays on. Were a later V8 to drop it, the CLI would go on (V8 prints one line on stderr).
 *
 * `--no-regexp-tier-up`: each regex is compiled once, to native code, on its first run. By default V8 first compiles
 * it to bytecode for its interpreter and compiles it again to native code on its second run, and each compile parses
 * the pattern anew; the extractor's ~300 regexes nearly all run more than once per batch, most of them `/u` with
 * `\p{...}` classes whose every parse asks ICU for the property's ranges (tens of microseconds each). That double
 * compile was 10% of all the instructions of a 200-file batch (valgrind); without it the batch ran 6.8% fewer
 * instructions (docs/EXTRACTION.md, session 18). Matching is the same engine, so the output is the same.
 */
export function tuneForShortRun(): void {
  v8.setFlagsFromString('--no-opt');
  v8.setFlagsFromString('--no-regexp-tier-up');
}

/** The flag under which V8 checks (and writes) a code cache's checksum (./cached-bundle.ts). */
export const CODE_CACHE_CHECKSUM = '--verify-snapshot-checksum';

/**
 * V8's defaults again for every flag `extract` sets (`tuneForShortRun` and the code cache's checksum), while a worker
 * thread starts; `retuneAfterThreadStart` sets them back. Node builds a thread's own modules (its bootstrap,
 * worker_threads, streams: about a hundred) from the code cache compiled into node, and V8 takes a code cache only
 * under the flags it was made with (their hash is in the cache); started under `extract`'s flags, the thread compiled
 * each of them from source and cached it anew: 128M -> 292M instructions for an empty worker, about 4% of a 135-file
 * batch (docs/EXTRACTION.md, session 21). V8's flags are the process's, and V8 caches a hash of them that every code
 * cache carries: a flag change clears the cached hash and only then writes the value, so a hash computed on another
 * thread in between (it compiles one of Node's modules) is kept for the new value. Every code cache the process then
 * writes carries that stale hash and no later process takes it (session 27's CI: both caches rejected and rewritten on
 * the next run). So one thread at a time touches the flags, while the other compiles nothing: the caller untunes
 * before the thread exists and waits, running nothing, while the thread calls `retuneAfterThreadStart` itself before
 * it compiles anything of ours; the caller retunes only if the thread is gone without having done it. The bundled CLI
 * starts its thread before it sets any flag, and holds it while it loads its own bundle under V8's own flags too
 * (../extract-early.ts, ../extract-loader.ts), so it has nothing to untune.
 */
export function untuneWhileThreadStarts(): void {
  v8.setFlagsFromString('--opt');
  v8.setFlagsFromString('--regexp-tier-up');
  v8.setFlagsFromString('--no-verify-snapshot-checksum');
}

/** `extract`'s flags again, after `untuneWhileThreadStarts`: set by the thread itself, or by its caller once it is gone. */
export function retuneAfterThreadStart(): void {
  tuneForShortRun();
  v8.setFlagsFromString(CODE_CACHE_CHECKSUM);
}

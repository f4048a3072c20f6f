import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBundle } from './cached-bundle.js';

type ExtractCommand = typeof import('./commands/extract.js');

/**
 * The `extract` command from its one-script bundle when the build made one (scripts/bundle-extract.mjs) and it is
 * no older than the last compile (dist/.tsbuildinfo, written by every tsc run that emits), run with V8's code cache
 * (./cached-bundle.ts; `files`: how many files this run was given); else as compiled. Run from sources (tsx, tests)
 * there is no bundle beside this file and the modules load as they are.
 */
export async function loadExtractCommand(files: number): Promise<ExtractCommand> {
  const bundle = new URL('./commands/extract.bundle.cjs', import.meta.url);
  const compiled = new URL('../../.tsbuildinfo', import.meta.url);
  // The run's work, for the code cache: a small run's cache is remade by the first larger run.
  if (isCurrent(bundle, compiled)) return runBundle(fileURLToPath(bundle), () => files) as ExtractCommand;
  return import('./commands/extract.js');
}

function isCurrent(bundle: URL, compiled: URL): boolean {
  try {
    return fs.statSync(bundle).mtimeMs >= fs.statSync(compiled).mtimeMs;
  } catch {
    return false;
  }
}

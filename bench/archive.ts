/**
 * Generated archives for the search bench, made by the evaluation's `gen-scale.mjs` and cached under a temp
 * folder (one per size and seed), so a second run skips the minutes of generation. The shipped generator runs
 * unchanged: its random number generator is exact 32-bit arithmetic, so every seed gives distinct articles.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where archives and indexes are cached between runs (`BENCH_CACHE` overrides). */
export const CACHE_DIR = process.env.BENCH_CACHE ?? path.join(os.tmpdir(), 'onrecord-bench');

export interface Archive {
  dir: string;
  articlesDir: string;
  questionsFile: string;
  quotes: number;
  seed: number;
}

/** Path of the generator, or undefined when `../shared` is not there. */
export function generatorPath(root: string): string | undefined {
  const p = path.resolve(root, '..', 'shared', 'eval', 'gen-scale.mjs');
  return fs.existsSync(p) ? p : undefined;
}

/** Returns the cached archive for (quotes, seed), generating it first when missing. */
export function ensureArchive(root: string, corpus: string, quotes: number, seed: number, log: (s: string) => void): Archive {
  const gen = generatorPath(root);
  if (!gen) throw new Error('the archive generator ../shared/eval/gen-scale.mjs is not available');
  const dir = path.join(CACHE_DIR, `archive-s${seed}-${quotes}`);
  const archive: Archive = { dir, articlesDir: path.join(dir, 'articles'), questionsFile: path.join(dir, 'questions.jsonl'), quotes, seed };
  if (fs.existsSync(archive.questionsFile)) return archive;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = `${dir}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  log(`generating ${quotes} quotes (seed ${seed}) into ${dir} ...`);
  const r = spawnSync(process.execPath, [gen, corpus, tmp, String(quotes), '400'], {
    env: { ...process.env, GEN_SEED: String(seed) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`gen-scale.mjs failed (${r.status})`);
  fs.renameSync(tmp, dir);
  return archive;
}

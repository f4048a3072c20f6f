/**
 * Generated archives for the search bench, made by the evaluation's `gen-scale.mjs` and cached under a temp
 * folder (one per size, seed and generator flavour), so a second run skips the minutes of generation.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where archives and indexes are cached between runs (`BENCH_CACHE` overrides). */
export const CACHE_DIR = process.env.BENCH_CACHE ?? path.join(os.tmpdir(), 'onrecord-bench');

/**
 * `exact`: the generator with its random number generator computed in exact integer arithmetic. As shipped,
 * `seed * 1103515245` overflows a double's 53 bits, so the sequence falls into a cycle of 10,466 states for
 * every seed and the archive repeats whole articles (a "1M" archive holds only a few thousand distinct
 * articles, which ingest collapses into one each). `as-is` runs the shipped script unchanged.
 */
export type GeneratorFlavour = 'exact' | 'as-is';

export interface Archive {
  dir: string;
  articlesDir: string;
  questionsFile: string;
  quotes: number;
  seed: number;
  flavour: GeneratorFlavour;
}

/** The shipped generator's one-line LCG, and the same LCG with the multiplication done modulo 2^32 exactly. */
const LCG_AS_SHIPPED = 'const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);';
const LCG_EXACT = 'const rnd = () => ((seed = ((Math.imul(seed, 1103515245) + 12345) & 0x7fffffff)) / 2147483648);';

/** Path of the generator, or undefined when `../shared` is not there. */
export function generatorPath(root: string): string | undefined {
  const p = path.resolve(root, '..', 'shared', 'eval', 'gen-scale.mjs');
  return fs.existsSync(p) ? p : undefined;
}

/** Returns the cached archive for (quotes, seed, flavour), generating it first when missing. */
export function ensureArchive(root: string, corpus: string, quotes: number, seed: number, flavour: GeneratorFlavour, log: (s: string) => void): Archive {
  const gen = generatorPath(root);
  if (!gen) throw new Error('the archive generator ../shared/eval/gen-scale.mjs is not available');
  const dir = path.join(CACHE_DIR, `archive-${flavour}-s${seed}-${quotes}`);
  const archive: Archive = { dir, articlesDir: path.join(dir, 'articles'), questionsFile: path.join(dir, 'questions.jsonl'), quotes, seed, flavour };
  if (fs.existsSync(archive.questionsFile)) return archive;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  let script = gen;
  if (flavour === 'exact') {
    const source = fs.readFileSync(gen, 'utf8');
    if (!source.includes(LCG_AS_SHIPPED)) throw new Error('gen-scale.mjs changed: its random number generator line is not the expected one; use --gen as-is');
    // Written next to the cache, never into the repository; only the arithmetic of the one line changes.
    script = path.join(CACHE_DIR, 'gen-scale-exact.mjs');
    fs.writeFileSync(script, source.replace(LCG_AS_SHIPPED, LCG_EXACT));
  }
  const tmp = `${dir}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  log(`generating ${quotes} quotes (seed ${seed}, ${flavour} generator) into ${dir} ...`);
  const r = spawnSync(process.execPath, [script, corpus, tmp, String(quotes), '400'], {
    env: { ...process.env, GEN_SEED: String(seed) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`gen-scale.mjs failed (${r.status})`);
  fs.renameSync(tmp, dir);
  return archive;
}

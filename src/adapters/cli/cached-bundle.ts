import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { CODE_CACHE_CHECKSUM } from './short-run.js';

export { tuneForShortRun } from './short-run.js';

/**
 * Runs a CommonJS bundle (scripts/bundle-extract.mjs) through `vm.Script` with V8's code cache kept beside it
 * (`FILE.v8cache`), and returns its exports. A cold `extract` process otherwise parses and compiles to bytecode every
 * function of the bundle it calls, in each of the evaluation's processes and in each of their two threads; with the
 * cache V8 reads the bytecode instead. Node 20 has no compile cache for modules (`module.enableCompileCache` is 22.1+);
 * `vm.Script` with `cachedData` works on 20, 22 and 24.
 *
 * The cache is made at exit, after the run (so the functions compiled lazily during it are in it), when there was
 * none or V8 rejected it (another V8 version or other flags); it is written atomically (a rename) and a failure to
 * write is ignored (a read-only dist/). Its first line names the bundle it was made from (size and mtime): a rebuilt
 * bundle does not take the cache of the old one, since V8 itself checks only the source's length. A cache damaged
 * within the same length would be taken and crash V8: `--verify-snapshot-checksum` makes V8 check the checksum it
 * writes into every cache and reject a damaged one (no measurable cost). V8 flags are the process's, so the flag is
 * set alike when a cache is made and when it is read, as V8 requires (it rejects a cache made under other flags).
 */
export function runBundle(file: string): unknown {
  v8.setFlagsFromString(CODE_CACHE_CHECKSUM);
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = `${file}.v8cache`;
  const stamp = stampOf(file);
  const cachedData = readCache(cacheFile, stamp);
  const script = new vm.Script(wrap(source), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => writeCache(script, cacheFile, stamp));
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  run(module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

/** The CommonJS wrapper, as Node's own loader puts it around a .cjs file. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
}

/** Identifies the bundle a cache was made from: rebuilding rewrites the file (new mtime). */
function stampOf(file: string): string {
  const st = fs.statSync(file);
  return `onrecord-v8cache ${st.size} ${st.mtimeMs}\n`;
}

/** The cached code after its stamp line, or undefined when missing, unreadable or made from another bundle. */
function readCache(cacheFile: string, stamp: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const head = Buffer.byteLength(stamp);
  if (data.length <= head || data.toString('latin1', 0, head) !== stamp) return undefined;
  return data.subarray(head);
}

function writeCache(script: vm.Script, cacheFile: string, stamp: string): void {
  const temp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.writeFileSync(temp, Buffer.concat([Buffer.from(stamp, 'latin1'), script.createCachedData()]));
    fs.renameSync(temp, cacheFile);
  } catch {
    fs.rmSync(temp, { force: true });
  }
}

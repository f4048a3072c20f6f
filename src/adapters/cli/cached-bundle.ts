import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { CODE_CACHE_CHECKSUM } from './short-run.js';

export { retuneAfterThreadStart } from './short-run.js';

/**
 * Runs a CommonJS bundle (scripts/bundle-extract.mjs) through `vm.Script` with V8's code cache kept beside it
 * (`FILE.v8cache`), and returns its exports. A cold `extract` process otherwise parses and compiles to bytecode every
 * function of the bundle it calls, in each of the evaluation's processes and in each of their two threads; with the
 * cache V8 reads the bytecode instead. Node 20 has no compile cache for modules (`module.enableCompileCache` is 22.1+);
 * `vm.Script` with `cachedData` works on 20, 22 and 24.
 *
 * The cache is made at exit, after the run (so the functions compiled lazily during it are in it), when there was
 * none or V8 rejected it (another V8 version or other flags); it is written atomically (a rename) and a failure to
 * write is ignored (a read-only dist/). It holds only what the run that made it compiled, so the run's work (`work`,
 * files given) goes into it: a run that did none makes none, and a cache made by a run of fewer than `FULL_RUN` files
 * is remade once by the first larger run (made by `extract` of one empty file, the extractor never having run, the
 * cache held 177 kB instead of ~460, and every later process compiled the rest from source: +9% instructions for 24
 * files; docs/EXTRACTION.md, session 22). Its first line names the bundle it was made from (size and mtime) and that
 * work: a rebuilt bundle does not take the cache of the old one, since V8 itself checks only the source's length. A
 * cache damaged within the same length would be taken and crash V8: `--verify-snapshot-checksum` makes V8 check the
 * checksum it writes into every cache and reject a damaged one (no measurable cost). V8 flags are the process's, so the flag is
 * set alike when a cache is made and when it is read, as V8 requires (it rejects a cache made under other flags).
 *
 * `ownFlagsAtExit` (the main thread's bundle, ../extract-loader.ts): the bundle is loaded under V8's own flags, while the second
 * thread starts under them too (Node's modules from node's code cache), before either sets `extract`'s. The cache
 * must then be made under V8's own flags as well: at exit `ownFlagsAtExit` sets them back, if no other thread runs, and says
 * whether the cache may be written. With no checksum flag, such a cache carries its own CRC-32 (zlib's, Node 20.15+;
 * on an older Node no cache is used), checked before V8 is given it.
 */
export function runBundle(file: string, work: () => number = () => FULL_RUN, checksumSet = false, ownFlagsAtExit?: () => boolean): unknown {
  // `checksumSet`: the caller has set it (`retuneAfterThreadStart`), and another thread may be compiling meanwhile.
  // `ownFlagsAtExit`: loaded under V8's own flags, the checksum flag unset (see the comment above).
  if (!checksumSet && !ownFlagsAtExit) v8.setFlagsFromString(CODE_CACHE_CHECKSUM);
  const crc32 = ownFlagsAtExit ? crc32Function(file) : undefined;
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = `${file}.v8cache`;
  const stamp = stampOf(file);
  // Without a CRC-32 to check it by, a cache loaded under V8's own flags could be damaged unseen: none is used.
  const cached = ownFlagsAtExit && !crc32 ? undefined : readCache(cacheFile, stamp, crc32);
  const script = new vm.Script(wrap(source), { filename: file, cachedData: cached?.data });
  // The work of the run that made the cache in use (-1: none in use).
  const madeBy = cached && !script.cachedDataRejected ? cached.work : -1;
  if (madeBy < FULL_RUN && (!ownFlagsAtExit || crc32)) {
    process.once('exit', () => {
      const done = work();
      if (done > Math.max(madeBy, 0) && (!ownFlagsAtExit || ownFlagsAtExit())) writeCache(script, cacheFile, stamp, done, crc32);
    });
  }
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  run(module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

/** The CommonJS wrapper, as Node's own loader puts it around a .cjs file. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
}

/**
 * Files extracted by a run after which its cache is kept for good: it is the threshold of the second thread
 * (`MIN_FILES_FOR_TWO_THREADS`, ./commands/extract-thread-start.ts), whose thread always counts as a full run.
 */
export const FULL_RUN = 24;

/** Identifies the bundle a cache was made from: rebuilding rewrites the file (new mtime). */
function stampOf(file: string): string {
  const st = fs.statSync(file);
  return `onrecord-v8cache ${st.size} ${st.mtimeMs} `;
}

type Crc32 = (data: Uint8Array) => number;

/** zlib's CRC-32 (Node 20.15+), loaded only for a cache that carries one; undefined on an older Node. */
function crc32Function(file: string): Crc32 | undefined {
  const zlib = createRequire(file)('node:zlib') as { crc32?: Crc32 };
  return typeof zlib.crc32 === 'function' ? zlib.crc32 : undefined;
}

/**
 * The cached code after its stamp line and the work of the run that made it, or undefined when missing, unreadable
 * or made from another bundle. The line is the stamp, then (`crc32` given) the cached code's CRC-32 in hex and a space,
 * then the work: a CRC that does not match leaves the cache unused.
 */
function readCache(cacheFile: string, stamp: string, crc32?: Crc32): { data: Buffer; work: number } | undefined {
  let data: Buffer;
  try {
    data = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const head = Buffer.byteLength(stamp);
  const eol = data.indexOf(10, head);
  if (eol < 0 || data.length <= eol + 1 || data.toString('latin1', 0, head) !== stamp) return undefined;
  const fields = data.toString('latin1', head, eol).split(' ');
  if (fields.length !== (crc32 ? 2 : 1)) return undefined;
  const work = Number(fields.at(-1));
  if (!Number.isSafeInteger(work) || work < 0) return undefined;
  const code = data.subarray(eol + 1);
  if (crc32 && fields[0] !== crc32(code).toString(16)) return undefined;
  return { data: code, work };
}

function writeCache(script: vm.Script, cacheFile: string, stamp: string, work: number, crc32?: Crc32): void {
  const temp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const code = script.createCachedData();
    const line = crc32 ? `${stamp}${crc32(code).toString(16)} ${work}\n` : `${stamp}${work}\n`;
    fs.writeFileSync(temp, Buffer.concat([Buffer.from(line, 'latin1'), code]));
    fs.renameSync(temp, cacheFile);
  } catch {
    fs.rmSync(temp, { force: true });
  }
}

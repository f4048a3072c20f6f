import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { bundleExtract } from '../../scripts/bundle-extract.mjs';

// Copies dist/ and starts the CLI several times: slow on a busy two-core machine.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

/**
 * The `extract` bundle (scripts/bundle-extract.mjs) is a build step the evaluation's speed depends on: it must give
 * the compiled modules' output byte for byte, run without them (bundled thread included), and never be used once
 * it is older than the last compile. Each test works on a copy of the compiled project in a throw-away folder.
 */
const root = path.resolve(import.meta.dirname, '../..');
let copy: string;
let articles: string[];

function extract(args: string[] = [], cwd = copy) {
  const r = spawnSync(process.execPath, [...args, path.join(cwd, 'dist/adapters/cli/main.js'), 'extract', '--json', ...articles], { encoding: 'utf8', cwd });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A throw-away copy of the compiled project, without the bundles and their caches. */
function copyProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-bundle-'));
  fs.cpSync(path.join(root, 'dist'), path.join(dir, 'dist'), { recursive: true, filter: (f) => !/\.bundle\.c?js/.test(f) });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  fs.copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  return dir;
}

beforeAll(async () => {
  expect(fs.existsSync(path.join(root, 'dist/adapters/cli/commands/extract.js')), 'dist/ is built by `npm ci` (or `npm run build`)').toBe(true);
  copy = copyProject();
  // Enough articles for the second thread (24 or more), of invented harbour news.
  articles = Array.from({ length: 30 }, (_, i) => {
    const f = path.join(copy, `pier-${i}.txt`);
    fs.writeFileSync(f, `Pier ${i} to reopen\n\n"We will reopen pier ${i} in May," said Mara Quell, the harbour master of Port Vellan.\n\nShe added that the ferry would run "every hour, weather allowing".\n`);
    return f;
  });
});
afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

describe('the extract bundle', () => {
  it('keeps regular expressions with Unicode property escapes as literals, compiled once, not rebuilt per call', async () => {
    expect(await bundleExtract(copy)).toBe(true);
    const bundle = fs.readFileSync(path.join(copy, 'dist/adapters/cli/commands/extract.bundle.cjs'), 'utf8');
    // The extractor tests words with /\p{Lu}/u and the like in its hottest loops; lowered to `new RegExp(...)`
    // each call builds a fresh object, several times slower.
    expect(bundle).toMatch(/\/\^\\p\{Lu\}/);
    expect(bundle).not.toMatch(/new RegExp\("[^"]*\\\\p\{/);
  });

  it('gives the compiled modules output byte for byte, and runs without them on both threads', async () => {
    const compiled = extract();
    expect(compiled.code).toBe(0);
    expect(compiled.out.split('\n').filter(Boolean)).toHaveLength(30);
    expect(await bundleExtract(copy)).toBe(true);
    // Without the compiled extractor, only a bundle can extract: the output proves it is the one loaded.
    fs.rmSync(path.join(copy, 'dist/core/extraction'), { recursive: true });
    const profiles = path.join(copy, 'profiles');
    const bundled = extract([`--cpu-prof`, `--cpu-prof-dir=${profiles}`]);
    expect(bundled.err).toBe('');
    expect(bundled.out).toBe(compiled.out);
    // One profile per thread: the second thread ran, and ran the bundled thread script.
    const written = fs.readdirSync(profiles).map((f) => fs.readFileSync(path.join(profiles, f), 'utf8'));
    expect(written).toHaveLength(2);
    expect(written.filter((p) => p.includes('extract-thread.bundle.cjs'))).toHaveLength(1);
  });

  it('is not used once a compile is newer than it', () => {
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(copy, 'dist/.tsbuildinfo'), later, later);
    // The compiled extractor is gone (previous test), so loading the modules as compiled fails: the stale bundle was skipped.
    const r = extract();
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
  });
});

/**
 * The bundles run through V8's code cache (src/adapters/cli/cached-bundle.ts), made by the first run: whatever state
 * the cache is in, the output must stay the compiled modules', and a cache V8 cannot use must be remade.
 */
describe('the extract bundle with its V8 code cache', () => {
  let project: string;
  let reference: string;
  const run = (args: string[] = []) => extract(args, project);
  const commands = () => path.join(project, 'dist/adapters/cli/commands');
  const caches = () => ['extract', 'extract-thread'].map((name) => path.join(commands(), `${name}.bundle.cjs.v8cache`));
  /** Identifies a cache file's version: a rewrite is a new file renamed over the old one. */
  const versions = () => caches().map((f) => `${fs.statSync(f).ino}:${fs.statSync(f).mtimeMs}`);
  const expected = () => reference;

  beforeAll(async () => {
    project = copyProject();
    reference = run().out; // no bundle yet: the compiled modules
    expect(reference.split('\n').filter(Boolean)).toHaveLength(30);
    expect(await bundleExtract(project)).toBe(true);
  });
  afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

  it('is made by the first run, for both threads, and read by the next without being rewritten', () => {
    caches().forEach((f) => expect(fs.existsSync(f)).toBe(false));
    const first = run();
    expect(first.err).toBe('');
    expect(first.out).toBe(expected());
    const made = versions();
    const second = run();
    expect(second.err).toBe('');
    expect(second.out).toBe(expected());
    expect(versions()).toEqual(made);
  });

  it('made under other V8 flags is rejected, and the run that rejected it rewrites it', () => {
    const made = versions();
    const r = run(['--max-lazy']);
    expect(r.err).toBe('');
    expect(r.out).toBe(expected());
    expect(versions()).not.toEqual(made);
  });

  it('damaged within its length is rejected (V8 checksum; the main thread\'s own CRC-32) instead of crashing the process, then rewritten', () => {
    run(); // a cache made under the CLI's own flags
    for (const f of caches()) {
      const data = fs.readFileSync(f);
      for (let i = data.indexOf(10) + 200; i < data.length; i += 997) data[i]! ^= 0x5a;
      fs.writeFileSync(f, data);
    }
    const damaged = versions();
    const r = run();
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(expected());
    expect(versions()).not.toEqual(damaged);
  });

  it('of the main thread is made under V8\'s own flags and carries its CRC-32; the second thread touches the flags only once let go', () => {
    run();
    const [main, thread] = caches().map((f) => fs.readFileSync(f, 'latin1').split('\n')[0]!.split(' '));
    expect(main).toHaveLength(5); // stamp (3 fields), CRC-32, work
    expect(main![3]).toMatch(/^[0-9a-f]+$/);
    expect(thread).toHaveLength(4); // V8 checks it (--verify-snapshot-checksum)
    // A held thread (the CLI holds it while its own bundle loads) says it has set the flags only after `release`.
    const start = pathToFileURL(path.join(commands(), 'extract-thread-start.js')).href;
    const script = `import { startExtractThread, spawnBundleThread } from ${JSON.stringify(start)};
      const t = startExtractThread([], new URL('./extract-thread.bundle.cjs', ${JSON.stringify(start)}), spawnBundleThread, true);
      let tuned = false; t.tuned.then((v) => (tuned = v));
      setTimeout(() => { console.log('held', tuned); t.release(); t.tuned.then((v) => console.log('let go', v)); }, 3000);`;
    fs.writeFileSync(path.join(project, 'held.mjs'), script); // a file: --input-type would reach the thread's own script
    // (A thread never let go would keep the process alive: the timeout makes that a failure, not a hung suite.)
    const r = spawnSync(process.execPath, [path.join(project, 'held.mjs')], { encoding: 'utf8', cwd: project, timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('held false\nlet go true\n');
  });

  it('cut short or not a cache at all is ignored', () => {
    const [main, thread] = caches();
    fs.truncateSync(main!, Math.floor(fs.statSync(main!).size / 2));
    fs.writeFileSync(thread!, 'not a cache');
    const r = run();
    expect(r.err).toBe('');
    expect(r.out).toBe(expected());
  });

  it('made from another build of the bundle (same length, V8 would take it) is not used, and is remade', () => {
    run();
    const stamps = () => caches().map((f) => fs.readFileSync(f, 'latin1').split('\n')[0]);
    const before = stamps();
    const later = new Date(Date.now() + 30_000);
    for (const name of ['extract', 'extract-thread']) fs.utimesSync(path.join(commands(), `${name}.bundle.cjs`), later, later);
    const r = run();
    expect(r.err).toBe('');
    expect(r.out).toBe(expected());
    const after = stamps();
    after.forEach((stamp, i) => expect(stamp).not.toBe(before[i]));
  });

  it('goes when the bundle is rebuilt', async () => {
    expect(await bundleExtract(project)).toBe(true);
    caches().forEach((f) => expect(fs.existsSync(f)).toBe(false));
  });

  it('made by a small run (one empty file: the extractor never ran) is remade once by the first run of 24 files or more, then kept', () => {
    const [main] = caches();
    const work = () => fs.readFileSync(main!, 'latin1').split('\n')[0]!.split(' ').at(-1);
    const withFiles = (files: string[]) => spawnSync(process.execPath, [path.join(project, 'dist/adapters/cli/main.js'), 'extract', '--json', ...files], { encoding: 'utf8', cwd: project });
    const empty = path.join(project, 'empty.txt');
    fs.writeFileSync(empty, '');
    expect(withFiles([empty]).status).toBe(2);
    expect(work()).toBe('1');
    const version = () => `${fs.statSync(main!).ino}:${fs.statSync(main!).mtimeMs}`;
    const small = version();
    expect(withFiles(articles.slice(0, 1)).stdout).toBe(expected().split('\n')[0] + '\n');
    expect(version()).toBe(small);
    expect(run().out).toBe(expected());
    expect(work()).toBe('30');
    const full = versions();
    expect(run().out).toBe(expected());
    expect(versions()).toEqual(full);
  });
});

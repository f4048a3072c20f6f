import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

beforeAll(async () => {
  expect(fs.existsSync(path.join(root, 'dist/adapters/cli/commands/extract.js')), 'dist/ is built by `npm ci` (or `npm run build`)').toBe(true);
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-bundle-'));
  fs.cpSync(path.join(root, 'dist'), path.join(copy, 'dist'), { recursive: true, filter: (f) => !f.endsWith('.bundle.js') && !f.endsWith('.bundle.js.map') });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  fs.copyFileSync(path.join(root, 'package.json'), path.join(copy, 'package.json'));
  // Enough articles for the second thread (24 or more), of invented harbour news.
  articles = Array.from({ length: 30 }, (_, i) => {
    const f = path.join(copy, `pier-${i}.txt`);
    fs.writeFileSync(f, `Pier ${i} to reopen\n\n"We will reopen pier ${i} in May," said Mara Quell, the harbour master of Port Vellan.\n\nShe added that the ferry would run "every hour, weather allowing".\n`);
    return f;
  });
});
afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

describe('the extract bundle', () => {
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
    expect(written.filter((p) => p.includes('extract-thread.bundle.js'))).toHaveLength(1);
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

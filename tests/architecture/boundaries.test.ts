import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The tree is the architecture: these tests fail when a module imports across a boundary it must not cross.
 * Imports are read from the source text (static `import ... from`, `export ... from` and dynamic `import()`).
 */
const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g)) specs.push(m[1] as string);
  for (const m of text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1] as string);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) specs.push(m[1] as string);
  return specs;
}

/** Where a relative import lands, relative to the repository root (packages stay as named). */
function resolveSpec(file: string, spec: string): string {
  return spec.startsWith('.') ? path.relative(root, path.resolve(path.dirname(file), spec)) : spec;
}

const PLATFORM_SDKS = [/^@slack\//, /^discord\.js$/, /^@discordjs\//, /^ws$/];

/**
 * Network, file and process I/O the core must not do itself: it answers from a store and fetches through the
 * PageFetcher port it is given. Fetching, feeds and reading article folders live in src/io, used by the
 * processes (bootstrap, worker, CLI). What the core legitimately keeps: node:crypto (hashing), node:module
 * (loading CommonJS parsers), node:path (string work), parsers (linkedom, readability, yaml, zod, stemmer), and
 * the stores, which are the adapters of the store port: src/core/store/sqlite opens its database file (node:fs,
 * better-sqlite3), src/core/store/postgres talks to its server (pg). Nothing else in the core may.
 */
const CORE_IO: RegExp[] = [
  /^(node:)?(fs|fs\/promises|net|http|https|http2|dns|dns\/promises|tls|dgram|child_process|cluster|worker_threads|readline)$/,
  /^undici$/,
  /^(node-)?fetch$/,
  /^axios$/,
  /^pg$/,
  /^better-sqlite3$/,
];
const STORE_IO: [RegExp, string][] = [
  [/^(node:)?fs$/, 'src/core/store/sqlite/'],
  [/^better-sqlite3$/, 'src/core/store/sqlite/'],
  [/^pg$/, 'src/core/store/postgres/'],
];
const DB_DRIVERS: [RegExp, string][] = [
  [/^better-sqlite3$/, 'src/core/store/sqlite/'],
  [/^pg$/, 'src/core/store/postgres/'],
];

describe('architecture boundaries', () => {
  const files = sourceFiles(path.join(root, 'src'));

  it('finds the sources it checks', () => {
    expect(files.some((f) => f.includes(`${path.sep}core${path.sep}`))).toBe(true);
  });

  it('the core imports no adapter, no config and no platform SDK', () => {
    const bad: string[] = [];
    for (const f of files.filter((f) => path.relative(root, f).startsWith('src/core/'))) {
      for (const spec of importsOf(f)) {
        const target = resolveSpec(f, spec);
        if (target.startsWith('src/adapters') || target.startsWith('src/config') || target.startsWith('src/worker') || PLATFORM_SDKS.some((re) => re.test(spec))) {
          bad.push(`${path.relative(root, f)} imports ${spec}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('the core does no network, file or process I/O of its own: only the stores reach their database', () => {
    const bad: string[] = [];
    for (const f of files.filter((f) => path.relative(root, f).startsWith('src/core/'))) {
      const rel = path.relative(root, f);
      for (const spec of importsOf(f)) {
        const target = resolveSpec(f, spec);
        if (target.startsWith('src/io') || target.startsWith('src/process')) bad.push(`${rel} imports ${spec}`);
        if (!CORE_IO.some((re) => re.test(spec))) continue;
        if (STORE_IO.some(([re, home]) => re.test(spec) && rel.startsWith(home))) continue;
        bad.push(`${rel} imports ${spec}`);
      }
      // Nor through Node's globals: no fetch(), no WebSocket.
      const code = fs.readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      if (/(^|[^.\w])fetch\(|\bnew WebSocket\b/.test(code)) bad.push(`${rel} uses a global I/O API`);
    }
    expect(bad).toEqual([]);
  });

  it('fetching, feeds and article files live in src/io, none left in the core', () => {
    // The moved modules exist where the processes import them, and none is left behind in the core.
    for (const dir of ['src/io/fetch', 'src/io/feeds']) expect(fs.existsSync(path.join(root, dir)), dir).toBe(true);
    for (const dir of ['src/core/fetch', 'src/core/feeds', 'src/core/articles/files.ts']) expect(fs.existsSync(path.join(root, dir)), dir).toBe(false);
  });

  it('database drivers are imported only inside their own store folder', () => {
    const bad: string[] = [];
    for (const f of files) {
      const rel = path.relative(root, f);
      for (const spec of importsOf(f)) {
        for (const [re, home] of DB_DRIVERS) if (re.test(spec) && !rel.startsWith(home)) bad.push(`${rel} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('adapters hold no extraction or ranking: they reach the core only through its public surface', () => {
    const allowed = [/^src\/core\/(index|api|errors|extract)$/, /^src\/core\/answers\/model$/, /^src\/core\/articles\/model$/];
    const bad: string[] = [];
    for (const f of files.filter((f) => path.relative(root, f).startsWith('src/adapters/'))) {
      for (const spec of importsOf(f)) {
        const target = resolveSpec(f, spec).replace(/\.js$/, '');
        if (target.startsWith('src/core/') && !allowed.some((re) => re.test(target))) bad.push(`${path.relative(root, f)} imports ${target}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('one adapter never imports another, except the CLI calling the renderers it prints', () => {
    const bad: string[] = [];
    for (const f of files.filter((f) => path.relative(root, f).startsWith('src/adapters/'))) {
      const own = path.relative(root, f).split('/')[2];
      for (const spec of importsOf(f)) {
        const target = resolveSpec(f, spec).replace(/\.js$/, '');
        const m = /^src\/adapters\/([^/]+)\//.exec(target);
        if (!m || m[1] === own) continue;
        if (own === 'cli' && /^src\/adapters\/(slack|discord)\/render$/.test(target)) continue;
        bad.push(`${path.relative(root, f)} imports ${target}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('only src/config reads process.env', () => {
    const bad = files
      .filter((f) => !path.relative(root, f).startsWith('src/config/'))
      .filter((f) => /process\.env\b/.test(fs.readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')))
      .map((f) => path.relative(root, f));
    expect(bad).toEqual([]);
  });
});

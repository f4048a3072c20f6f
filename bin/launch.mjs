#!/usr/bin/env node
// Runs a compiled entry point from dist/, compiling first when dist/ is missing or older than src/.
// `npm ci` compiles once (the "prepare" script); this keeps a developer's edits from running stale code
// without paying TypeScript's start-up on every call (the evaluation calls the CLI hundreds of times).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.build-stamp');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!fs.existsSync(stamp)) return true;
  const built = fs.statSync(stamp).mtimeMs;
  return newestMtime(path.join(root, 'src')) > built || fs.statSync(path.join(root, 'tsconfig.json')).mtimeMs > built;
}

if (isStale()) {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0 && !fs.existsSync(path.join(root, 'dist', 'adapters'))) {
    process.stderr.write(`onrecord: could not compile the sources (run "npm run build" to see why)\n${r.stdout}${r.stderr}`);
    process.exit(2);
  }
  const { bundleExtract } = await import('../scripts/bundle-extract.mjs'); // only when rebuilding: off every start
  await bundleExtract(root);
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  fs.writeFileSync(stamp, new Date().toISOString());
}

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: launch.mjs ENTRY [ARGS...]\n');
  process.exit(2);
}
process.argv = [process.argv[0], path.join(root, 'dist', entry), ...rest];
await import(pathToFileURL(path.join(root, 'dist', entry)).href);

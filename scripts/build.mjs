// Compiles src/ to dist/, bundles the `extract` command (scripts/bundle-extract.mjs) and stamps the build, so
// bin/launch.mjs knows dist/ is current.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleExtract } from './bundle-extract.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
await bundleExtract(root);
fs.writeFileSync(path.join(root, 'dist', '.build-stamp'), new Date().toISOString());

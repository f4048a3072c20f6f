#!/usr/bin/env node
// Fits one numeric constant of the extractor (a distance, a window) on the tuning sets: for each candidate value it
// copies src/ and scripts/ to a scratch folder, sets `const NAME = VALUE;` in the given file, and counts the wrong
// speakers that scripts/classify-wrong-speakers.ts finds on PolNeAR train, dev and dev2 (PolNeAR dev is never read).
// A developer tool that reads ../shared, like the classifier it runs.
//
//   node scripts/sweep-constant.mjs --file src/core/extraction/reader.ts --name MAX_ASIDE_AFTER_QUOTE --values 8,16,24,32 [--shared ../shared]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const opt = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const file = opt('--file');
const name = opt('--name');
const values = (opt('--values', '') ?? '').split(',').filter(Boolean);
const shared = path.resolve(opt('--shared', process.env.ONRECORD_SHARED ?? '../shared'));
if (!file || !name || values.length === 0) {
  console.error('usage: node scripts/sweep-constant.mjs --file FILE --name CONST --values A,B,C [--shared DIR]');
  process.exit(2);
}
const source = fs.readFileSync(path.join(root, file), 'utf8');
const pattern = new RegExp(`const ${name} = \\d+;`);
if (!pattern.test(source)) throw new Error(`no "const ${name} = <number>;" in ${file}`);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sweep-'));
for (const entry of ['src', 'scripts', 'package.json', 'tsconfig.json']) fs.cpSync(path.join(root, entry), path.join(scratch, entry), { recursive: true });
fs.symlinkSync(fs.realpathSync(path.join(root, 'node_modules')), path.join(scratch, 'node_modules'));
console.log(['value', 'polnear-train', 'dev', 'dev2', 'total'].join('\t'));
for (const v of values) {
  fs.writeFileSync(path.join(scratch, file), source.replace(pattern, `const ${name} = ${Number(v)};`));
  const out = path.join(scratch, `wrong-${v}.jsonl`);
  execFileSync('npx', ['tsx', 'scripts/classify-wrong-speakers.ts', '--shared', shared, '--json', out, '--examples', '0'], { cwd: scratch, stdio: 'ignore' });
  const counts = { 'polnear-train': 0, dev: 0, dev2: 0 };
  for (const line of fs.readFileSync(out, 'utf8').split('\n')) if (line) counts[JSON.parse(line).set]++;
  console.log([v, counts['polnear-train'], counts.dev, counts.dev2, counts['polnear-train'] + counts.dev + counts.dev2].join('\t'));
}
fs.rmSync(scratch, { recursive: true, force: true });

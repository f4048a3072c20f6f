// Compares two builds of the extractor for speed in ONE process, alternating passes over the whole corpus, so that a
// noisy machine's load falls on both alike (the bench's separate processes were within noise of each other).
// Prints each build's median and minimum seconds per warm pass (the first pass of each, cold, is left out).
//   node scripts/ab-extract.mjs WORKTREE_A WORKTREE_B [FILES_LIST] [PASSES]
// Each worktree needs a built dist/ (`npm run build`); FILES_LIST: one article path per line (the whole corpus as
// bench/extract.ts's `corpusFiles` lists it).
import fs from 'node:fs';
import path from 'node:path';

const [a, b, list, passesArg] = process.argv.slice(2);
if (!a || !b || !list) {
  console.error('usage: node scripts/ab-extract.mjs WORKTREE_A WORKTREE_B FILES_LIST [PASSES]');
  process.exit(2);
}
const passes = Number(passesArg ?? 12);
const builds = {};
for (const wt of [a, b]) {
  const dist = path.resolve(wt, 'dist', 'core');
  builds[wt] = {
    load: await import(path.join(dist, 'articles', 'load.js')),
    extract: await import(path.join(dist, 'extraction', 'index.js')),
  };
}
const files = fs.readFileSync(list, 'utf8').trim().split('\n').filter(Boolean);
const parsed = [];
for (const f of files) {
  try {
    parsed.push(builds[a].load.parseDocument({ source: f, content: fs.readFileSync(f, 'utf8') }));
  } catch {
    // Not an article (a README of the corpus): neither build reads it.
  }
}
const seconds = { [a]: [], [b]: [] };
for (let r = 0; r < passes; r++) {
  for (const wt of r % 2 ? [a, b] : [b, a]) {
    const start = performance.now();
    for (const doc of parsed) {
      try {
        builds[wt].extract.extractQuotes(doc.text, doc.paragraphs, doc.meta);
      } catch {
        // Counted alike for both builds; the corpus run reports errors.
      }
    }
    seconds[wt].push((performance.now() - start) / 1000);
  }
}
for (const wt of [a, b]) {
  const warm = seconds[wt].slice(1).sort((x, y) => x - y);
  console.log(`${wt}: median ${warm[Math.floor(warm.length / 2)].toFixed(2)} s, min ${warm[0].toFixed(2)} s over ${warm.length} warm passes of ${parsed.length} articles`);
}

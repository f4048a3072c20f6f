#!/usr/bin/env node
// Filters `onrecord extract --json` lines on standard input, keeping the quotes whose confidence is at least
// argv[2]. `score.mjs polnear` has no --min-confidence, so this measures PolNeAR at a confidence bar:
//   node ../shared/eval/score.mjs polnear --split dev \
//     --cli 'f() { npm run --silent onrecord -- "$@" | node scripts/keep-confident.mjs 0.9; }; f'
import readline from 'node:readline';

const min = Number(process.argv[2]);
if (!Number.isFinite(min)) {
  console.error('usage: keep-confident.mjs MIN (a number from 0 to 1)');
  process.exit(2);
}
for await (const line of readline.createInterface({ input: process.stdin })) {
  if (!line.trim().startsWith('{')) { console.log(line); continue; }
  const o = JSON.parse(line);
  o.quotes = (o.quotes ?? []).filter((q) => (q.confidence ?? 0) >= min);
  console.log(JSON.stringify(o));
}

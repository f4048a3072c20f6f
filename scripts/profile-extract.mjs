// Where the extractor's time goes: one cold in-process pass over the corpus (not profiled), then PASSES warm passes
// under V8's sampling profiler; prints the TOP functions by self time with their total (self plus callees) time.
//   node [--no-opt --no-regexp-tier-up] scripts/profile-extract.mjs WORKTREE FILES_LIST [PASSES] [TOP] [OUT.cpuprofile]
// Run it under the CLI's V8 flags (src/adapters/cli/short-run.ts) to see what the `extract` command pays; without
// them it shows the optimised code `scripts/ab-extract.mjs` times. Each worktree needs a built dist/.
import fs from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';

const [wt, list, passesArg, topArg, out] = process.argv.slice(2);
if (!wt || !list) {
  console.error('usage: node scripts/profile-extract.mjs WORKTREE FILES_LIST [PASSES] [TOP] [OUT.cpuprofile]');
  process.exit(2);
}
const dist = path.resolve(wt, 'dist', 'core');
const load = await import(path.join(dist, 'articles', 'load.js'));
const extraction = await import(path.join(dist, 'extraction', 'index.js'));
const parsed = [];
for (const f of fs.readFileSync(list, 'utf8').trim().split('\n').filter(Boolean)) {
  try {
    parsed.push(load.parseDocument({ source: f, content: fs.readFileSync(f, 'utf8') }));
  } catch {
    // Not an article (a README of the corpus).
  }
}
const pass = () => {
  const start = performance.now();
  for (const doc of parsed) {
    try {
      extraction.extractQuotes(doc.text, doc.paragraphs, doc.meta);
    } catch {
      // The corpus run reports errors.
    }
  }
  return ((performance.now() - start) / 1000).toFixed(2);
};
console.log(`cold pass ${pass()} s`);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
for (let r = 0; r < Number(passesArg ?? 2); r++) console.log(`warm pass ${pass()} s (profiled)`);
const { profile } = await session.post('Profiler.stop');
if (out) fs.writeFileSync(out, JSON.stringify(profile));

// Self time per function (name, file, line), and total time: a sample counts once for each function on its stack.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const nameOf = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/dist\//, '')}:${n.callFrame.lineNumber + 1}`;
const self = new Map();
const total = new Map();
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  all += dt;
  self.set(nameOf(byId.get(id)), (self.get(nameOf(byId.get(id))) ?? 0) + dt);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const name = nameOf(byId.get(cur));
    if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + dt);
    seen.add(name);
  }
});
const pct = (x) => `${((100 * x) / all).toFixed(1).padStart(5)}%`;
for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 30))) {
  console.log(`${pct(t)} self ${pct(total.get(name) ?? 0)} total  ${name}`);
}

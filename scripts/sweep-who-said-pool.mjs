#!/usr/bin/env node
// Sweeps the "who said" look-up's candidate pool (VERIFY_POOL, and VERIFY_SHORTLIST) of
// src/core/answers/intents/who-said.ts over the visible questions (dev, dev2, dev-questions) and every held-out set's
// half A (the sets eval/held-out/score.sh's SET=halves-a unpacks). The whole corpus is ingested once with the built
// CLI (dist/; run `npm run build` first); for each value a scratch copy of dist/ gets the constant patched and answers
// every question. Printed per value: right at 1 over the questions the app sends to "who said" (intent verify at the
// base value), over the rest, wrong speakers at 1, "none" questions answered; then the questions whose first answer
// moved against the first value, and took_ms p50/p99 of the "who said" questions (rounds run interleaved, so the
// loaded machine's noise falls on every value alike). A developer tool that reads ../shared.
//
//   node scripts/sweep-who-said-pool.mjs --values 80,120,160,240 [--name VERIFY_POOL] [--rounds 2] [--shared ../shared]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync, execFileSync } from 'node:child_process';

const opt = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const name = opt('--name', 'VERIFY_POOL');
const values = opt('--values', '80,120,160,240').split(',').filter(Boolean).map(Number);
const rounds = Number(opt('--rounds', '1'));
let shared = path.resolve(opt('--shared', process.env.ONRECORD_SHARED ?? path.join(root, '..', 'shared')));
if (!fs.existsSync(path.join(shared, 'eval', 'score.mjs'))) shared = '/work/shared';
const { speakerMatch } = await import(path.join(shared, 'eval', 'score.mjs'));
const corpus = path.join(shared, 'corpus');
const compiled = 'dist/core/answers/intents/who-said.js';
const source = fs.readFileSync(path.join(root, compiled), 'utf8');
const pattern = new RegExp(`const ${name} = \\d+;`);
if (!pattern.test(source)) throw new Error(`no "const ${name} = <number>;" in ${compiled} (npm run build first)`);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sweep-pool-'));
try {
  // ---- the questions: visible sets, then every half A (as eval/held-out/score.sh SET=halves-a) ----
  const goldDirs = ['dev', 'dev2', 'dev-questions'].map((d) => path.join(shared, 'eval', 'gold', d));
  const heldOut = path.join(root, 'eval', 'held-out');
  const readme = fs.readFileSync(path.join(heldOut, 'README.md'), 'utf8');
  for (const f of fs.readdirSync(heldOut).filter((f) => /^qaset-s[1-9][0-9]-.*\.tar\.gz$/.test(f)).sort()) {
    if (new RegExp(`^${f.replace(/[.]/g, '\\.')}:.*NEITHER half`, 'm').test(readme)) continue;
    const dir = path.join(scratch, 'sets', f.replace(/\.tar\.gz$/, ''));
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-C', dir, '-xzf', path.join(heldOut, f)]);
    fs.rmSync(path.join(dir, 'gold', 'B'), { recursive: true, force: true });
    if (fs.existsSync(path.join(dir, 'gold', 'A'))) goldDirs.push(path.join(dir, 'gold', 'A'));
  }
  const qs = goldDirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.json')).sort()
    .flatMap((f) => JSON.parse(fs.readFileSync(path.join(d, f), 'utf8')).questions ?? []));

  // ---- one ingest of the whole corpus (the list score.mjs indexes with --index all) ----
  const list = (dir, file) => fs.readdirSync(path.join(corpus, dir)).map((d) => path.join(dir, d, file)).filter((f) => fs.existsSync(path.join(corpus, f)));
  const paths = ['bbc', 'polnear/data/train/text', 'polnear/data/dev/text', 'seed', ...list('readability', 'expected.txt'), ...list('article-extraction-benchmark', 'body.txt')].map((p) => path.join(corpus, p));
  const data = path.join(scratch, 'data');
  const run = (dist, argv, input) => {
    const r = spawnSync(process.execPath, [path.join(dist, 'adapters', 'cli', 'main.js'), ...argv], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`cli ${argv[0]} failed: ${(r.stderr ?? '').slice(-1000)}`);
    return r.stdout;
  };
  run(path.join(root, 'dist'), ['ingest', '--data', data, ...paths]);

  // ---- one patched copy of dist/ per value ----
  const dists = new Map();
  for (const v of values) {
    const d = path.join(scratch, `v${v}`);
    fs.cpSync(path.join(root, 'dist'), path.join(d, 'dist'), { recursive: true });
    fs.copyFileSync(path.join(root, 'package.json'), path.join(d, 'package.json'));
    fs.symlinkSync(fs.realpathSync(path.join(root, 'node_modules')), path.join(d, 'node_modules'));
    fs.writeFileSync(path.join(d, compiled), source.replace(pattern, `const ${name} = ${v};`));
    dists.set(v, path.join(d, 'dist'));
  }
  const input = qs.map((q) => q.q.replace(/\n/g, ' ')).join('\n') + '\n';
  const words = (s) => String((s && typeof s === 'object' ? s.name : s) ?? '').toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const lcs = (a, b) => {
    let prev = new Uint16Array(b.length + 1), cur = new Uint16Array(b.length + 1);
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      [prev, cur] = [cur, prev];
    }
    return prev[b.length];
  };
  // As score.mjs's answerOk: the right speaker and the expected words (or 60% of the answer text in order).
  const ok = (a, q) => {
    if (!a || !speakerMatch(a.speaker, q.speaker)) return false;
    if (words(a.text).join(' ').includes(words(q.expect).join(' '))) return true;
    const w = words(q.answer_text);
    return w.length > 0 && lcs(w, words(a.text)) / w.length >= 0.6;
  };
  const answers = new Map(values.map((v) => [v, null]));
  const took = new Map(values.map((v) => [v, []]));
  for (let r = 0; r < rounds; r++) {
    for (const v of values) {
      const lines = run(dists.get(v), ['ask', '--data', data, '--json'], input).split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l));
      if (lines.length !== qs.length) throw new Error(`expected ${qs.length} answers, got ${lines.length}`);
      answers.set(v, lines);
      took.get(v).push(...lines.filter((l) => l.intent === 'verify').map((l) => l.took_ms));
    }
  }
  const base = answers.get(values[0]);
  const isWhoSaid = base.map((l) => l.intent === 'verify');
  const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : null; };
  console.log(`${qs.length} questions, ${isWhoSaid.filter(Boolean).length} sent to "who said" (${qs.filter((q, i) => isWhoSaid[i] && q.none).length} with no answer on record)`);
  console.log(['value', 'whoSaid_right', 'other_right', 'wrong_speaker', 'none_answered', 'whoSaid_p50_ms', 'whoSaid_p99_ms'].join('\t'));
  const verdict = (a, q) => (q.none ? (a.length === 0 ? 'right' : 'answered-none') : ok(a[0], q) ? 'right' : !a.length ? 'no answer' : speakerMatch(a[0].speaker, q.speaker) ? 'other words' : 'wrong speaker');
  for (const v of values) {
    const got = answers.get(v).map((l, i) => verdict(l.answers ?? [], qs[i]));
    const c = (pred) => got.filter((g, i) => pred(g, i)).length;
    console.log([v, c((g, i) => isWhoSaid[i] && g === 'right'), c((g, i) => !isWhoSaid[i] && g === 'right'), c((g) => g === 'wrong speaker'), c((g) => g === 'answered-none'),
      pct(took.get(v), 0.5), pct(took.get(v), 0.99)].join('\t'));
    for (const [i, g] of got.entries()) {
      const was = verdict(base[i].answers ?? [], qs[i]);
      if (g !== was) console.log(`  ${values[0]} -> ${v}: ${was} -> ${g}: ${qs[i].q.slice(0, 90)} [${qs[i].style}]`);
    }
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

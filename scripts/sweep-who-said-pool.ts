// Sweeps the "who said" look-up's candidate pools (MISQUOTE_POOL, VERIFY_POOL, VERIFY_SHORTLIST) of
// src/core/answers/intents/who-said.ts over the visible questions (dev, dev2, dev-questions) and every held-out set's
// half A (the sets eval/held-out/score.sh's SET=halves-a unpacks). The whole corpus is ingested once with the built
// CLI (dist/; run `npm run build` first); for each value a scratch copy of dist/ gets the constant patched and answers
// every question. Printed per value: right at 1 over the questions the app sends to "who said" (intent verify at the
// base value), over the rest, wrong speakers at 1, "none" questions answered; then the questions whose first answer
// moved against the first value, and took_ms p50/p99 of the "who said" questions (rounds run interleaved, so the
// loaded machine's noise falls on every value alike). Answers are judged by tuning-data.ts's `answerOk`, as the other
// question-fitting scripts judge them. A developer tool that reads ../shared.
//
// With --data DIR the whole-corpus index is kept in DIR (ingested when DIR does not exist yet) and reused by later runs.
//
//   npx tsx scripts/sweep-who-said-pool.ts --values 80,120,160,240 [--name MISQUOTE_POOL] [--rounds 2] [--shared ../shared] [--data DIR]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync, execFileSync } from 'node:child_process';
import { answerOk, corpus, goldQuestionFiles, opt, questionDirs, speakerMatch, type ExpectedAnswer, type Shown } from './tuning-data.js';

interface Question extends ExpectedAnswer { q: string; none?: boolean; style?: string }
interface AskLine { intent?: string; took_ms: number; answers?: Shown[] }

const root = path.resolve(import.meta.dirname, '..');
const name = opt('--name', 'MISQUOTE_POOL');
const values = opt('--values', '80,120,160,240').split(',').filter(Boolean).map(Number);
const rounds = Number(opt('--rounds', '1'));
const compiled = 'dist/core/answers/intents/who-said.js';
const source = fs.readFileSync(path.join(root, compiled), 'utf8');
const pattern = new RegExp(`const ${name} = \\d+;`);
if (!pattern.test(source)) throw new Error(`no "const ${name} = <number>;" in ${compiled} (npm run build first)`);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sweep-pool-'));
try {
  // ---- the questions: visible sets, then every half A (as eval/held-out/score.sh SET=halves-a) ----
  const goldDirs = questionDirs();
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
  const qs = goldDirs.flatMap((d) => goldQuestionFiles<Question>(d).flatMap((g) => g.questions));

  // ---- one ingest of the whole corpus (the list score.mjs indexes with --index all) ----
  const list = (dir: string, file: string) => fs.readdirSync(path.join(corpus, dir)).map((d) => path.join(dir, d, file)).filter((f) => fs.existsSync(path.join(corpus, f)));
  const paths = ['bbc', 'polnear/data/train/text', 'polnear/data/dev/text', 'seed', ...list('readability', 'expected.txt'), ...list('article-extraction-benchmark', 'body.txt')].map((p) => path.join(corpus, p));
  const kept = opt('--data', '');
  const data = kept ? path.resolve(kept) : path.join(scratch, 'data');
  const run = (dist: string, argv: string[], input?: string): string => {
    const r = spawnSync(process.execPath, [path.join(dist, 'adapters', 'cli', 'main.js'), ...argv], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`cli ${argv[0]} failed: ${(r.stderr ?? '').slice(-1000)}`);
    return r.stdout;
  };
  if (!kept || !fs.existsSync(data)) run(path.join(root, 'dist'), ['ingest', '--data', data, ...paths]);

  // ---- one patched copy of dist/ per value ----
  const dists = new Map<number, string>();
  for (const v of values) {
    const d = path.join(scratch, `v${v}`);
    fs.cpSync(path.join(root, 'dist'), path.join(d, 'dist'), { recursive: true });
    fs.copyFileSync(path.join(root, 'package.json'), path.join(d, 'package.json'));
    fs.symlinkSync(fs.realpathSync(path.join(root, 'node_modules')), path.join(d, 'node_modules'));
    fs.writeFileSync(path.join(d, compiled), source.replace(pattern, `const ${name} = ${v};`));
    dists.set(v, path.join(d, 'dist'));
  }
  const input = qs.map((q) => q.q).join('\n') + '\n';
  const answers = new Map<number, AskLine[]>();
  const took = new Map<number, number[]>(values.map((v) => [v, []]));
  for (let r = 0; r < rounds; r++) {
    for (const v of values) {
      const lines = run(dists.get(v)!, ['ask', '--data', data, '--json'], input).split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l) as AskLine);
      if (lines.length !== qs.length) throw new Error(`expected ${qs.length} answers, got ${lines.length}`);
      answers.set(v, lines);
      took.get(v)!.push(...lines.filter((l) => l.intent === 'verify').map((l) => l.took_ms));
    }
  }
  const base = answers.get(values[0]!)!;
  const isWhoSaid = base.map((l) => l.intent === 'verify');
  const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : null; };
  console.log(`${qs.length} questions, ${isWhoSaid.filter(Boolean).length} sent to "who said" (${qs.filter((q, i) => isWhoSaid[i] && q.none).length} with no answer on record)`);
  console.log(['value', 'whoSaid_right', 'other_right', 'wrong_speaker', 'none_answered', 'whoSaid_p50_ms', 'whoSaid_p99_ms'].join('\t'));
  const verdict = (a: Shown[], q: Question) => (q.none ? (a.length === 0 ? 'right' : 'answered-none') : answerOk(a[0], q) ? 'right' : !a.length ? 'no answer' : speakerMatch(a[0]!.speaker, q.speaker) ? 'other words' : 'wrong speaker');
  for (const v of values) {
    const got = answers.get(v)!.map((l, i) => verdict(l.answers ?? [], qs[i]!));
    const c = (pred: (g: string, i: number) => boolean) => got.filter((g, i) => pred(g, i)).length;
    console.log([v, c((g, i) => isWhoSaid[i] === true && g === 'right'), c((g, i) => !isWhoSaid[i] && g === 'right'), c((g) => g === 'wrong speaker'), c((g) => g === 'answered-none'),
      pct(took.get(v)!, 0.5), pct(took.get(v)!, 0.99)].join('\t'));
    for (const [i, g] of got.entries()) {
      const was = verdict(base[i]!.answers ?? [], qs[i]!);
      if (g !== was) console.log(`  ${values[0]} -> ${v}: ${was} -> ${g}: ${qs[i]!.q.slice(0, 90)} [${qs[i]!.style}]`);
    }
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

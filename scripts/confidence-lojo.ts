/**
 * The selection figure that matches issue 13's confidence target (quotes at >= 0.9 right >= 97% on EVERY judge, with
 * >= 60% share), computed over leave-one-judge-out predictions: each judge's half A scored by a model that was not
 * fitted on it. Session 34 (h-conf30); docs/EXTRACTION.md, "Session 34, h-conf30". A developer tool: it reads dumps
 * only, so it runs in a second.
 *
 *   npx tsx scripts/confidence-lojo.ts NAME=FILE[+FILE...] ... [--recalibrate NAME] [--goal 0.977] [--write-map NAME:KIND]
 *
 * FILE: JSON lines of `fit-confidence.ts --hold-out-judges --hold-out-dump` (each judge's quotes under the refit
 * without that judge) or of `--dump` (every quote under one model; for the shipped model on the judges it was never
 * fitted on). Each judge's rows come from the first FILE that holds it, so `shipped=holdout.jsonl+evaluate.jsonl`
 * takes the four fitted judges from their hold-out refits and the rest from the shipped model itself.
 *
 * The figure: for each judge, its direct quotes at >= 0.9 (right of count, share of its labelled direct quotes);
 * their minimum (judges with at least MIN_SURE such quotes) and the pooled value. Candidates are compared by these only.
 *
 * --recalibrate NAME: adds monotone maps of NAME's held-out confidence, each judged the same way, nested: the map
 * applied to a judge is fitted on the other judges' held-out quotes only.
 *   isotonic: pool-adjacent-violators with the shipped map's policy (steps of >= 100 quotes, each at the lower end of
 *             its 2-standard-error Wilson interval), so that 0.9 means 90% on judges the model was not fitted on.
 *   platt:    a logistic step on logit(p).
 *   goal:     the least raw value t whose quotes at >= t are right >= GOAL pooled, mapped to 0.9 (piecewise linear
 *             through (0.6, 0.6), (t, 0.9), (1, 1), values up to 0.6 kept): the target itself, as a cut moved.
 * --write-map NAME:KIND prints the map of KIND fitted on every judge (what would ship), as calibration knots.
 * --set-sure-cut NAME [--choice FILE]: writes the goal map's t fitted on every judge of NAME (the held-out confidence of
 *   the choice's own refit, without a sure cut) into the choice as `sureCut`; the refit composes it onto its calibration
 *   map (confidence-fit.ts movedSureCut). Remake it with the choice: after a refit that moves the model, rerun the
 *   hold-out and this.
 */
import fs from 'node:fs';
import { isotonic, logLoss, MAX_PROBABILITY, movedSureCut } from './confidence-fit.js';
import { calibrate } from '../src/core/extraction/confidence.js';

interface Row { set: string; y: number; p: number }
type Judged = Map<string, Row[]>;

const argv = process.argv.slice(2);
const optOf = (flag: string): string | undefined => { const i = argv.indexOf(flag); return i >= 0 ? argv[i + 1] : undefined; };
const SURE = 0.9;
/** The goal (0.97) with fit-confidence.ts's margin (RIGHT_GOAL). */
const GOAL = Number(optOf('--goal') ?? '0.977');
/** A judge with fewer quotes at >= 0.9 than this is left out of the minimum (one wrong quote would decide it). */
const MIN_SURE = 20;
const ISOTONIC_BLOCK = 100;
const ISOTONIC_BOUND = 2;

function readRows(files: readonly string[]): Judged {
  const out: Judged = new Map();
  for (const f of files) {
    const here: Judged = new Map();
    for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as Row & { kind?: string };
      if (!r.set.startsWith('attrset') || (r.kind && r.kind !== 'direct')) continue;
      if (!here.has(r.set)) here.set(r.set, []);
      here.get(r.set)!.push({ set: r.set, y: r.y, p: r.p });
    }
    for (const [set, rows] of here) if (!out.has(set)) out.set(set, rows);
  }
  return new Map([...out].sort((a, b) => judgeOrder(a[0]) - judgeOrder(b[0])));
}
const judgeOrder = (set: string): number => Number(/^attrset-s(\d+)/.exec(set)?.[1] ?? 0);

const r3 = (v: number): string => (Math.round(v * 1000) / 1000).toFixed(3);

interface Figure { perJudge: { set: string; n: number; right: number; labelled: number }[]; min: number; minJudge: string; pooled: number; share: number; wrong: number; sure: number; loss: number }
function figure(judged: Judged): Figure {
  const perJudge = [...judged].map(([set, rows]) => {
    const sure = rows.filter((r) => r.p >= SURE);
    return { set, n: sure.length, right: sure.filter((r) => r.y === 1).length, labelled: rows.length };
  });
  let min = 1, minJudge = '';
  for (const j of perJudge) if (j.n >= MIN_SURE && j.right / j.n < min) { min = j.right / j.n; minJudge = j.set; }
  const sure = perJudge.reduce((a, j) => a + j.n, 0);
  const right = perJudge.reduce((a, j) => a + j.right, 0);
  const labelled = perJudge.reduce((a, j) => a + j.labelled, 0);
  return { perJudge, min, minJudge, pooled: right / (sure || 1), share: sure / (labelled || 1), wrong: sure - right, sure, loss: logLoss([...judged.values()].flat()) };
}

function print(name: string, f: Figure): void {
  const cells = f.perJudge.map((j) => `${j.set.replace(/^attrset-(s\d+)-.*$/, '$1')} ${j.n ? r3(j.right / j.n) : '-'}/${j.n}`).join('  ');
  console.log(`${name}: min ${r3(f.min)} (${f.minJudge.replace(/^attrset-(s\d+)-.*$/, '$1')}), pooled ${r3(f.pooled)} of ${f.sure} (wrong ${f.wrong}), share ${r3(f.share)}, log loss ${f.loss.toFixed(4)}`);
  console.log(`    ${cells}`);
}

// ---------- monotone maps of held-out confidence ----------
type MapFn = (p: number) => number;
type Fitter = (rows: readonly Row[]) => MapFn;

const isotonicMap: Fitter = (rows) => {
  const knots = isotonic(rows.map((r) => ({ p: r.p, y: r.y })), ISOTONIC_BLOCK, MAX_PROBABILITY, ISOTONIC_BOUND);
  return (p) => calibrate(p, knots);
};

const logit = (p: number): number => { const q = Math.min(1 - 1e-4, Math.max(1e-4, p)); return Math.log(q / (1 - q)); };
const plattMap: Fitter = (rows) => {
  // Newton's method on (a, b) of y ~ sigmoid(a + b * logit(p)).
  let a = 0, b = 1;
  for (let it = 0; it < 50; it++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (const r of rows) {
      const z = logit(r.p), q = 1 / (1 + Math.exp(-(a + b * z))), w = q * (1 - q);
      ga += q - r.y; gb += (q - r.y) * z; haa += w; hab += w * z; hbb += w * z * z;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
    a -= da; b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return (p) => 1 / (1 + Math.exp(-(a + b * logit(p))));
};

/** The least raw value t with the quotes at >= t right >= GOAL (pooled), mapped to 0.9. */
function goalThreshold(rows: readonly Row[]): number {
  const sorted = [...rows].sort((x, y) => y.p - x.p);
  let right = 0, best = 1;
  sorted.forEach((r, k) => {
    right += r.y;
    const next = sorted[k + 1];
    // Only between distinct values: a tie is all in or all out.
    if ((!next || next.p < r.p) && right / (k + 1) >= GOAL) best = r.p;
  });
  return best;
}
const goalMap: Fitter = (rows) => {
  const t = goalThreshold(rows);
  // As shipped (confidence-fit.ts movedSureCut): values up to 0.6 stay.
  const cal = movedSureCut({ x: [0, 1], y: [0, 1] }, Math.min(Math.max(t, 0.6001), 0.9999));
  return (p) => calibrate(p, cal);
};

const FITTERS: Record<string, Fitter> = { isotonic: isotonicMap, platt: plattMap, goal: goalMap };

/** Each judge's confidence through a map fitted on the other judges' held-out quotes only. */
function nested(judged: Judged, fitter: Fitter): Judged {
  const out: Judged = new Map();
  for (const [set, rows] of judged) {
    const others = [...judged].filter(([s]) => s !== set).flatMap(([, r]) => r);
    const map = fitter(others);
    out.set(set, rows.map((r) => ({ ...r, p: map(r.p) })));
  }
  return out;
}

// ---------- main ----------
const candidates = argv.filter((a, i) => a.includes('=') && !argv[i - 1]?.startsWith('--')).map((a) => {
  const [name, files] = a.split('=') as [string, string];
  return { name, judged: readRows(files.split('+')) };
});
if (!candidates.length) throw new Error('usage: confidence-lojo.ts NAME=FILE[+FILE...] ... [--recalibrate NAME] [--write-map NAME:KIND]');
const judgeSets = new Set(candidates.flatMap((c) => [...c.judged.keys()]));
for (const c of candidates) {
  const missing = [...judgeSets].filter((s) => !c.judged.has(s));
  if (missing.length) console.log(`(${c.name} lacks ${missing.join(', ')})`);
}
console.log(`leave-one-judge-out: direct quotes at >= ${SURE}, right of count per judge; min over judges with >= ${MIN_SURE} such quotes; pooled; share of labelled direct quotes`);
for (const c of candidates) print(c.name, figure(c.judged));
const recal = optOf('--recalibrate');
for (const name of recal ? recal.split(',') : []) {
  const base = candidates.find((c) => c.name === name);
  if (!base) throw new Error(`--recalibrate ${name}: no such candidate`);
  for (const [kind, fitter] of Object.entries(FITTERS)) print(`${name} + ${kind} (nested)`, figure(nested(base.judged, fitter)));
  const all = [...base.judged.values()].flat();
  console.log(`    (${name}: the goal threshold on every judge pooled: ${r3(goalThreshold(all))})`);
}
const write = optOf('--write-map');
if (write) {
  const [name, kind] = write.split(':') as [string, string];
  const base = candidates.find((c) => c.name === name);
  if (!base || !(kind in FITTERS)) throw new Error(`--write-map ${write}: NAME:KIND with KIND one of ${Object.keys(FITTERS).join(', ')}`);
  const all = [...base.judged.values()].flat();
  if (kind === 'isotonic') console.log(JSON.stringify(isotonic(all.map((r) => ({ p: r.p, y: r.y })), ISOTONIC_BLOCK, MAX_PROBABILITY, ISOTONIC_BOUND)));
  else { const m = FITTERS[kind]!(all); console.log(JSON.stringify([0.5, 0.8, 0.85, 0.9, 0.92, 0.95, 0.98].map((p) => [p, Math.round(m(p) * 1e4) / 1e4]))); }
}

const setCut = optOf('--set-sure-cut');
if (setCut) {
  const base = candidates.find((c) => c.name === setCut);
  if (!base) throw new Error(`--set-sure-cut ${setCut}: no such candidate`);
  const t = Math.round(goalThreshold([...base.judged.values()].flat()) * 1e4) / 1e4;
  const file = optOf('--choice') ?? 'scripts/confidence-selection.json';
  const choice = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(file, `${JSON.stringify({ ...choice, sureCut: t, sureCutGoal: GOAL }, null, 2)}\n`);
  console.log(`wrote ${file}: sureCut ${t} (goal ${GOAL} on ${setCut}'s held-out judges pooled)`);
}

/**
 * Checks the answer side's hand-set confidence thresholds against what the shipped confidence model's probabilities
 * turn out to mean on labelled quotes, and prints fitted values where they disagree. A developer tool: it reads the
 * judges' packed sets and ../shared (the app and the tests never do). It writes nothing.
 *
 *   npx tsx scripts/answer-thresholds.ts [--shared ../shared] [--dump FILE.jsonl] [--targets 0.3,0.6] [--boot 500]
 *
 * The thresholds (each states a probability that the speaker is right, as the confidence is calibrated):
 *   MIN_ATTRIBUTION (src/core/answers/intents/quote.ts, 0.3): below it a quote is no answer to "what did X say".
 *   DEFAULT_UNCERTAIN_BELOW (src/core/answers/hits.ts and ATTRIBUTION_UNCERTAIN_BELOW, 0.6): below it an answer
 *   says "attribution uncertain".
 *   confidenceShare (src/core/answers/rank.ts): not a threshold; a quote's score is multiplied by
 *   1 - share + share x confidence, so the ratio of two quotes' factors is compared with the ratio of their
 *   observed rates (share 1 makes the factor the probability itself).
 * The labelled quotes: the half A of every judge named in scripts/confidence-selection.json (direct quotes of fresh
 * articles judged by hand; half B is never read here), and with --dump the dev, dev2 and PolNeAR train lines of
 * `fit-confidence.ts --evaluate --dump FILE` (PolNeAR dev lines are skipped: held out). Those are all fitted sets,
 * so the check is of what the numbers mean, not a held-out score.
 * For each set: isotonic regression (pool adjacent violators) of right on confidence; the fitted value of a target
 * probability t is the least confidence whose isotonic rate reaches t, with a bootstrap interval over articles
 * (judges) or quotes (dump). The calibration map's steps sit at the lower end of a 2-standard-error interval
 * (fit-confidence.ts), so on fitted data the observed rate runs above the confidence and the fitted values below
 * the hand-set ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONFIDENCE_MODEL } from '../src/core/extraction/confidence-model.js';
import { MIN_ATTRIBUTION } from '../src/core/answers/intents/quote.js';
import { DEFAULT_UNCERTAIN_BELOW } from '../src/core/answers/hits.js';
import { RANK_WEIGHTS } from '../src/core/answers/rank.js';
import { predict } from './confidence-fit.js';
import { judgedExamples, readPackedJudge } from './judge-data.js';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1]! : fallback;
};
const shared = path.resolve(opt('--shared', process.env.ONRECORD_SHARED ?? '../shared'));
const dump = opt('--dump', '');
const targets = opt('--targets', `${MIN_ATTRIBUTION},${DEFAULT_UNCERTAIN_BELOW}`).split(',').map(Number);
const boots = Number(opt('--boot', '500'));

export interface Point { p: number; y: 0 | 1; group: string; w: number }

/** Isotonic (non-decreasing) fit of y on p, weighted: blocks of [from p, to p, rate]. */
export function isotonic(points: readonly Point[]): { lo: number; hi: number; rate: number; n: number }[] {
  const sorted = [...points].sort((a, b) => a.p - b.p);
  const blocks: { lo: number; hi: number; sw: number; sy: number; n: number }[] = [];
  for (const e of sorted) {
    const last = blocks.at(-1);
    if (last && last.hi === e.p) { last.sw += e.w; last.sy += e.w * e.y; last.n++; }
    else blocks.push({ lo: e.p, hi: e.p, sw: e.w, sy: e.w * e.y, n: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.sy / a.sw <= b.sy / b.sw) break;
      blocks.splice(blocks.length - 2, 2, { lo: a.lo, hi: b.hi, sw: a.sw + b.sw, sy: a.sy + b.sy, n: a.n + b.n });
    }
  }
  return blocks.map((b) => ({ lo: b.lo, hi: b.hi, rate: b.sy / b.sw, n: b.n }));
}

/** The least confidence at which the isotonic rate reaches `target` (the first such block's lowest point). */
export function fittedThreshold(points: readonly Point[], target: number): number | null {
  const b = isotonic(points).find((x) => x.rate >= target);
  return b ? b.lo : null;
}

function band(points: readonly Point[], lo: number, hi: number): string {
  const inBand = points.filter((e) => e.p >= lo && e.p < hi);
  const sw = inBand.reduce((s, e) => s + e.w, 0);
  const mean = inBand.reduce((s, e) => s + e.w * e.p, 0) / (sw || 1);
  const obs = inBand.reduce((s, e) => s + e.w * e.y, 0) / (sw || 1);
  return `${inBand.length} quotes, mean confidence ${mean.toFixed(3)}, right ${inBand.length ? obs.toFixed(3) : '-'}`;
}

/** Deterministic bootstrap over groups (articles or quotes): the 5th and 95th percentile of the fitted value. */
function bootstrap(points: readonly Point[], target: number): string {
  const groups = new Map<string, Point[]>();
  for (const e of points) groups.set(e.group, [...(groups.get(e.group) ?? []), e]);
  const keys = [...groups.keys()];
  let s = 19;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const vals: number[] = [];
  for (let b = 0; b < boots; b++) {
    const draw: Point[] = [];
    for (let i = 0; i < keys.length; i++) draw.push(...groups.get(keys[Math.floor(rand() * keys.length)]!)!);
    const v = fittedThreshold(draw, target);
    vals.push(v ?? 1);
  }
  vals.sort((a, b) => a - b);
  return `[${vals[Math.floor(0.05 * vals.length)]!.toFixed(3)}, ${vals[Math.floor(0.95 * vals.length)]!.toFixed(3)}]`;
}

function report(name: string, points: readonly Point[]): void {
  console.log(`\n${name}: ${points.length} labelled quotes, right ${(points.filter((e) => e.y === 1).length / (points.length || 1)).toFixed(3)}`);
  const cuts = [0, MIN_ATTRIBUTION, DEFAULT_UNCERTAIN_BELOW, 0.9, 1.01];
  const names = ['hidden (< MIN_ATTRIBUTION)', '"attribution uncertain"', 'shown plainly, < 0.9', 'shown plainly, >= 0.9'];
  cuts.slice(0, -1).forEach((lo, i) => console.log(`  ${names[i]!.padEnd(28)} [${lo}, ${Math.min(cuts[i + 1]!, 1)}): ${band(points, lo, cuts[i + 1]!)}`));
  for (const t of targets) {
    const v = fittedThreshold(points, t);
    console.log(`  least confidence whose observed rate reaches ${t}: ${v === null ? 'none' : v.toFixed(3)} (bootstrap 90% ${bootstrap(points, t)})`);
  }
  // confidenceShare: the factor's ratio between a sure quote (>= 0.9) and an uncertain one, against the rates' ratio.
  const sure = points.filter((e) => e.p >= 0.9);
  const unsure = points.filter((e) => e.p >= MIN_ATTRIBUTION && e.p < DEFAULT_UNCERTAIN_BELOW);
  if (sure.length && unsure.length) {
    const rate = (xs: readonly Point[]) => xs.reduce((s, e) => s + e.y, 0) / xs.length;
    const mean = (xs: readonly Point[]) => xs.reduce((s, e) => s + e.p, 0) / xs.length;
    const share = RANK_WEIGHTS.confidenceShare;
    const factor = (c: number) => 1 - share + share * c;
    const want = rate(sure) / Math.max(rate(unsure), 1e-3);
    // the share whose factor ratio equals the observed ratio (solve (1-s+s a)/(1-s+s b) = r for s), within [0, 1]
    const a = mean(sure), b = mean(unsure);
    const s = (want - 1) / ((a - 1) - want * (b - 1));
    console.log(`  confidenceShare ${share}: factor ratio sure/uncertain ${(factor(a) / factor(b)).toFixed(2)}, observed rate ratio ${want.toFixed(2)}; share giving that ratio ${Number.isFinite(s) ? Math.max(0, Math.min(1, s)).toFixed(2) : '-'}`);
  }
}

function main(): void {
  const selection = JSON.parse(fs.readFileSync('scripts/confidence-selection.json', 'utf8')) as { judges?: string[]; judgeWeight?: number; devWeight: number };
  const judged: Point[] = [];
  for (const j of selection.judges ?? []) {
    const { examples } = judgedExamples(path.basename(j), readPackedJudge(j), path.join(shared, 'corpus'), ['A']);
    for (const e of examples) judged.push({ p: predict(CONFIDENCE_MODEL, e.evidence), y: e.y, group: e.articleKey, w: 1 });
  }
  console.log(`thresholds: MIN_ATTRIBUTION ${MIN_ATTRIBUTION}, DEFAULT_UNCERTAIN_BELOW ${DEFAULT_UNCERTAIN_BELOW}, confidenceShare ${RANK_WEIGHTS.confidenceShare}`);
  report(`judges' half A (${(selection.judges ?? []).map((j) => path.basename(j, '.tar.gz')).join(', ')}; direct quotes)`, judged);
  if (!dump) return;
  const lines = fs.readFileSync(dump, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { set: string; y: 0 | 1; p: number; kind: string; text: string });
  const kept = lines.filter((l) => l.set !== 'polnear-dev');
  const pts = (f: (l: (typeof kept)[number]) => boolean, w = 1): Point[] => kept.filter(f).map((l, i) => ({ p: l.p, y: l.y, group: `${l.set}:${i}`, w }));
  report('dev + dev2 (all kinds)', pts((l) => l.set === 'dev' || l.set === 'dev2'));
  report('PolNeAR train, direct', pts((l) => l.set === 'polnear-train' && l.kind === 'direct'));
  report('PolNeAR train, indirect and mixed', pts((l) => l.set === 'polnear-train' && l.kind !== 'direct'));
  const pooled = [
    ...judged.map((e) => ({ ...e, w: selection.judgeWeight ?? 1 })),
    ...pts((l) => l.set === 'dev' || l.set === 'dev2', selection.devWeight),
    ...pts((l) => l.set === 'polnear-train'),
  ];
  report(`pooled as the fit weighs them (judges' A ${selection.judgeWeight ?? 1}, dev + dev2 ${selection.devWeight}, PolNeAR train 1)`, pooled);
}

main();

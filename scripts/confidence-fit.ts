/**
 * The fitting and scoring behind scripts/fit-confidence.ts, apart from its data: a logistic regression with sign
 * constraints, an isotonic calibration map, cross-validated feature selection, and the reliability figures a model
 * gets on a set of labelled quotes. Pure functions of their arguments (no file, no ../shared), so the tests can run
 * them on a small invented set.
 */
import { calibrate, capOf, confidenceFeatures, MONOTONE, rawProbability, type ConfidenceModel, type QuoteEvidence } from '../src/core/extraction/confidence.js';

/** One labelled quote: its evidence, whether its speaker is right, its article (for folds) and its kind. */
export interface Labelled {
  evidence: QuoteEvidence;
  y: 0 | 1;
  article: number;
  kind: string;
  /** The features of `evidence` (computed once). */
  x: Readonly<Record<string, number>>;
  /** The corpus it comes from (each counts equally in the losses that choose between models); one if absent. */
  source?: string;
  /** Its weight in the fit (1 if absent): how a corpus is weighted against the others. */
  weight?: number;
  /** Its cross-validation fold, set by `withFolds` (absent: the article's number modulo the folds). */
  fold?: number;
}

/** The cross-validation fold of an example: every quote of an article is in the same fold. */
export const foldOf = (e: Labelled, folds: number): number => (e.fold ?? e.article) % folds;

/** A small seeded generator of numbers in [0, 1) (mulberry32): the same seed gives the same draws everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `items` in an order drawn by `random` (Fisher-Yates). */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * `examples` with their articles dealt into `folds` folds in an order drawn from `seed` (each corpus dealt on its
 * own, so every fold holds its share of each); seed 0 keeps the plain folds (article number modulo `folds`).
 */
export function withFolds<T extends Labelled>(examples: readonly T[], folds: number, seed: number): T[] {
  if (seed === 0) return examples.map((e) => ({ ...e, fold: e.article % folds }));
  const random = seededRandom(seed);
  const fold = new Map<number, number>();
  for (const source of [...new Set(examples.map((e) => e.source ?? ''))].sort()) {
    const articles = [...new Set(examples.filter((e) => (e.source ?? '') === source).map((e) => e.article))].sort((a, b) => a - b);
    shuffled(articles, random).forEach((a, i) => fold.set(a, i % folds));
  }
  return examples.map((e) => ({ ...e, fold: fold.get(e.article)! }));
}

export const labelled = (evidence: QuoteEvidence, y: 0 | 1, article: number, kind: string = evidence.kind, source?: string): Labelled =>
  ({ evidence, y, article, kind, x: confidenceFeatures(evidence), ...(source === undefined ? {} : { source }) });

/** A point of the calibration data: raw probability, label, weight (1 if absent). */
export interface Point { p: number; y: number; w?: number }

export interface FitOptions {
  /** L2 penalty on the mean log loss (not on the bias). */
  l2: number;
  /** Most Newton steps; the fit stops earlier once a step changes the loss by less than `tolerance`. */
  iterations: number;
  tolerance: number;
}
export const FIT: FitOptions = { l2: 1e-3, iterations: 100, tolerance: 1e-10 };

/** Fewest labelled quotes behind one step of the calibration map, and the surest probability it may say. */
export const MIN_BLOCK = 50;
export const MAX_PROBABILITY = 0.995;

/**
 * Logistic regression with L2 and the sign constraints of MONOTONE, over the features `names` (the others get no
 * weight), fitted to convergence: Newton steps on the weights free to move, a weight that would cross its sign
 * held at zero until the gradient pulls it back to its side (an active set), each step halved until the loss
 * falls. Rows are kept sparse: most features are indicators at zero.
 */
export function fitLogistic(examples: readonly Labelled[], names: readonly string[], opts: FitOptions = FIT): Record<string, number> {
  const n = examples.length;
  const d = names.length;
  const cols: Int32Array[] = [];
  const vals: Float64Array[] = [];
  for (const e of examples) {
    const c: number[] = [];
    const v: number[] = [];
    names.forEach((k, j) => { const x = e.x[k] ?? 0; if (x !== 0) { c.push(j); v.push(x); } });
    cols.push(Int32Array.from(c));
    vals.push(Float64Array.from(v));
  }
  const sign = names.map((k) => MONOTONE[k] ?? 0);
  const ridge = names.map((k) => (k === 'bias' ? 0 : opts.l2));
  const ys = examples.map((e) => e.y);
  const ws = examples.map((e) => e.weight ?? 1);
  const total = ws.reduce((a, b) => a + b, 0) || 1;
  const z = (w: Float64Array, i: number) => { const c = cols[i]!; const v = vals[i]!; let s = 0; for (let t = 0; t < c.length; t++) s += w[c[t]!]! * v[t]!; return s; };
  const objective = (w: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) { const zi = z(w, i); s += ws[i]! * (Math.max(zi, 0) - zi * ys[i]! + Math.log1p(Math.exp(-Math.abs(zi)))); }
    let r = 0;
    for (let j = 0; j < d; j++) r += ridge[j]! * w[j]! * w[j]!;
    return s / total + r / 2;
  };
  const w = new Float64Array(d);
  const held = new Set<number>();
  let loss = objective(w);
  for (let it = 0; it < opts.iterations && n > 0; it++) {
    const g = new Float64Array(d);
    const H = Array.from({ length: d }, () => new Float64Array(d));
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-z(w, i)));
      const r = ws[i]! * (p - ys[i]!);
      const h = ws[i]! * p * (1 - p);
      const c = cols[i]!;
      const v = vals[i]!;
      for (let a = 0; a < c.length; a++) {
        g[c[a]!]! += r * v[a]!;
        const row = H[c[a]!]!;
        for (let b = 0; b < c.length; b++) row[c[b]!]! += h * v[a]! * v[b]!;
      }
    }
    for (let j = 0; j < d; j++) {
      g[j] = g[j]! / total + ridge[j]! * w[j]!;
      for (let k = 0; k < d; k++) H[j]![k] = H[j]![k]! / total;
      H[j]![j]! += ridge[j]! + 1e-9;
    }
    // A held weight is freed when the loss falls by moving it to its allowed side.
    for (const j of [...held]) if (sign[j]! * g[j]! < 0) held.delete(j);
    const free = [...Array(d).keys()].filter((j) => !held.has(j));
    const step = solve(free.map((a) => free.map((b) => H[a]![b]!)), free.map((a) => -g[a]!));
    if (!step) break;
    let t = 1;
    let next: Float64Array | undefined;
    let nextLoss = loss;
    let clamped: number[] = [];
    for (let halvings = 0; halvings < 30; halvings++, t /= 2) {
      const cand = Float64Array.from(w);
      const hit: number[] = [];
      free.forEach((j, k) => { cand[j] = w[j]! + t * step[k]!; });
      for (const j of free) if ((sign[j] === 1 && cand[j]! < 0) || (sign[j] === -1 && cand[j]! > 0)) { cand[j] = 0; hit.push(j); }
      const l = objective(cand);
      if (l <= loss) { next = cand; nextLoss = l; clamped = hit; break; }
    }
    if (!next) break;
    for (const j of clamped) held.add(j);
    const gain = loss - nextLoss;
    w.set(next);
    loss = nextLoss;
    if (gain < opts.tolerance && clamped.length === 0) break;
  }
  return Object.fromEntries(names.map((k, j) => [k, Math.round(w[j]! * 1e4) / 1e4]));
}

/** Solves A x = b for a symmetric positive definite A (Cholesky); undefined when A is not. */
function solve(A: number[][], b: number[]): number[] | undefined {
  const m = b.length;
  const L = Array.from({ length: m }, () => new Float64Array(m));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i]![j]!;
      for (let k = 0; k < j; k++) s -= L[i]![k]! * L[j]![k]!;
      if (i === j) { if (!(s > 0)) return undefined; L[i]![i] = Math.sqrt(s); } else L[i]![j] = s / L[j]![j]!;
    }
  }
  const y = new Float64Array(m);
  for (let i = 0; i < m; i++) { let s = b[i]!; for (let k = 0; k < i; k++) s -= L[i]![k]! * y[k]!; y[i] = s / L[i]![i]!; }
  const x = new Array<number>(m).fill(0);
  for (let i = m - 1; i >= 0; i--) { let s = y[i]!; for (let k = i + 1; k < m; k++) s -= L[k]![i]! * x[k]!; x[i] = s / L[i]![i]!; }
  return x;
}

/**
 * Pool-adjacent-violators: an increasing map from raw probability to observed accuracy. Points carry weights
 * (a corpus weighted up counts more in each step's value); `minBlock` counts quotes, whatever their weight.
 * `lowerBound` (z, 0 for the plain mean) makes each step say the lower end of its share's Wilson interval rather
 * than the share itself: a step of few quotes is trusted less than a step of many, so the top of the map claims
 * only what its data bears out (still increasing: a step never says less than the one below).
 */
export function isotonic(points: readonly Point[], minBlock = MIN_BLOCK, maxProbability = MAX_PROBABILITY, lowerBound = 0): ConfidenceModel['calibration'] {
  // A point of weight 0 is scored but not fitted (a label its judge cannot give fairly).
  const sorted = points.filter((pt) => (pt.w ?? 1) > 0).sort((a, b) => a.p - b.p);
  // Quotes with the same raw probability are one point: ordered by label, they would make a step inside a tie
  // that the lookup cannot tell apart (it would give the whole tie the upper value).
  type Block = { sumP: number; sumY: number; w: number; n: number };
  const ties: (Block & { p: number })[] = [];
  for (const pt of sorted) {
    const w = pt.w ?? 1;
    const last = ties[ties.length - 1];
    if (last && last.p === pt.p) { last.sumP += w * pt.p; last.sumY += w * pt.y; last.w += w; last.n++; } else ties.push({ p: pt.p, sumP: w * pt.p, sumY: w * pt.y, w, n: 1 });
  }
  const join = (a: Block, b: Block): Block => ({ sumP: a.sumP + b.sumP, sumY: a.sumY + b.sumY, w: a.w + b.w, n: a.n + b.n });
  const blocks: Block[] = [];
  for (const tie of ties) {
    blocks.push({ sumP: tie.sumP, sumY: tie.sumY, w: tie.w, n: tie.n });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.sumY / a.w < b.sumY / b.w) break;
      blocks.splice(blocks.length - 2, 2, join(a, b));
    }
  }
  // Blocks of a few quotes say little (a top block of 7 right answers is not certainty): adjacent blocks are
  // merged until each holds minBlock quotes, which keeps the map increasing; no value is 0 or 1.
  const merged: Block[] = [];
  for (const b of blocks) {
    const last = merged[merged.length - 1];
    if (last && last.n < minBlock) merged[merged.length - 1] = join(last, b); else merged.push({ ...b });
  }
  const tail = merged[merged.length - 1];
  if (merged.length > 1 && tail && tail.n < minBlock) {
    merged.splice(merged.length - 2, 2, join(merged[merged.length - 2]!, tail));
  }
  const r4 = (v: number) => Math.round(v * 1e4) / 1e4;
  const clamp = (v: number) => Math.min(maxProbability, Math.max(1 - maxProbability, v));
  let floor = 0;
  const values = merged.map((b) => (floor = Math.max(floor, wilsonLower(b.sumY / b.w, b.n, lowerBound))));
  return { x: merged.map((b) => r4(b.sumP / b.w)), y: values.map((v) => r4(clamp(v))) };
}

/**
 * A calibration map with its sure cut moved (session 34): the raw calibrated value `t` says `sure` (0.9), values up
 * to `keep` (the app's "attribution uncertain" cut, DEFAULT_UNCERTAIN_BELOW) stay, linear in between and above.
 * Knots are added where the map crosses `keep` and `t`, so the composition is exact between knots; still increasing.
 * `t` is fitted on leave-one-judge-out confidence (scripts/confidence-lojo.ts --set-sure-cut).
 */
export function movedSureCut(cal: ConfidenceModel['calibration'], t: number, keep = 0.6, sure = 0.9): ConfidenceModel['calibration'] {
  if (!(keep < t && t < 1)) throw new Error(`sure cut ${t}: must lie between ${keep} and 1`);
  const g = (y: number): number => (y <= keep ? y : y < t ? keep + ((y - keep) * (sure - keep)) / (t - keep) : sure + ((y - t) * (1 - sure)) / (1 - t));
  const xs: number[] = [], ys: number[] = [];
  for (let i = 0; i < cal.x.length; i++) {
    const x0 = cal.x[i]!, y0 = cal.y[i]!;
    xs.push(x0); ys.push(y0);
    const x1 = cal.x[i + 1], y1 = cal.y[i + 1];
    if (x1 === undefined || y1 === undefined) continue;
    for (const c of [keep, t]) if (y0 < c && c < y1) { xs.push(x0 + ((c - y0) * (x1 - x0)) / (y1 - y0)); ys.push(c); }
  }
  return { x: xs.map((v) => Math.round(v * 1e6) / 1e6), y: ys.map((y) => Math.round(g(y) * 1e4) / 1e4) };
}

/** The lower end of the Wilson score interval of a share `p` observed on `n` quotes, `z` standard errors wide. */
export function wilsonLower(p: number, n: number, z: number): number {
  if (z <= 0 || n <= 0) return p;
  const z2 = z * z;
  return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
}

/** The model's confidence for one quote (as the extractor computes it). */
export const predict = (m: ConfidenceModel, e: QuoteEvidence): number =>
  Math.min(1, Math.max(0, calibrate(rawProbability(confidenceFeatures(e), m.weights), m.calibration)), capOf(e));

/** Raw probabilities of every example, each from a model fitted without its article's fold. */
export type OutOfFold = (Point & { i: number })[];
export function outOfFold(examples: readonly Labelled[], names: readonly string[], folds: number, opts: FitOptions = FIT): OutOfFold {
  const out: OutOfFold = [];
  for (let k = 0; k < folds; k++) {
    const w = fitLogistic(examples.filter((e) => foldOf(e, folds) !== k), names, opts);
    examples.forEach((e, i) => { if (foldOf(e, folds) === k) out.push({ p: rawProbability(e.x, w), y: e.y, w: e.weight ?? 1, i }); });
  }
  return out.sort((a, b) => a.i - b.i);
}

/** Mean negative log-likelihood of probabilities against labels (lower is better); weights ignored. */
export function logLoss(points: readonly { p: number; y: number }[]): number {
  const eps = 1e-6;
  let s = 0;
  for (const { p, y } of points) s -= y ? Math.log(Math.max(eps, p)) : Math.log(Math.max(eps, 1 - p));
  return s / (points.length || 1);
}

/**
 * The loss that chooses between models: the mean over corpora of each corpus's mean log loss, so that a large
 * corpus does not decide alone for the articles the app will meet, which come from none of them.
 * `probabilities[i]` belongs to `examples[i]`.
 */
export function sourceLoss(examples: readonly Labelled[], probabilities: readonly number[]): number {
  const by = new Map<string, { p: number; y: number }[]>();
  examples.forEach((e, i) => {
    const key = e.source ?? '';
    const list = by.get(key) ?? [];
    list.push({ p: probabilities[i]!, y: e.y });
    by.set(key, list);
  });
  let s = 0;
  for (const list of by.values()) s += logLoss(list);
  return s / (by.size || 1);
}

/** `examples` with each corpus weighted: `weights[source]` (1 for a corpus not listed). */
export function weighted<T extends Labelled>(examples: readonly T[], weights: Readonly<Record<string, number>>): T[] {
  return examples.map((e) => ({ ...e, weight: weights[e.source ?? ''] ?? 1 }));
}

export interface Selection {
  /** Feature names of the chosen model. */
  names: string[];
  /** Groups added, in order, with the out-of-fold log loss after each. */
  steps: { group: string; loss: number }[];
  baseLoss: number;
}

/**
 * Forward selection of feature groups by out-of-fold log loss (folds by article): from `base`, add the group that
 * lowers the loss most, while it lowers it by at least `minGain`. Only the examples given are looked at.
 */
export function selectFeatures(examples: readonly Labelled[], base: readonly string[], groups: Readonly<Record<string, readonly string[]>>, folds: number, minGain: number, opts: FitOptions = FIT, log?: (line: string) => void): Selection {
  const lossOf = (names: readonly string[]) => sourceLoss(examples, outOfFold(examples, names, folds, opts).map((o) => o.p));
  let names = [...base];
  let loss = lossOf(names);
  const baseLoss = loss;
  log?.(`  base (${names.length} features): out-of-fold log loss ${loss.toFixed(5)}`);
  const steps: Selection['steps'] = [];
  const left = new Map(Object.entries(groups));
  while (left.size) {
    let best: { group: string; loss: number } | undefined;
    for (const [group, features] of left) {
      const l = lossOf([...names, ...features]);
      log?.(`    + ${group}: ${l.toFixed(5)}`);
      if (!best || l < best.loss) best = { group, loss: l };
    }
    if (!best || loss - best.loss < minGain) break;
    names = [...names, ...left.get(best.group)!];
    left.delete(best.group);
    loss = best.loss;
    steps.push(best);
    log?.(`  added ${best.group}: ${loss.toFixed(5)}`);
  }
  return { names, steps, baseLoss };
}

/**
 * Cross-validated confidences: each example's out-of-fold raw probability, calibrated by a map fitted on the
 * other folds' out-of-fold probabilities. What the model would say of quotes it was fitted without.
 */
export function crossValidatedConfidence(examples: readonly Labelled[], names: readonly string[], folds: number, opts: FitOptions = FIT, minBlock = MIN_BLOCK, lowerBound = 0): number[] {
  return calibratedOutOfFold(examples, outOfFold(examples, names, folds, opts), folds, minBlock, lowerBound);
}

/** `crossValidatedConfidence` from out-of-fold raw probabilities already computed. */
export function calibratedOutOfFold(examples: readonly Labelled[], oof: Readonly<OutOfFold>, folds: number, minBlock = MIN_BLOCK, lowerBound = 0): number[] {
  const out = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const map = isotonic(oof.filter((o) => foldOf(examples[o.i]!, folds) !== k), minBlock, MAX_PROBABILITY, lowerBound);
    for (const o of oof) if (foldOf(examples[o.i]!, folds) === k) out[o.i] = calibrate(o.p, map);
  }
  return out;
}

/** Among examples whose confidence is at least `min`: the share right, for direct quotes, and their share of direct quotes. */
export function directAt(examples: readonly Labelled[], confidence: readonly number[], min: number): { right: number; share: number; n: number } {
  let n = 0, right = 0, direct = 0;
  examples.forEach((e, i) => {
    if (e.kind !== 'direct') return;
    direct++;
    if (confidence[i]! >= min) { n++; right += e.y; }
  });
  const r3 = (v: number) => Math.round(v * 1000) / 1000;
  return { right: r3(right / (n || 1)), share: r3(n / (direct || 1)), n };
}

/**
 * The calibration map's least step (quotes behind one value), chosen among `candidates` by the cross-validated
 * log loss of the calibrated confidences: small steps follow noise, large ones blur the top.
 */
export function chooseMinBlock(examples: readonly Labelled[], oof: Readonly<OutOfFold>, folds: number, candidates: readonly number[], log?: (line: string) => void): number {
  let best = candidates[0]!;
  let bestLoss = Infinity;
  for (const m of candidates) {
    const cv = calibratedOutOfFold(examples, oof, folds, m);
    const loss = sourceLoss(examples, cv);
    log?.(`    steps of >= ${m} quotes: ${loss.toFixed(5)}; direct at >= 0.9 ${JSON.stringify(directAt(examples, cv, 0.9))}`);
    if (loss < bestLoss) { bestLoss = loss; best = m; }
  }
  return best;
}

/**
 * The weights of the corpora, chosen among `candidates` by the cross-validated log loss of the calibrated
 * confidence (mean of the corpora's losses) with the features `names`: a small corpus whose labels are the
 * truer can count for more than its size, as far as the held-out quotes of both bear it out.
 */
export function chooseSourceWeights(examples: readonly Labelled[], names: readonly string[], folds: number, candidates: readonly Readonly<Record<string, number>>[], log?: (line: string) => void, opts: FitOptions = FIT, minBlock = MIN_BLOCK): Record<string, number> {
  let best = candidates[0]!;
  let bestLoss = Infinity;
  for (const c of candidates) {
    const set = weighted(examples, c);
    const loss = sourceLoss(set, crossValidatedConfidence(set, names, folds, opts, minBlock));
    log?.(`    ${JSON.stringify(c)}: ${loss.toFixed(5)}`);
    if (loss < bestLoss) { bestLoss = loss; best = c; }
  }
  return { ...best };
}

/**
 * The L2 penalty, chosen among `candidates` by the cross-validated log loss of the calibrated confidence with the
 * features `names` (mean of the corpora's losses, averaged over the fold draws of `seeds`; folds by article): too
 * little and the weights learn the fitting articles' noise, too much and they forget what the features say.
 */
export function choosePenalty(examples: readonly Labelled[], names: readonly string[], folds: number, candidates: readonly number[], seeds: readonly number[], opts: FitOptions = FIT, minBlock = MIN_BLOCK, log?: (line: string) => void): { l2: number; losses: Record<string, number> } {
  const losses: Record<string, number> = {};
  let l2 = candidates[0]!;
  let best = Infinity;
  for (const penalty of candidates) {
    const o = { ...opts, l2: penalty };
    let sum = 0;
    for (const seed of seeds) { const set = withFolds(examples, folds, seed); sum += sourceLoss(set, crossValidatedConfidence(set, names, folds, o, minBlock)); }
    const loss = sum / (seeds.length || 1);
    losses[penalty] = Math.round(loss * 1e5) / 1e5;
    log?.(`    ${penalty}: ${loss.toFixed(5)}`);
    if (loss < best) { best = loss; l2 = penalty; }
  }
  return { l2, losses };
}

/** The final model: weights fitted on every example, the calibration map on their out-of-fold probabilities. */
export function fitModel(examples: readonly Labelled[], names: readonly string[], oof: readonly Point[], minBlock = MIN_BLOCK, opts: FitOptions = FIT, lowerBound = 0): ConfidenceModel {
  return { weights: fitLogistic(examples, names, opts), calibration: isotonic(oof, minBlock, MAX_PROBABILITY, lowerBound) };
}

/** One draw of the folds: the examples dealt by its seed and their out-of-fold raw probabilities. */
export interface FoldDraw<T extends Labelled = Labelled> { seed: number; set: T[]; oof: OutOfFold }

/** The out-of-fold raw probabilities of `examples` under each seed's draw of the folds. */
export function foldDraws<T extends Labelled>(examples: readonly T[], names: readonly string[], folds: number, seeds: readonly number[], opts: FitOptions = FIT): FoldDraw<T>[] {
  return seeds.map((seed) => { const set = withFolds(examples, folds, seed); return { seed, set, oof: outOfFold(set, names, folds, opts) }; });
}

/**
 * Out-of-fold raw probabilities averaged over the fold draws of `seeds` (each quote's mean over the models fitted
 * without its article): the calibration map then rests on no one draw of the folds.
 */
export function baggedOutOfFold(examples: readonly Labelled[], names: readonly string[], folds: number, seeds: readonly number[], opts: FitOptions = FIT): OutOfFold {
  return averagedOutOfFold(examples, foldDraws(examples, names, folds, seeds, opts));
}

/** Each example's out-of-fold raw probability averaged over `draws`. */
export function averagedOutOfFold(examples: readonly Labelled[], draws: readonly FoldDraw[]): OutOfFold {
  const sum = new Float64Array(examples.length);
  for (const d of draws) for (const o of d.oof) sum[o.i] = sum[o.i]! + o.p;
  return examples.map((e, i) => ({ p: sum[i]! / (draws.length || 1), y: e.y, w: e.weight ?? 1, i }));
}

export interface StabilityOptions {
  /** Random halves of the articles to select on. */
  resamples: number;
  /** Share of each corpus's articles in one resample. */
  fraction: number;
  /** Least share of the resamples a group must be chosen in to be kept. */
  threshold: number;
  /** Seed of the resamples and of their folds. */
  seed: number;
}

export interface StableSelection {
  /** Feature names of the chosen model: the base set, then the kept groups' features in the order of `groups`. */
  names: string[];
  /** The groups kept, in the order of `groups`. */
  kept: string[];
  /** Share of the resamples whose forward selection chose each group. */
  frequency: Record<string, number>;
}

/**
 * Stability selection: forward selection (`selectFeatures`) on `resamples` random halves of the articles (each
 * corpus halved on its own, folds drawn anew each time), and a group is kept when it was chosen in at least
 * `threshold` of them. A group whose gain is at the edge of `minGain` is chosen in about half the resamples
 * whatever one draw of the data says, so the set no longer flips on a quote or two. Deterministic in its inputs.
 */
export function stableSelection(examples: readonly Labelled[], base: readonly string[], groups: Readonly<Record<string, readonly string[]>>, folds: number, minGain: number, stability: StabilityOptions, opts: FitOptions = FIT, log?: (line: string) => void): StableSelection {
  const chosen = new Map(Object.keys(groups).map((g) => [g, 0]));
  const sources = [...new Set(examples.map((e) => e.source ?? ''))].sort();
  for (let r = 0; r < stability.resamples; r++) {
    const started = Date.now();
    const random = seededRandom(stability.seed * 100_003 + r + 1);
    const keep = new Set<number>();
    for (const source of sources) {
      const articles = [...new Set(examples.filter((e) => (e.source ?? '') === source).map((e) => e.article))].sort((a, b) => a - b);
      for (const a of shuffled(articles, random).slice(0, Math.max(folds, Math.round(articles.length * stability.fraction)))) keep.add(a);
    }
    const half = withFolds(examples.filter((e) => keep.has(e.article)), folds, Math.floor(random() * 2 ** 31) + 1);
    const selection = selectFeatures(half, base, groups, folds, minGain, opts);
    for (const s of selection.steps) chosen.set(s.group, chosen.get(s.group)! + 1);
    log?.(`  resample ${r + 1}/${stability.resamples} (${half.length} quotes): ${selection.steps.map((s) => s.group).join(', ') || 'none'} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  const frequency = Object.fromEntries([...chosen].map(([g, n]) => [g, n / (stability.resamples || 1)]));
  const kept = Object.keys(groups).filter((g) => frequency[g]! >= stability.threshold);
  return { names: [...base, ...kept.flatMap((g) => groups[g]!)], kept, frequency };
}

/**
 * Labels judged by hand, one quote a row (tab-separated, under the header VERDICTS_HEADER): the article's file name,
 * our speaker, the quote's first QUOTE_OPENING characters (whitespace collapsed), `right` or `wrong`, and why. A
 * verdict applies to a quote only with the same article, speaker and opening (`verdictKey`).
 */
export const VERDICTS_HEADER = 'article\tspeaker\tquote_opening\tverdict\twhy';
export const QUOTE_OPENING = 60;

/** The key of a quote's hand verdict: file name (any folder dropped), speaker, the quote's opening. */
export function verdictKey(file: string, speaker: string | null, text: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return [name, speaker ?? '', text.replace(/\s+/g, ' ').trim().slice(0, QUOTE_OPENING).trim()].join('\t');
}

/** The verdicts of a file of hand labels, by `verdictKey`; throws on a header or a row it cannot read. */
export function parseVerdicts(tsv: string, name = 'verdicts'): Map<string, 0 | 1> {
  const [header, ...rows] = tsv.split('\n').filter((l) => l.trim());
  if (header !== VERDICTS_HEADER) throw new Error(`${name}: the header must be ${JSON.stringify(VERDICTS_HEADER)}, not ${JSON.stringify(header)}`);
  const verdicts = new Map<string, 0 | 1>();
  for (const row of rows) {
    const [article, speaker, opening, verdict] = row.split('\t');
    if (!article || speaker === undefined || !opening || (verdict !== 'right' && verdict !== 'wrong')) throw new Error(`${name}: cannot read the row ${JSON.stringify(row)}`);
    const key = verdictKey(article, speaker, opening);
    if (verdicts.has(key)) throw new Error(`${name}: two rows for ${JSON.stringify(key)}`);
    verdicts.set(key, verdict === 'right' ? 1 : 0);
  }
  return verdicts;
}

/** Bins of the reliability table. */
export const BIN_EDGES = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001] as const;

export interface Bin { from: number; to: number; quotes: number; predicted: number; observed: number }

/** Predicted against observed per confidence bin (empty bins left out). */
export function reliabilityBins(examples: readonly Labelled[], m: ConfidenceModel): Bin[] {
  const scored = examples.map((e) => ({ p: predict(m, e.evidence), y: e.y }));
  const bins: Bin[] = [];
  for (let b = 0; b < BIN_EDGES.length - 1; b++) {
    const inBin = scored.filter((v) => v.p >= BIN_EDGES[b]! && v.p < BIN_EDGES[b + 1]!);
    if (!inBin.length) continue;
    bins.push({
      from: BIN_EDGES[b]!,
      to: Math.min(1, BIN_EDGES[b + 1]!),
      quotes: inBin.length,
      predicted: inBin.reduce((s, v) => s + v.p, 0) / inBin.length,
      observed: inBin.reduce((s, v) => s + v.y, 0) / inBin.length,
    });
  }
  return bins;
}

/**
 * The reliability table as Markdown; each bin says whether its observed share lies within two standard errors
 * of what it predicted (an honest bin) or how far outside it is.
 */
export function reliabilityTable(title: string, examples: readonly Labelled[], m: ConfidenceModel): string {
  const rows = [`${title} (${examples.length} labelled quotes)`, '| confidence | quotes | mean predicted | observed right | within 2 s.e. |', '|---|---|---|---|---|'];
  for (const b of reliabilityBins(examples, m)) {
    const se = Math.sqrt(Math.max(b.predicted * (1 - b.predicted), 1e-4) / b.quotes);
    const off = b.observed - b.predicted;
    const honest = Math.abs(off) <= 2 * se ? 'yes' : `no (${off > 0 ? '+' : ''}${off.toFixed(3)})`;
    rows.push(`| ${b.from.toFixed(2)}–${b.to.toFixed(2)} | ${b.quotes} | ${b.predicted.toFixed(3)} | ${b.observed.toFixed(3)} | ${honest} |`);
  }
  return rows.join('\n');
}

/** Among labelled quotes at or above `min`: how many, and the share with the right speaker (all, and direct only). */
export function sureFigures(examples: readonly Labelled[], m: ConfidenceModel, min: number) {
  const r3 = (v: number) => Math.round(v * 1000) / 1000;
  const sure = examples.filter((e) => predict(m, e.evidence) >= min);
  const direct = sure.filter((e) => e.kind === 'direct');
  const allDirect = examples.filter((e) => e.kind === 'direct');
  return {
    labelled_at_min: sure.length,
    right_at_min: r3(sure.reduce((s, e) => s + e.y, 0) / (sure.length || 1)),
    direct_labelled_at_min: direct.length,
    direct_right_at_min: r3(direct.reduce((s, e) => s + e.y, 0) / (direct.length || 1)),
    share_of_labelled_direct_at_min: r3(direct.length / (allDirect.length || 1)),
  };
}

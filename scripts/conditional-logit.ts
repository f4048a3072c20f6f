/**
 * A conditional logistic regression over candidate sets, shared by the fitting scripts of the speaker-choice models
 * (fit-pronouns.ts, fit-carry.ts): each decision is a set of candidates with named features, some labelled right; the
 * model is a softmax over one decision's candidates (gradient descent, L2), so only differences between candidates
 * of one decision count. Judged by k-fold cross-validation grouped by article, the folds dealt from a seeded shuffle
 * (same data, same folds, same figures on every run).
 */
import { seededRandom } from './confidence-fit.js';

/** One decision: its candidates' features and labels, and the article it is in (for grouped folds). */
export interface Decision { xs: Record<string, number>[]; ys: boolean[]; article: string }

export interface FitOptions { l2: number; steps: number; rate: number }

/**
 * Weights by feature name, rounded to 4 decimals. With `fixed`, the features it weighs and `names` does not keep those
 * weights (each candidate's fixed part is an offset), and only `names` are fitted (`fit-pronouns.ts --only`).
 */
export function fitConditional(data: readonly Decision[], names: readonly string[], o: FitOptions, fixed: Readonly<Record<string, number>> = {}): Record<string, number> {
  const w = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  const X = data.map((d) => d.xs.map((x) => Float64Array.from(names, (k) => x[k] ?? 0)));
  const held = Object.keys(fixed).filter((k) => !names.includes(k));
  const offset = data.map((d) => d.xs.map((x) => held.reduce((s, k) => s + fixed[k]! * (x[k] ?? 0), 0)));
  for (let step = 0; step < o.steps; step++) {
    grad.fill(0);
    data.forEach((d, n) => {
      const xs = X[n]!;
      const z = xs.map((x, i) => x.reduce((s, v, j) => s + v * w[j]!, offset[n]![i]!));
      const m = Math.max(...z);
      const e = z.map((v) => Math.exp(v - m));
      const all = e.reduce((a, b) => a + b, 0);
      const right = e.reduce((a, b, i) => a + (d.ys[i] ? b : 0), 0);
      // d/dw of -log(P(right)) = E_all[x] - E_right[x]
      xs.forEach((x, i) => {
        const c = e[i]! / all - (d.ys[i] ? e[i]! / right : 0);
        for (let j = 0; j < names.length; j++) grad[j]! += c * x[j]!;
      });
    });
    for (let j = 0; j < names.length; j++) w[j] = w[j]! - o.rate * (grad[j]! / Math.max(1, data.length) + o.l2 * w[j]!);
  }
  return Object.fromEntries(names.map((k, j) => [k, Math.round(w[j]! * 1e4) / 1e4]));
}

/** The decisions whose best-scored candidate (ties to the first) is a right one. */
export function rightOnes(data: readonly Decision[], score: (x: Readonly<Record<string, number>>) => number): Decision[] {
  return data.filter((d) => {
    let best = -1;
    let bestScore = -Infinity;
    d.xs.forEach((x, i) => { const s = score(x); if (s > bestScore) { bestScore = s; best = i; } });
    return d.ys[best] === true;
  });
}

/** How many decisions' best-scored candidate is a right one. */
export function rightCount(data: readonly Decision[], score: (x: Readonly<Record<string, number>>) => number): number {
  return rightOnes(data, score).length;
}

export const share = (ok: number, n: number): number => (n ? Math.round((ok / n) * 1000) / 1000 : 0);

/** Fold of each article: articles sorted, shuffled with a fixed seed and dealt round-robin (no article in two folds). */
export function foldsOf(data: readonly Decision[], k: number, seed = 13): Map<string, number> {
  const articles = [...new Set(data.map((d) => d.article))].sort();
  const rnd = seededRandom(seed);
  for (let i = articles.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [articles[i], articles[j]] = [articles[j]!, articles[i]!]; }
  return new Map(articles.map((a, i) => [a, i % k]));
}

/**
 * Grouped-by-article cross-validation: decisions right when each fold is scored by weights fitted on the other folds,
 * and (for comparison on the same folds) by `baseline`.
 */
export function crossValidated(
  data: readonly Decision[], names: readonly string[], o: FitOptions, score: (x: Readonly<Record<string, number>>, w: Readonly<Record<string, number>>) => number, k = 5,
  fixed: Readonly<Record<string, number>> = {},
): { right: number; n: number; rightSet: Set<Decision> } {
  const fold = foldsOf(data, k);
  const rightSet = new Set<Decision>();
  for (let f = 0; f < k; f++) {
    const test = data.filter((d) => fold.get(d.article) === f);
    const w = fitConditional(data.filter((d) => fold.get(d.article) !== f), names, o, fixed);
    for (const d of rightOnes(test, (x) => score(x, w))) rightSet.add(d);
  }
  return { right: rightSet.size, n: data.length, rightSet };
}

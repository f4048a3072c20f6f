/**
 * Fits the pronoun model (src/core/extraction/pronoun-model.ts): the weights that choose which person "he",
 * "she", "it" or "they" points to among the candidates the cast offers (pronouns.ts). A developer tool that reads
 * ../shared; deterministic (same extractor and data, same weights).
 *
 *   npx tsx scripts/fit-pronouns.ts [--shared ../shared] [--dry-run]
 *
 * Data: every predicted quote whose speaker came from a pronoun, on gold dev, dev2 and PolNeAR train, matched
 * to its gold quote as score.mjs matches it (tuning-data.ts); each candidate is labelled right when the scorer
 * would accept its name for the gold speaker. Pronouns with no right candidate, or only one candidate, say
 * nothing about the weights and are left out. Model: a conditional logistic regression (a softmax over each
 * pronoun's candidates; gradient descent, L2), so only differences between candidates of one pronoun count.
 * The fit is judged by 5-fold cross-validation grouped by article (folds dealt from a seeded shuffle, so every run
 * gives the same figure); PolNeAR dev is held out and never read here (score it with score.mjs once a change is
 * decided). The candidates depend on the weights in use (a resolved pronoun becomes the next one's antecedent), so
 * run it twice after a change of features.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pronounScore } from '../src/core/extraction/pronouns.js';
import { PRONOUN_MODEL } from '../src/core/extraction/pronoun-model.js';
import { args, goldSet, label, polnear, type ArticleRun } from './tuning-data.js';

const dryRun = args.includes('--dry-run');
const OUT = path.resolve('src/core/extraction/pronoun-model.ts');
const L2 = 1e-2;
const STEPS = 2000;
const RATE = 0.5;
const FOLDS = 5;

/** One pronoun with its candidates' features and labels, and the article it is in (for grouped folds). */
interface Instance { xs: Record<string, number>[]; ys: boolean[]; article: string }

function instances(runs: readonly ArticleRun[]): { usable: Instance[]; all: number } {
  const usable: Instance[] = [];
  let all = 0;
  runs.forEach((run, i) => {
    for (const e of label(run, i)) {
      const cands = e.evidence.pronounCandidates;
      if (!cands || cands.length === 0) continue;
      all++;
      const ys = cands.map((c) => e.match(c.name, e.gold));
      if (cands.length < 2 || !ys.some(Boolean)) continue;
      usable.push({ xs: cands.map((c) => ({ ...c.x })), ys, article: `${run.set}/${path.basename(run.file)}` });
    }
  });
  return { usable, all };
}

/** A seeded generator (mulberry32), so the folds are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold of each article: articles shuffled with a fixed seed and dealt round-robin, so no article is in two folds. */
function foldsOf(data: readonly Instance[], k: number, seed = 13): Map<string, number> {
  const articles = [...new Set(data.map((d) => d.article))].sort();
  const rnd = seeded(seed);
  for (let i = articles.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [articles[i], articles[j]] = [articles[j]!, articles[i]!]; }
  return new Map(articles.map((a, i) => [a, i % k]));
}

/** Grouped-by-article cross-validation: the share of pronouns right when each fold is scored by weights fitted on the others. */
function crossValidated(data: readonly Instance[], names: readonly string[], k = FOLDS): number {
  const fold = foldsOf(data, k);
  let ok = 0;
  for (let f = 0; f < k; f++) {
    const test = data.filter((d) => fold.get(d.article) === f);
    const w = fit(data.filter((d) => fold.get(d.article) !== f), names);
    ok += accuracy(test, w) * test.length;
  }
  return data.length ? Math.round((ok / data.length) * 1000) / 1000 : 0;
}

function fit(data: readonly Instance[], names: readonly string[]): Record<string, number> {
  const w = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  const X = data.map((d) => d.xs.map((x) => Float64Array.from(names, (k) => x[k] ?? 0)));
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    data.forEach((d, n) => {
      const xs = X[n]!;
      const z = xs.map((x) => x.reduce((s, v, j) => s + v * w[j]!, 0));
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
    for (let j = 0; j < names.length; j++) w[j] = w[j]! - RATE * (grad[j]! / data.length + L2 * w[j]!);
  }
  return Object.fromEntries(names.map((k, j) => [k, Math.round(w[j]! * 1e4) / 1e4]));
}

/** Share of pronouns whose best-scored candidate is a right one. */
function accuracy(data: readonly Instance[], weights: Readonly<Record<string, number>>): number {
  let ok = 0;
  for (const d of data) {
    let best = -1;
    let bestScore = -Infinity;
    d.xs.forEach((x, i) => { const s = pronounScore(x, weights); if (s > bestScore) { bestScore = s; best = i; } });
    if (d.ys[best]) ok++;
  }
  return data.length ? Math.round((ok / data.length) * 1000) / 1000 : 0;
}

const fitRuns = [...goldSet('dev'), ...goldSet('dev2'), ...polnear('train')];
const train = instances(fitRuns);
const names = [...new Set(train.usable.flatMap((d) => d.xs.flatMap((x) => Object.keys(x))))].sort();
const weights = fit(train.usable, names);
const report = {
  pronoun_quotes: train.all,
  with_a_choice: train.usable.length,
  articles: new Set(train.usable.map((d) => d.article)).size,
  right_before: accuracy(train.usable, PRONOUN_MODEL),
  right_after_in_sample: accuracy(train.usable, weights),
  right_after_cross_validated: crossValidated(train.usable, names),
  weights,
};
console.log(JSON.stringify(report, null, 2));
if (!dryRun) {
  fs.writeFileSync(OUT, `// Written by scripts/fit-pronouns.ts (conditional logistic regression over each pronoun's candidates, fitted on
// gold dev + dev2 + PolNeAR train: ${train.usable.length} pronoun speakers with a choice in ${report.articles} articles). Do not edit by
// hand: re-run the script. Right candidate chosen: shipped before ${report.right_before}; these weights ${report.right_after_in_sample} in
// sample, ${report.right_after_cross_validated} in ${FOLDS}-fold cross-validation grouped by article (seeded folds).
export const PRONOUN_MODEL: Readonly<Record<string, number>> = ${JSON.stringify(weights, null, 2)};
`);
}

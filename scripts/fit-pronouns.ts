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
 * PolNeAR dev is held out and only measured. The candidates depend on the weights in use (a resolved pronoun
 * becomes the next one's antecedent), so run it twice after a change of features.
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

/** One pronoun with its candidates' features and labels. */
interface Instance { xs: Record<string, number>[]; ys: boolean[] }

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
      usable.push({ xs: cands.map((c) => ({ ...c.x })), ys });
    }
  });
  return { usable, all };
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
const check = instances(polnear('dev'));
const names = [...new Set(train.usable.flatMap((d) => d.xs.flatMap((x) => Object.keys(x))))].sort();
const weights = fit(train.usable, names);
const report = {
  pronoun_quotes: { fit: train.all, check: check.all },
  with_a_choice: { fit: train.usable.length, check: check.usable.length },
  right_before: { fit: accuracy(train.usable, PRONOUN_MODEL), check: accuracy(check.usable, PRONOUN_MODEL) },
  right_after: { fit: accuracy(train.usable, weights), check: accuracy(check.usable, weights) },
  weights,
};
console.log(JSON.stringify(report, null, 2));
if (!dryRun) {
  fs.writeFileSync(OUT, `// Written by scripts/fit-pronouns.ts (conditional logistic regression over each pronoun's candidates, fitted on
// gold dev + dev2 + PolNeAR train: ${train.usable.length} pronoun speakers with a choice). Do not edit by hand: re-run the script.
// Right candidate chosen, before -> after: fit ${report.right_before.fit} -> ${report.right_after.fit}; PolNeAR dev (held out) ${report.right_before.check} -> ${report.right_after.check}.
export const PRONOUN_MODEL: Readonly<Record<string, number>> = ${JSON.stringify(weights, null, 2)};
`);
}

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
import { crossValidated, fitConditional, rightCount, share, type Decision } from './conditional-logit.js';
import { args, goldSet, label, polnear, type ArticleRun } from './tuning-data.js';

const dryRun = args.includes('--dry-run');
const OUT = path.resolve('src/core/extraction/pronoun-model.ts');
const OPTIONS = { l2: 1e-2, steps: 2000, rate: 0.5 };
const FOLDS = 5;

function instances(runs: readonly ArticleRun[]): { usable: Decision[]; all: number } {
  const usable: Decision[] = [];
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

const fitRuns = [...goldSet('dev'), ...goldSet('dev2'), ...polnear('train')];
const train = instances(fitRuns);
const names = [...new Set(train.usable.flatMap((d) => d.xs.flatMap((x) => Object.keys(x))))].sort();
const weights = fitConditional(train.usable, names, OPTIONS);
const n = train.usable.length;
const report = {
  pronoun_quotes: train.all,
  with_a_choice: n,
  articles: new Set(train.usable.map((d) => d.article)).size,
  right_before: share(rightCount(train.usable, (x) => pronounScore(x, PRONOUN_MODEL)), n),
  right_after_in_sample: share(rightCount(train.usable, (x) => pronounScore(x, weights)), n),
  right_after_cross_validated: share(crossValidated(train.usable, names, OPTIONS, pronounScore, FOLDS).right, n),
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

/**
 * Fits the carry model (src/core/extraction/carry-model.ts): the weights that choose the speaker of a quote with no
 * cue of its own among the speakers the reader's rules offer (carry.ts: the subject of the sentence before, the
 * speaker of the cue before, the quote before or after, the speaker carried from the paragraph before). A developer
 * tool that reads ../shared; deterministic (same extractor and data, same folds, same weights).
 *
 *   npx tsx scripts/fit-carry.ts [--shared ../shared] [--dry-run] [--dump FILE]
 *
 * Data: every predicted quote whose speaker was chosen among two candidates or more, on gold dev, dev2 and PolNeAR
 * train, matched to its gold quote as score.mjs matches it (tuning-data.ts); a candidate is right when the scorer
 * would accept its name for the gold speaker. Quotes with no right candidate say nothing and are left out.
 * `--dump` writes each decision (article, candidates, features, labels) as JSON lines. Model: a conditional
 * logistic regression (conditional-logit.ts); judged by 5-fold cross-validation grouped by article, against the
 * rules' order (the weights shipped before) on the same folds. PolNeAR dev is held out and never read here.
 * The file is written only when the cross-validated figure beats the rules' order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { carryScore } from '../src/core/extraction/carry.js';
import { CARRY_MODEL } from '../src/core/extraction/carry-model.js';
import { crossValidated, fitConditional, rightCount, share, type Decision } from './conditional-logit.js';
import { args, goldSet, label, opt, polnear, type ArticleRun } from './tuning-data.js';

const dryRun = args.includes('--dry-run');
const dump = opt('--dump', '');
const OUT = path.resolve('src/core/extraction/carry-model.ts');
const OPTIONS = { l2: 1e-2, steps: 1500, rate: 0.5 };

function decisions(runs: readonly ArticleRun[]): { usable: Decision[]; all: number; noneRight: number } {
  const usable: Decision[] = [];
  let all = 0;
  let noneRight = 0;
  const lines: string[] = [];
  runs.forEach((run, i) => {
    for (const e of label(run, i)) {
      const cands = e.evidence.carryCandidates;
      if (!cands || cands.length < 2) continue;
      all++;
      const ys = cands.map((c) => c.name !== null && e.match(c.name, e.gold));
      const article = `${run.set}/${path.basename(run.file)}`;
      if (dump) lines.push(JSON.stringify({ article, quote: e.text.slice(0, 80), gold: e.gold, candidates: cands.map((c, j) => ({ name: c.name, chosen: c.chosen, right: ys[j], x: c.x })) }));
      if (!ys.some(Boolean)) { noneRight++; continue; }
      usable.push({ xs: cands.map((c) => ({ ...c.x })), ys, article });
    }
  });
  if (dump) fs.writeFileSync(dump, lines.join('\n') + '\n');
  return { usable, all, noneRight };
}

const runs = [...goldSet('dev'), ...goldSet('dev2'), ...polnear('train')];
const data = decisions(runs);
const names = [...new Set(data.usable.flatMap((d) => d.xs.flatMap((x) => Object.keys(x))))].sort();
const weights = fitConditional(data.usable, names, OPTIONS);
const n = data.usable.length;
const cv = crossValidated(data.usable, names, OPTIONS, carryScore);
const report = {
  quotes_with_a_choice: data.all,
  no_right_candidate: data.noneRight,
  usable: n,
  articles: new Set(data.usable.map((d) => d.article)).size,
  right_rules_order: share(rightCount(data.usable, (x) => carryScore(x, CARRY_MODEL)), n),
  right_fitted_in_sample: share(rightCount(data.usable, (x) => carryScore(x, weights)), n),
  right_fitted_cross_validated: share(cv.right, n),
  weights,
};
console.log(JSON.stringify(report, null, 2));
if (!dryRun && report.right_fitted_cross_validated > report.right_rules_order) {
  fs.writeFileSync(OUT, `// Written by scripts/fit-carry.ts (conditional logistic regression over the candidates of each quote with no cue of
// its own, fitted on gold dev + dev2 + PolNeAR train: ${n} quotes with a choice in ${report.articles} articles). Do not edit by hand:
// re-run the script. Right candidate chosen: the rules' order ${report.right_rules_order}; these weights ${report.right_fitted_in_sample} in
// sample, ${report.right_fitted_cross_validated} in 5-fold cross-validation grouped by article (seeded folds).
export const CARRY_MODEL: Readonly<Record<string, number>> = ${JSON.stringify(weights, null, 2)};
`);
}

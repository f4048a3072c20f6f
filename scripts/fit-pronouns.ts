/**
 * Fits the pronoun model (src/core/extraction/pronoun-model.ts): the weights that choose which person "he",
 * "she", "it" or "they" points to among the candidates the cast offers (pronouns.ts). A developer tool that reads
 * ../shared; deterministic (same extractor and data, same weights).
 *
 *   npx tsx scripts/fit-pronouns.ts [--shared ../shared] [--dry-run] [--no-judges] [--drop feature,feature] [--only feature,feature]
 *
 * `--no-judges` fits on the gold sets alone; `--drop` leaves features out of the fit (to compare candidates);
 * `--only feature,feature` fits those features alone, every other weight held as shipped (a new feature added to the
 * model without refitting, and so moving, the rest: session 38);
 * `--dump FILE` writes every decision (article, part, candidates' features and labels) as JSON lines.
 *
 * Data: every predicted quote whose speaker came from a pronoun, on gold dev, dev2 and PolNeAR train, matched
 * to its gold quote as score.mjs matches it (tuning-data.ts); each candidate is labelled right when the scorer
 * would accept its name for the gold speaker. Also (session 34) every direct pronoun quote of the open judges' halves
 * A (eval/held-out, never a half B, never a set marked "NEITHER half"), matched to its judged row as
 * judge-calibration.ts matches it; a candidate is right when the scorer would accept its name for the speaker the
 * judge says is right (the one judged right, or the judge's right_speaker of a wrong one). Pronouns with no right candidate, or only one candidate, say
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
import { matchJudged } from './judge-calibration.js';
import { directQuotesOf, readableJudges, readPackedJudge, type DirectQuote } from './judge-data.js';
import { args, corpus, goldSet, label, polnear, speakerMatch, type ArticleRun } from './tuning-data.js';

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
      usable.push({ xs: cands.map((c) => ({ ...c.x })), ys, article: path.relative(corpus, run.file) });
    }
  });
  return { usable, all };
}

/** The pronoun quotes of the open judges' halves A, each candidate labelled by the speaker the judge says is right. */
function judgedInstances(): { usable: Decision[]; all: number } {
  const usable: Decision[] = [];
  let all = 0;
  const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'eval', 'held-out');
  for (const tar of readableJudges(dir)) {
    const rows = readPackedJudge(path.join(dir, tar)).filter((r) => r.half === 'A');
    for (const article of [...new Set(rows.map((r) => r.article))].sort()) {
      const { direct } = directQuotesOf(corpus, article);
      const taken = new Set<DirectQuote>();
      for (const row of rows.filter((r) => r.article === article)) {
        const q = matchJudged(row, direct, taken);
        const cands = q?.evidence.mention === 'pronoun' ? q.evidence.pronounCandidates : undefined;
        if (!cands || cands.length === 0) continue;
        const right = row.judgement === 'right' ? row.predicted : row.judgement === 'wrong' ? row.rightSpeaker : '';
        if (!right) continue;
        all++;
        const ys = cands.map((c) => speakerMatch(c.name, right));
        if (cands.length < 2 || !ys.some(Boolean)) continue;
        usable.push({ xs: cands.map((c) => ({ ...c.x })), ys, article });
      }
    }
  }
  return { usable, all };
}

const fitRuns = [...goldSet('dev'), ...goldSet('dev2'), ...polnear('train')];
const gold = instances(fitRuns);
const judged = args.includes('--no-judges') ? { usable: [], all: 0 } : judgedInstances();
const train = { usable: [...gold.usable, ...judged.usable], all: gold.all + judged.all };
const dropped = new Set(args.includes('--drop') ? args[args.indexOf('--drop') + 1]!.split(',') : []);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : undefined;
const names = [...new Set(train.usable.flatMap((d) => d.xs.flatMap((x) => Object.keys(x))))].filter((k) => !dropped.has(k) && (!only || only.includes(k))).sort();
/** With --only, the shipped weights of the other features are held (an offset in the fit, added when scoring). */
const fixed = only ? PRONOUN_MODEL : {};
const scoreWith = (x: Readonly<Record<string, number>>, w: Readonly<Record<string, number>>) => pronounScore(x, { ...fixed, ...w });
const fitted = fitConditional(train.usable, names, OPTIONS, fixed);
const weights = only ? Object.fromEntries(Object.entries({ ...PRONOUN_MODEL, ...fitted }).sort(([a], [b]) => (a < b ? -1 : 1))) : fitted;
const n = train.usable.length;
const cv = crossValidated(train.usable, names, OPTIONS, scoreWith, FOLDS, fixed);
/** Right share within one part of the data (the gold sets, the judges), cross-validated on the pooled folds. */
const part = (of: readonly Decision[]) => share(of.filter((d) => cv.rightSet.has(d)).length, of.length);
const report = {
  pronoun_quotes: train.all,
  with_a_choice: n,
  gold_with_a_choice: gold.usable.length,
  judged_with_a_choice: judged.usable.length,
  articles: new Set(train.usable.map((d) => d.article)).size,
  right_before: share(rightCount(train.usable, (x) => pronounScore(x, PRONOUN_MODEL)), n),
  right_before_gold: share(rightCount(gold.usable, (x) => pronounScore(x, PRONOUN_MODEL)), gold.usable.length),
  right_before_judged: share(rightCount(judged.usable, (x) => pronounScore(x, PRONOUN_MODEL)), judged.usable.length),
  right_after_in_sample: share(rightCount(train.usable, (x) => pronounScore(x, weights)), n),
  right_after_cross_validated: share(cv.right, n),
  cross_validated_gold: part(gold.usable),
  cross_validated_judged: part(judged.usable),
  ...(only ? { fitted_alone: fitted } : {}),
  weights,
};
console.log(JSON.stringify(report, null, 2));
if (args.includes('--dump')) {
  const judgedSet = new Set(judged.usable);
  fs.writeFileSync(args[args.indexOf('--dump') + 1]!, train.usable.map((d) => JSON.stringify({ article: d.article, part: judgedSet.has(d) ? 'judged' : 'gold', xs: d.xs, ys: d.ys })).join('\n') + '\n');
}
if (!dryRun && only) {
  // The header of the last full fit stays (its weights are held); a line records the features fitted alone.
  const header = fs.readFileSync(OUT, 'utf8').split('\n').filter((l) => l.startsWith('//') && !l.startsWith('// --only'));
  fs.writeFileSync(OUT, `${header.join('\n')}
// --only ${names.join(',')}: fitted alone by scripts/fit-pronouns.ts --only, every other weight held as above, on ${n} pronoun
// --only speakers with a choice (gold and the open judges' halves A) in ${report.articles} articles. Right candidate: before ${report.right_before}, after ${report.right_after_in_sample}
// --only in sample, ${report.right_after_cross_validated} in ${FOLDS}-fold cross-validation grouped by article (seeded folds).
export const PRONOUN_MODEL: Readonly<Record<string, number>> = ${JSON.stringify(weights, null, 2)};
`);
} else if (!dryRun) {
  fs.writeFileSync(OUT, `// Written by scripts/fit-pronouns.ts (conditional logistic regression over each pronoun's candidates, fitted on
// gold dev + dev2 + PolNeAR train and the open judges' halves A: ${train.usable.length} pronoun speakers with a choice in ${report.articles} articles). Do not edit by
// hand: re-run the script. Right candidate chosen: shipped before ${report.right_before}; these weights ${report.right_after_in_sample} in
// sample, ${report.right_after_cross_validated} in ${FOLDS}-fold cross-validation grouped by article (seeded folds).
export const PRONOUN_MODEL: Readonly<Record<string, number>> = ${JSON.stringify(weights, null, 2)};
`);
}

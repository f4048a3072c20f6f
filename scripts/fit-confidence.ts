/**
 * Fits the quote confidence model (src/core/extraction/confidence-model.ts) on the tuning data and reports its
 * calibration on PolNeAR dev, which it does not fit on. A developer tool: it reads ../shared (the app and the
 * tests never do). Deterministic: same extractor and data, same weights.
 *
 *   npx tsx scripts/fit-confidence.ts [--shared ../shared] [--dry-run] [--verbose] [--dump FILE.jsonl]
 *
 * 1. Runs the extractor in-process (the same parse and extractor as `onrecord extract --json`) over the gold
 *    sets dev and dev2 and over PolNeAR train and dev, collecting each quote's evidence (confidence.ts).
 * 2. Labels each predicted quote that matches a gold quote the way ../shared/eval/score.mjs judges it: matched
 *    when at least half its words belong to gold quotes, speaker right when it matches the gold quote holding
 *    most of its words. `speakerMatch` is imported from score.mjs (it exports it); the rest of its matching
 *    (word split, LCS, PolNeAR annotation parsing and source-span match) is not exported and is reimplemented
 *    here line for line. Gold quotes with no named speaker (anonymous) give no label: the scorer counts any
 *    speaker right there, which says nothing about ours.
 * 3. Fits a logistic regression (projected gradient descent, L2, sign constraints of `MONOTONE`) on dev + dev2
 *    + PolNeAR train, calibrates it with isotonic regression on 5-fold out-of-fold probabilities (folds by
 *    article), and writes the weights and the calibration map.
 * 4. Prints reliability tables and the scorer's figures at --min-confidence 0.9 (reimplemented) on PolNeAR dev.
 */
import fs from 'node:fs';
import path from 'node:path';
import { calibrate, confidenceFeatures, MONOTONE, rawProbability, type ConfidenceModel, type QuoteEvidence } from '../src/core/extraction/confidence.js';
import { args, goldSet, label, lcs, opt, polnear, speakerMatch, words, type ArticleRun, type Example } from './tuning-data.js';

const dryRun = args.includes('--dry-run');
/** --verbose: print each gold quote the scorer would judge wrong among the quotes at >= 0.9. */
const verbose = args.includes('--verbose');
const OUT = path.resolve('src/core/extraction/confidence-model.ts');

// ---------- logistic regression: projected gradient descent with L2 and sign constraints ----------
const L2 = 1e-3;
/** Fewest labelled quotes behind one step of the calibration map, and the surest probability it may say. */
const MIN_BLOCK = 50;
const MAX_PROBABILITY = 0.995;
const STEPS = 3000;
const RATE = 0.5;

function fitLogistic(examples: readonly Example[], names: readonly string[]): Record<string, number> {
  const n = examples.length;
  const d = names.length;
  const X = examples.map((e) => Float64Array.from(names, (k) => e.x[k] ?? 0));
  const w = new Float64Array(d);
  const grad = new Float64Array(d);
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      const xi = X[i]!;
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j]! * xi[j]!;
      const r = 1 / (1 + Math.exp(-z)) - examples[i]!.y;
      for (let j = 0; j < d; j++) grad[j]! += r * xi[j]!;
    }
    for (let j = 0; j < d; j++) {
      const reg = names[j] === 'bias' ? 0 : L2 * w[j]!;
      w[j] = w[j]! - RATE * (grad[j]! / n + reg);
      const sign = MONOTONE[names[j]!];
      if (sign === 1 && w[j]! < 0) w[j] = 0;
      if (sign === -1 && w[j]! > 0) w[j] = 0;
    }
  }
  return Object.fromEntries(names.map((k, j) => [k, Math.round(w[j]! * 1e4) / 1e4]));
}

/** Pool-adjacent-violators: an increasing map from raw probability to observed accuracy. */
function isotonic(points: { p: number; y: number }[]): ConfidenceModel['calibration'] {
  const sorted = [...points].sort((a, b) => a.p - b.p || a.y - b.y);
  const blocks: { sumP: number; sumY: number; n: number }[] = [];
  for (const pt of sorted) {
    blocks.push({ sumP: pt.p, sumY: pt.y, n: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.sumY / a.n < b.sumY / b.n) break;
      blocks.splice(blocks.length - 2, 2, { sumP: a.sumP + b.sumP, sumY: a.sumY + b.sumY, n: a.n + b.n });
    }
  }
  // Blocks of a few quotes say little (a top block of 7 right answers is not certainty): adjacent blocks are
  // merged until each holds MIN_BLOCK quotes, which keeps the map increasing; no value is 0 or 1.
  const merged: typeof blocks = [];
  for (const b of blocks) {
    const last = merged[merged.length - 1];
    if (last && last.n < MIN_BLOCK) { last.sumP += b.sumP; last.sumY += b.sumY; last.n += b.n; } else merged.push({ ...b });
  }
  const tail = merged[merged.length - 1];
  if (merged.length > 1 && tail && tail.n < MIN_BLOCK) {
    const prev = merged[merged.length - 2]!;
    prev.sumP += tail.sumP; prev.sumY += tail.sumY; prev.n += tail.n;
    merged.pop();
  }
  const r4 = (v: number) => Math.round(v * 1e4) / 1e4;
  const clamp = (v: number) => Math.min(MAX_PROBABILITY, Math.max(1 - MAX_PROBABILITY, v));
  return { x: merged.map((b) => r4(b.sumP / b.n)), y: merged.map((b) => r4(clamp(b.sumY / b.n))) };
}

// ---------- evaluation ----------
const predict = (m: ConfidenceModel, e: QuoteEvidence) => Math.min(1, Math.max(0, calibrate(rawProbability(confidenceFeatures(e), m.weights), m.calibration)));

function reliability(title: string, examples: readonly Example[], m: ConfidenceModel): string {
  const edges = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];
  const rows = [`${title} (${examples.length} labelled quotes)`, '| confidence | quotes | mean predicted | observed right |', '|---|---|---|---|'];
  for (let b = 0; b < edges.length - 1; b++) {
    const inBin = examples.map((e) => ({ p: predict(m, e.evidence), y: e.y })).filter((v) => v.p >= edges[b]! && v.p < edges[b + 1]!);
    if (!inBin.length) continue;
    const mean = inBin.reduce((s, v) => s + v.p, 0) / inBin.length;
    const acc = inBin.reduce((s, v) => s + v.y, 0) / inBin.length;
    rows.push(`| ${edges[b]!.toFixed(2)}–${Math.min(1, edges[b + 1]!).toFixed(2)} | ${inBin.length} | ${mean.toFixed(3)} | ${acc.toFixed(3)} |`);
  }
  return rows.join('\n');
}

/** Among labelled quotes at or above `min`: how many, and the share with the right speaker (all, and direct only). */
function sureFigures(examples: readonly Example[], m: ConfidenceModel, min: number) {
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

/** score.mjs's gold-side figures (speaker_accuracy, direct recall) over the quotes at or above `min`. */
function scorerFigures(runs: readonly ArticleRun[], m: ConfidenceModel, min: number) {
  let found = 0, foundS = 0, dGold = 0, dFound = 0, dPred = 0, dPredSure = 0;
  for (const run of runs) {
    const P = run.pred.filter((p) => predict(m, p.evidence) >= min).map((p) => ({ ...p, w: words(p.quote.text) })).filter((p) => p.w.length);
    for (const p of run.pred) if (p.quote.kind === 'direct') { dPred++; if (predict(m, p.evidence) >= 0.9) dPredSure++; }
    for (const g0 of run.gold) {
      const gw = words(g0.text);
      if (!gw.length) continue;
      const q = g0.quoted ? words(g0.quoted) : null;
      const k = g0.kind === 'indirect' ? 'indirect' : 'direct';
      if (k === 'direct') dGold++;
      let best = -1, bestCov = 0;
      for (const [pi, p] of P.entries()) { const cov = lcs(gw, p.w) / gw.length; if (cov > bestCov) { bestCov = cov; best = pi; } }
      let ok = bestCov >= (k === 'direct' ? 0.8 : 0.6);
      const viaQuoted = !ok;
      if (!ok && q?.length) {
        let sum = 0, most = 0;
        for (const [pi, p] of P.entries()) { const o = lcs(q, p.w); sum += o; if (o > most) { most = o; best = pi; } }
        ok = sum / q.length >= 0.8;
      }
      if (!ok) continue;
      found++;
      if (k === 'direct') dFound++;
      if (g0.anonymous || (g0.match ?? speakerMatch)(P[best]!.quote.speaker?.name ?? null, g0.speaker)) foundS++;
      else if (verbose && min > 0) console.log('  wrong speaker', viaQuoted ? '(found by its quoted words)' : '(found by coverage)', k, JSON.stringify(g0.text.slice(0, 80)), 'gold=', JSON.stringify(g0.speaker), 'got=', P[best]!.quote.speaker?.name, predict(m, P[best]!.evidence).toFixed(2), JSON.stringify(P[best]!.evidence));
    }
  }
  const r3 = (v: number) => Math.round(v * 1000) / 1000;
  return { min_confidence: min, speaker_accuracy: r3(foundS / (found || 1)), direct_recall: r3(dFound / (dGold || 1)), direct_predicted: dPred, direct_predicted_at_0_9: dPredSure, share_direct_at_0_9: r3(dPredSure / (dPred || 1)) };
}

// ---------- main ----------
const t0 = Date.now();
const fitRuns = [...goldSet('dev'), ...goldSet('dev2'), ...polnear('train')];
const checkRuns = polnear('dev');
const fitExamples = fitRuns.flatMap((r, i) => label(r, i));
const checkExamples = checkRuns.flatMap((r, i) => label(r, i));
const names = Object.keys(confidenceFeatures(fitExamples[0]!.evidence));

// Out-of-fold probabilities (5 folds by article) for the calibration map, then the final fit on everything.
const FOLDS = 5;
const oof: { p: number; y: number }[] = [];
for (let k = 0; k < FOLDS; k++) {
  const train = fitExamples.filter((e) => e.article % FOLDS !== k);
  const w = fitLogistic(train, names);
  for (const e of fitExamples) if (e.article % FOLDS === k) oof.push({ p: rawProbability(e.x, w), y: e.y });
}
const model: ConfidenceModel = { weights: fitLogistic(fitExamples, names), calibration: isotonic(oof) };

// --dump FILE: every labelled quote as one JSON line (set, label, evidence, words), to study the errors.
const dump = opt('--dump', '');
if (dump) {
  const line = (set: string, e: Example) => JSON.stringify({ set, y: e.y, p: Math.round(predict(model, e.evidence) * 1000) / 1000, text: e.text.slice(0, 120), name: e.speaker, gold: e.gold, ...e.evidence });
  fs.writeFileSync(dump, [...fitExamples.map((e) => line(fitRuns[e.article]!.set, e)), ...checkExamples.map((e) => line('polnear-dev', e))].join('\n') + '\n');
}

const sizes = {
  dev: fitRuns.filter((r) => r.set === 'dev').length,
  dev2: fitRuns.filter((r) => r.set === 'dev2').length,
  polnearTrain: fitRuns.filter((r) => r.set === 'polnear-train').length,
  examples: fitExamples.length,
  positives: fitExamples.filter((e) => e.y === 1).length,
};
const devRuns = fitRuns.filter((r) => r.set !== 'polnear-train');
const devExamples = fitExamples.filter((e) => fitRuns[e.article]!.set !== 'polnear-train');
const report = [
  `fitted on ${sizes.dev} dev + ${sizes.dev2} dev2 + ${sizes.polnearTrain} PolNeAR train articles: ${sizes.examples} labelled quotes (${sizes.positives} right)`,
  reliability('PolNeAR dev (held out)', checkExamples, model),
  reliability('dev + dev2 (in sample)', devExamples, model),
  reliability('PolNeAR train (in sample)', fitExamples.filter((e) => fitRuns[e.article]!.set === 'polnear-train'), model),
  `PolNeAR dev, all quotes:   ${JSON.stringify(scorerFigures(checkRuns, model, 0))}`,
  `PolNeAR dev, >= 0.9:       ${JSON.stringify(scorerFigures(checkRuns, model, 0.9))}`,
  `dev + dev2, all quotes:    ${JSON.stringify(scorerFigures(devRuns, model, 0))}`,
  `dev + dev2, >= 0.9:        ${JSON.stringify(scorerFigures(devRuns, model, 0.9))}`,
  `labelled quotes at >= 0.9, PolNeAR dev: ${JSON.stringify(sureFigures(checkExamples, model, 0.9))}`,
  `labelled quotes at >= 0.9, dev + dev2:  ${JSON.stringify(sureFigures(devExamples, model, 0.9))}`,
  `(${((Date.now() - t0) / 1000).toFixed(1)} s)`,
].join('\n\n');
console.log(report);

if (!dryRun) {
  const date = new Date().toISOString().slice(0, 10);
  const body = `// Written by scripts/fit-confidence.ts on ${date}; do not edit by hand. Re-fit after any change to the extractor:
//   npx tsx scripts/fit-confidence.ts
// Data: ${sizes.dev} dev + ${sizes.dev2} dev2 + ${sizes.polnearTrain} PolNeAR train articles, ${sizes.examples} labelled quotes (${sizes.positives} with the right speaker).
// Logistic regression (L2 ${L2}, ${STEPS} steps, sign constraints of MONOTONE), isotonic calibration (steps of >= ${MIN_BLOCK} quotes, values within [${(1 - MAX_PROBABILITY).toFixed(3)}, ${MAX_PROBABILITY}]) on ${FOLDS}-fold out-of-fold probabilities.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = ${JSON.stringify(model, null, 2)};
`;
  const tmp = `${OUT}.tmp`;
  fs.writeFileSync(tmp, body);
  fs.renameSync(tmp, OUT);
  console.log(`\nwrote ${path.relative(process.cwd(), OUT)}`);
}

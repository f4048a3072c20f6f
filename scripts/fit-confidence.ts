/**
 * Fits the quote confidence model (src/core/extraction/confidence-model.ts) on the tuning data, or scores the
 * shipped one, and reports its calibration on every set, PolNeAR dev included (which it never fits or selects on).
 * A developer tool: it reads ../shared (the app and the tests never do). Deterministic: same extractor and data,
 * same weights (every draw of folds or articles comes from a fixed seed).
 *
 *   npx tsx scripts/fit-confidence.ts [--evaluate | --select | --forward] [--seed N] [--shared ../shared] [--dry-run]
 *                                     [--no-report] [--verbose] [--dump FILE.jsonl] [--runs FILE.json] [--hide-held-out]
 *                                     [--choice FILE] [--hold-out | --hold-out-judges [--hold-out-dump FILE.jsonl]]
 *
 * (default) refit: the weights and the calibration map, with the choice fixed in scripts/confidence-selection.json
 * (corpus weight, feature groups, calibration steps and their bound). A refit moves the model only as far as the
 * data moves it. About a minute of CPU once the extractor's output is cached (--runs).
 * Session 16: the choice may also name hand-judged calibration sets of fresh articles (`judges`, packed under
 * eval/held-out/, scripts/judge-data.ts), whose half A is fitted as a third corpus weighted `judgeWeight`, and the
 * verdicts for PolNeAR's bound descriptions (`bindings`); half B is never fitted and is reported apart. dev and dev2
 * are what the extractor was tuned on, so their accuracy is higher than on fresh text: they weigh `devWeight`.
 * --select: remake that choice (slow: stability selection over 20 random halves of the articles, half an hour niced
 * on the shared machine), write it, then refit. Only on purpose: new candidate features, a large change of the data.
 * --forward: session 8's procedure (every choice remade by forward selection on one draw of the folds, --seed 0 the
 * plain folds), kept to compare against. --evaluate: score the shipped model on every set and write nothing.
 * --seed N: the first of the fold draws (default 1). --runs FILE: keep the extractor's output in FILE and reuse it
 * while src/core is unchanged. --hide-held-out: print no figure of PolNeAR dev (to compare models before choosing one
 * and scoring it there once). --no-report: leave out the reliability tables. --bindings hand | unjudged: the verdicts
 * on PolNeAR train's bound descriptions judged by hand (scripts/confidence-data/) fitted in place of PolNeAR's own, or
 * those quotes left out of the fit. The default, polnear, fits PolNeAR's verdicts as before session 14: the refit on
 * hand verdicts scored worse on held-out PolNeAR dev (docs/EXTRACTION.md, "Confidence, session 14").
 *
 * 1. Runs the extractor in-process (the same parse and extractor as `onrecord extract --json`) over the gold
 *    sets dev and dev2 and over PolNeAR train and dev, collecting each quote's evidence (confidence.ts).
 * 2. Labels each predicted quote that matches a gold quote the way ../shared/eval/score.mjs judges it (see
 *    tuning-data.ts). Gold quotes with no named speaker (anonymous) give no label: the scorer counts any
 *    speaker right there, which says nothing about ours. PolNeAR's labels of our pronoun reads are a biased
 *    sample (`fairlyLabelled`) and stay out of the fit. With --bindings hand, PolNeAR's labels of our bound
 *    descriptions are replaced by verdicts judged by hand (BINDINGS_FILE); a binding with none leaves the fit.
 * 3. The choice (--select only): the weight of dev + dev2 among DEV_WEIGHTS, then every feature of
 *    `confidenceFeatures` not listed in CANDIDATES is in and a candidate group is kept when forward selection
 *    (5-fold out-of-fold log loss, folds by article, the mean of the two corpora's losses, least gain MIN_GAIN)
 *    chooses it on at least 60% of the random halves (scripts/confidence-fit.ts `stableSelection`); the least
 *    calibration step by cross-validated log loss, and the step's lower bound by the policy of RIGHT_GOAL and
 *    SHARE_FLOOR, all over several draws of the folds.
 * 4. Fits a weighted logistic regression (Newton steps with an active set, L2, sign constraints of `MONOTONE`) on
 *    dev + dev2 + PolNeAR train, calibrates it with weighted isotonic regression on out-of-fold probabilities
 *    averaged over BAG_SEEDS draws of the folds, and writes the weights and the calibration map.
 * 5. Prints the cross-validated figures on the fitting sets, then reliability tables and the scorer's figures at
 *    --min-confidence 0.9 (reimplemented) for the model shipped before and for the refit, on every set.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { confidenceFeatures, type ConfidenceModel } from '../src/core/extraction/confidence.js';
import { CONFIDENCE_MODEL } from '../src/core/extraction/confidence-model.js';
import { averagedOutOfFold, calibratedOutOfFold, logLoss, chooseMinBlock, choosePenalty, chooseSourceWeights, crossValidatedConfidence, directAt, FIT, fitModel, MAX_PROBABILITY, movedSureCut, outOfFold, parseVerdicts, predict, reliabilityTable, foldDraws, selectFeatures, sourceLoss, stableSelection, sureFigures, weighted, verdictKey, withFolds, type FoldDraw, type Labelled, type StabilityOptions } from './confidence-fit.js';
import { judgedExamples, readPackedJudge } from './judge-data.js';
import { args, corpus, goldSet, label, lcs, opt, polnear, sourceSpanMatch, speakerMatch, words, type ArticleRun, type Example } from './tuning-data.js';

/** --hold-out: score the choice on each judge and corpus left out of its refit (heldOutReport); writes nothing. */
const holdOut = args.includes('--hold-out') || args.includes('--hold-out-judges');
/** --hold-out-judges: hold out only the judges, one at a time (dev + dev2 and PolNeAR train always fitted; session 34). */
const holdOutJudgesOnly = args.includes('--hold-out-judges');
const dryRun = args.includes('--dry-run') || holdOut;
const evaluateOnly = args.includes('--evaluate');
/** --verbose: print each gold quote the scorer would judge wrong among the quotes at >= 0.9. */
const verbose = args.includes('--verbose');
const OUT = path.resolve('src/core/extraction/confidence-model.ts');
const FOLDS = 5;
/** Least drop of out-of-fold log loss (nats per quote) for a candidate group to join. */
const MIN_GAIN = 2e-4;
/** L2 penalties to choose from (on the mean log loss; session 13: chosen by cross-validation, 1e-3 before). */
const L2S = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2];
/** Least steps of the calibration map to choose from (quotes behind one value). */
const MIN_BLOCKS = [25, 50, 100, 200];

/**
 * Features the selection may add (each group joins or stays out as one). Any feature of `confidenceFeatures` not
 * listed here is always in the model.
 */
const CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  'strong cue elsewhere': ['strong_others', 'strong_others_any', 'inherited_strong'],
  'cue to mention distance': ['cue_mention_distance'],
  'people near the mention': ['rivals_near_mention'],
  'people between the name and the quote': ['rivals_between'],
  'mixed quote': ['mixed'],
  'named only later': ['named_later'],
  'pronoun choices': ['pronoun_choices'],
  'pronoun close call': ['pronoun_close'],
  'pronoun closeness': ['pronoun_closeness'],
  'speakers of the paragraph': ['paragraph_speakers'],
  'full name at a cue beside': ['named_cue_beside'],
  'description bound to a person': ['description_to_person'],
  'a word or two': ['tiny'],
  'short quote after its cue': ['short_cue_before'],
  'another speaker in the paragraph': ['paragraph_speakers_any'],
  'a title in quotation marks': ['title_case'],
  'inherited across a named person': ['inherited_rival_between'],
  'cue verb': ['verb_naming', 'verb_write', 'verb_other'],
  'same speaker at a cue nearby': ['strong_near', 'inherited_strong_near'],
  'full name near the quote': ['named_near'],
  'pronoun with its name near': ['pronoun_named_near'],
  'pronoun far, its name not near': ['pronoun_far_unnamed'],
  'pronoun far': ['pronoun_far'],
  'pronoun distance': ['pronoun_distance'],
  'pronoun very far': ['pronoun_very_far'],
  'pronoun gender unknown': ['pronoun_gender_unknown'],
  'crowded paragraph': ['crowded_paragraph'],
};

/** The corpora the fit weighs against each other (each counts equally in the losses that choose). */
const DEV = 'dev + dev2';
const POLNEAR = 'PolNeAR train';
/** Half A of the hand-judged calibration sets of fresh articles (when the choice names them). */
const JUDGES = 'judges half A';
/** Weights of dev + dev2 against PolNeAR train to choose from (0: as many quotes as PolNeAR train in total). */
const DEV_WEIGHTS = [1, 2, 4, 0];

/**
 * PolNeAR's judge reads the name words of the annotated source span, and PolNeAR annotates the words at the cue.
 * A pronoun ("he said") gives a gold quote with no named source, which labels nothing: so the only pronoun reads of
 * ours it labels are those where its annotators saw another, named source, mostly our errors (51% right there
 * against 93% of the pronoun reads of dev + dev2, whose gold names the person). Those labels are a biased sample
 * and stay out of the fit; dev and dev2 teach what a pronoun read is worth.
 */
const fairlyLabelled = (e: Example): boolean => e.match !== sourceSpanMatch || e.evidence.mention !== 'pronoun';
/**
 * Also a blind spot of PolNeAR's judge: a description we bound to its person ("the Florida senator" -> Marco Rubio)
 * is judged against the description's words, so a right binding counts wrong (PolNeAR train: 23 of 129 right by its
 * judge, 86 of 129 by reading the articles; dev + dev2, whose gold names the person: 87%). Fitted on those labels the
 * model learnt that a binding is nearly always wrong (weight -2.26) and showed right bindings as "attribution
 * uncertain". `--bindings hand` fits hand verdicts for PolNeAR train's bindings instead (BINDINGS_FILE, session 14;
 * not the default: see docs/EXTRACTION.md).
 * The tables also show PolNeAR without pronoun reads and bindings (PolNeAR dev keeps its judge's verdicts).
 */
const judgeSeesName = (e: Example): boolean =>
  fairlyLabelled(e) && !(e.match === sourceSpanMatch && e.evidence.mention === 'description' && (e.evidence.speaker === 'person' || e.evidence.speaker === 'org'));

// ---------- the fixed choice: corpus weight, feature groups, calibration steps and bound ----------
/** Where `--select` writes the choice every refit reads (beside this script, in the repository). */
// --choice FILE: read (and with --select write) another choice, to compare candidates before one is shipped.
const SELECTION_FILE = path.resolve(opt('--choice', 'scripts/confidence-selection.json'));
/** Draws of the folds the refit's calibration map averages over (seeds `--seed` to `--seed` + BAG_SEEDS - 1). */
const BAG_SEEDS = 5;
/** `--select`: random halves of the articles the feature groups are chosen on, and the share that keeps a group. */
const STABILITY: StabilityOptions = { resamples: Number(opt('--resamples', '20')), fraction: 0.5, threshold: 0.6, seed: 1 };
/** `--select`: draws of the folds that the corpus weight, the calibration steps and the bound are judged over. */
const SELECT_SEEDS = [1, 2, 3, 4, 5];
/** Widths (standard errors) of the lower bound each calibration step may say, the plain mean first. */
const LOWER_BOUNDS = [0, 0.5, 1, 1.5, 2, 3];
/**
 * The bound's policy: the narrowest bound whose cross-validated direct quotes at >= 0.9 are right at least
 * RIGHT_GOAL of the time on each corpus (the issue asks 0.97 on articles never fitted; the rest is margin for a
 * held-out set of a few hundred quotes) while holding at least SHARE_FLOOR of each corpus's labelled direct quotes.
 */
// Session 13: 0.975 -> 0.977, the figure the shipped model of session 9 reached in cross-validation (whose held-out
// PolNeAR dev figure then fell to 0.968): new features are to buy share at the same precision, not precision for share.
const RIGHT_GOAL = 0.977;
const SHARE_FLOOR = 0.65;

const forward = args.includes('--forward');
const select = args.includes('--select');
/** --no-report: leave out the reliability tables (the selection's own figures are on the fitting sets only). */
const noReport = args.includes('--no-report');
const seed = Number(opt('--seed', forward ? '0' : '1'));
if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed takes a whole number >= 0, not ${opt('--seed', '')}`);

interface Choice {
  devWeight: number; groups: string[]; minBlock: number; lowerBound: number; l2: number;
  /** Packed hand-judged sets (paths from the repository's root) whose half A is fitted, and its weight. */
  judges?: string[]; judgeWeight?: number;
  /** Verdicts of PolNeAR train's bound descriptions (the default of --bindings). */
  bindings?: string;
  /**
   * Weight of the judges' half A in the calibration map only (default: judgeWeight, as in the logistic fit). Session
   * 18: the weights rank, the map sets the level, and fresh text is less often right than PolNeAR at the same rank.
   */
  calibrationJudgeWeight?: number;
  /** The raw calibrated value that says 0.9 (scripts/confidence-lojo.ts --set-sure-cut; session 34), or none. */
  sureCut?: number;
}

/** The choice `--select` made, as every refit uses it. */
function readChoice(): Choice {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(SELECTION_FILE, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read ${SELECTION_FILE} (${(err as Error).message}); run with --select to make it`);
  }
  const c = raw as Partial<Choice>;
  const positive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0;
  if (!positive(c.devWeight) || !positive(c.minBlock) || typeof c.lowerBound !== 'number' || !(c.lowerBound >= 0) || !Array.isArray(c.groups)) {
    throw new Error(`${SELECTION_FILE}: needs devWeight > 0, minBlock > 0, lowerBound >= 0 and groups (a list); run with --select to remake it`);
  }
  // (A choice written before the penalty was chosen used the fixed 1e-3.)
  if (c.l2 === undefined) c.l2 = FIT.l2;
  if (!(typeof c.l2 === 'number' && Number.isFinite(c.l2) && c.l2 >= 0)) throw new Error(`${SELECTION_FILE}: l2 must be a number >= 0; run with --select to remake it`);
  if (c.calibrationJudgeWeight !== undefined && !positive(c.calibrationJudgeWeight)) throw new Error(`${SELECTION_FILE}: calibrationJudgeWeight must be a number > 0`);
  if (c.judges !== undefined && !(Array.isArray(c.judges) && c.judges.every((j) => typeof j === 'string') && typeof c.judgeWeight === 'number' && c.judgeWeight > 0)) {
    throw new Error(`${SELECTION_FILE}: judges must be a list of paths with judgeWeight > 0`);
  }
  const unknown = c.groups.filter((g) => typeof g !== 'string' || !(g in CANDIDATES));
  if (unknown.length) throw new Error(`${SELECTION_FILE}: groups not in CANDIDATES: ${unknown.join(', ')}; run with --select to remake it`);
  console.log(`\nfixed choice from ${path.relative(process.cwd(), SELECTION_FILE)}: dev + dev2 weight ${c.devWeight}${c.judges ? `, judges' half A weight ${c.judgeWeight}${c.calibrationJudgeWeight !== undefined ? ` (${c.calibrationJudgeWeight} in the calibration map)` : ''}` : ''}, groups ${c.groups.join(', ') || 'none'}, steps of >= ${c.minBlock}, bound ${c.lowerBound}, L2 ${c.l2}`);
  return c as Choice;
}

/** Direct quotes at >= 0.9 of one corpus, pooled over several draws of cross-validated confidences. */
function pooledDirect(sets: readonly (readonly Labelled[])[], confidences: readonly (readonly number[])[], source: string) {
  let n = 0, right = 0, direct = 0, worst = 1;
  sets.forEach((set, k) => {
    const idx = set.map((e, i) => (e.source === source ? i : -1)).filter((i) => i >= 0);
    const d = directAt(idx.map((i) => set[i]!), idx.map((i) => confidences[k]![i]!), 0.9);
    n += d.n; right += d.right * d.n; direct += d.n / (d.share || 1);
    worst = Math.min(worst, d.right);
  });
  const r3 = (v: number) => Math.round(v * 1000) / 1000;
  return { right: r3(right / (n || 1)), share: r3(n / (direct || 1)), worst_draw: worst };
}

const meanOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

/**
 * --select: the choice made once, on the fitting sets, over many draws (stability selection for the feature groups,
 * SELECT_SEEDS fold draws for the rest); written to SELECTION_FILE with what it was chosen from.
 */
function stableChoice(base: readonly string[]): Choice {
  const log = (line: string) => console.log(line);
  const equal = fitting.filter((e) => e.source === POLNEAR).length / (fitting.filter((e) => e.source === DEV).length || 1);
  const weightLosses: Record<string, number> = {};
  let devWeight = 1;
  let bestWeightLoss = Infinity;
  console.log(`\nweight of dev + dev2 against PolNeAR train (cross-validated log loss, base features, mean of the two corpora and of fold seeds ${SELECT_SEEDS.join(', ')}):`);
  for (const w of DEV_WEIGHTS.map((v) => v || Math.round(equal * 100) / 100)) {
    const loss = meanOf(SELECT_SEEDS.map((s) => { const set = withFolds(weighted(fitting, { [DEV]: w, [POLNEAR]: 1, [JUDGES]: savedChoice?.judgeWeight ?? 1 }), FOLDS, s); return sourceLoss(set, crossValidatedConfidence(set, base, FOLDS)); }));
    weightLosses[w] = Math.round(loss * 1e5) / 1e5;
    log(`    ${w}: ${loss.toFixed(5)}`);
    if (loss < bestWeightLoss) { bestWeightLoss = loss; devWeight = w; }
  }
  const fitSet = weighted(fitting, { [DEV]: devWeight, [POLNEAR]: 1, [JUDGES]: savedChoice?.judgeWeight ?? 1 });
  console.log(`\nL2 penalty (cross-validated log loss, base features and every candidate group, mean of the two corpora and of fold seeds ${SELECT_SEEDS.join(', ')}):`);
  const everything = [...base, ...Object.values(CANDIDATES).flat()];
  const { l2, losses: l2Losses } = choosePenalty(fitSet, everything, FOLDS, L2S, SELECT_SEEDS, FIT, undefined, log);
  const fit = { ...FIT, l2 };
  console.log(`\nstability selection: forward selection (least gain ${MIN_GAIN}) on ${STABILITY.resamples} random halves of each corpus's articles; a group is kept when chosen in >= ${STABILITY.threshold} of them:`);
  const selection = stableSelection(fitSet, base, CANDIDATES, FOLDS, MIN_GAIN, STABILITY, fit, log);
  for (const [g, f] of Object.entries(selection.frequency).sort((a, b) => b[1] - a[1])) log(`    ${f.toFixed(2)}  ${g}${selection.kept.includes(g) ? '  (kept)' : ''}`);
  const draws = SELECT_SEEDS.map((s) => { const set = withFolds(fitSet, FOLDS, s); return { set, oof: outOfFold(set, selection.names, FOLDS, fit) }; });
  console.log(`\ncalibration steps (cross-validated log loss of the calibrated confidence, mean of the two corpora and of the fold seeds):`);
  let minBlock = MIN_BLOCKS[0]!;
  let bestLoss = Infinity;
  const blockLosses: Record<string, number> = {};
  for (const m of MIN_BLOCKS) {
    const loss = meanOf(draws.map((d) => sourceLoss(d.set, calibratedOutOfFold(d.set, d.oof, FOLDS, m))));
    blockLosses[m] = Math.round(loss * 1e5) / 1e5;
    log(`    steps of >= ${m}: ${loss.toFixed(5)}`);
    if (loss < bestLoss) { bestLoss = loss; minBlock = m; }
  }
  console.log(`\nbound of the calibration steps (cross-validated direct quotes at >= 0.9, pooled over the fold seeds; policy: the narrowest bound right >= ${RIGHT_GOAL} on each corpus with >= ${SHARE_FLOOR} of its labelled direct quotes):`);
  const bounds: Record<string, unknown> = {};
  let lowerBound: number | undefined;
  for (const z of LOWER_BOUNDS) {
    const cv = draws.map((d) => calibratedOutOfFold(d.set, d.oof, FOLDS, minBlock, z));
    const sets = draws.map((d) => d.set);
    const dev = pooledDirect(sets, cv, DEV);
    const pol = pooledDirect(sets, cv, POLNEAR);
    const loss = meanOf(draws.map((d, k) => sourceLoss(d.set, cv[k]!)));
    bounds[z] = { [DEV]: dev, [POLNEAR]: pol, log_loss: Math.round(loss * 1e5) / 1e5 };
    log(`    ${z}: dev + dev2 ${JSON.stringify(dev)}, PolNeAR train ${JSON.stringify(pol)}, log loss ${loss.toFixed(5)}`);
    if (lowerBound === undefined && dev.right >= RIGHT_GOAL && pol.right >= RIGHT_GOAL && dev.share >= SHARE_FLOOR && pol.share >= SHARE_FLOOR) lowerBound = z;
  }
  if (lowerBound === undefined) {
    lowerBound = LOWER_BOUNDS[0]!;
    log(`    no bound meets the policy: the plain mean`);
  }
  const choice: Choice = { devWeight, groups: selection.kept, minBlock, lowerBound, l2, ...(savedChoice?.judges ? { judges: savedChoice.judges, judgeWeight: savedChoice.judgeWeight } : {}), ...(savedChoice?.bindings ? { bindings: savedChoice.bindings } : {}) };
  const record = {
    note: 'Written by scripts/fit-confidence.ts --select; every refit reads it. Remake it only on purpose (new candidate features, a large change of the data).',
    date: new Date().toISOString().slice(0, 10),
    ...choice,
    chosenFrom: {
      quotes: fitting.length,
      devWeightLosses: weightLosses,
      l2Losses,
      stability: { ...STABILITY, minGain: MIN_GAIN, folds: FOLDS, frequency: selection.frequency },
      minBlockLosses: blockLosses,
      foldSeeds: SELECT_SEEDS,
      lowerBounds: bounds,
      policy: { rightGoal: RIGHT_GOAL, shareFloor: SHARE_FLOOR },
    },
  };
  if (!dryRun) {
    fs.writeFileSync(`${SELECTION_FILE}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
    fs.renameSync(`${SELECTION_FILE}.tmp`, SELECTION_FILE);
    console.log(`\nwrote ${path.relative(process.cwd(), SELECTION_FILE)}`);
  }
  return choice;
}

/** A description bound to its person, judged by PolNeAR's source span (which holds the description's words). */
const spanJudgedBinding = (e: Example): boolean => fairlyLabelled(e) && !judgeSeesName(e);

// ---------- PolNeAR train's bound descriptions, judged by hand ----------
/**
 * Verdicts on PolNeAR train's bound descriptions, judged by reading the articles (how: README.md beside it). One row
 * per quote: article file, our speaker, the quote's opening, right or wrong, why (`parseVerdicts`).
 */
const BINDINGS_FILE = path.resolve('scripts/confidence-data/polnear-train-bindings.tsv');
/** --bindings polnear (default: PolNeAR's own verdicts) | hand (the verdicts of BINDINGS_FILE) | unjudged (left out). */
/** The saved choice, read early for the defaults it sets (bindings, judges); absent before the first --select. */
const savedChoice: Partial<Choice> | undefined = fs.existsSync(SELECTION_FILE) ? (JSON.parse(fs.readFileSync(SELECTION_FILE, 'utf8')) as Partial<Choice>) : undefined;
const bindingsMode = args.includes('--bindings-unjudged') ? 'unjudged' : opt('--bindings', savedChoice?.bindings ?? 'polnear');
if (!['hand', 'polnear', 'unjudged'].includes(bindingsMode)) throw new Error(`--bindings takes hand, polnear or unjudged, not ${bindingsMode}`);

/** A labelled quote of the fitting sets; `byHand` when its label is a hand verdict rather than PolNeAR's. */
type FitExample = Example & Labelled & { byHand?: boolean };
/** In the fit: fairly labelled, and a PolNeAR binding only with its hand verdict (or as the mode says). */
const fitted = (e: FitExample): boolean =>
  fairlyLabelled(e) && (!spanJudgedBinding(e) || bindingsMode === 'polnear' || (bindingsMode === 'hand' && e.byHand === true));

/** The points the calibration map is fitted on: the judges' half A weighted `calibrationJudgeWeight` when the choice sets it. */
function calibrationPoints<P extends { i: number; w?: number }>(set: readonly (Labelled & { source?: string })[], oof: readonly P[], choice: Choice): P[] {
  const w = choice.calibrationJudgeWeight;
  return w === undefined ? [...oof] : oof.map((o) => (set[o.i]!.source === JUDGES ? { ...o, w } : o));
}

/** The refit's cross-validated figures on the fitting sets, pooled over its draws of the folds (no PolNeAR dev). */
function crossValidatedReport(draws: readonly FoldDraw[], choice: Choice): void {
  const cv = draws.map((d) => calibratedOutOfFold(d.set, calibrationPoints(d.set, d.oof, choice), FOLDS, choice.minBlock, choice.lowerBound));
  const sets = draws.map((d) => d.set);
  const loss = meanOf(draws.map((d, k) => sourceLoss(d.set, cv[k]!)));
  const judges = choice.judges?.length ? `, judges half A ${JSON.stringify(pooledDirect(sets, cv, JUDGES))}` : '';
  // Each corpus's own log loss (session 20: candidates that move one corpus are told apart).
  const lossOf = (src: string) => meanOf(draws.map((d, k) => logLoss(d.set.flatMap((e, i) => (e.source === src ? [{ p: cv[k]![i]!, y: e.y }] : [])))));
  const each = [DEV, POLNEAR, ...(choice.judges?.length ? [JUDGES] : [])].map((src) => `${src} ${lossOf(src).toFixed(5)}`).join(', ');
  console.log(`\ncross-validated on the fitting sets (fold seeds ${draws.map((d) => d.seed).join(', ')}, pooled): direct at >= 0.9, dev + dev2 ${JSON.stringify(pooledDirect(sets, cv, DEV))}, PolNeAR train ${JSON.stringify(pooledDirect(sets, cv, POLNEAR))}${judges}; log loss ${loss.toFixed(5)} (${each})`);
  const bound = (e: Labelled) => e.evidence.mention === 'description' && e.evidence.speaker === 'person';
  for (const [what, keep] of [['dev + dev2', (e: Labelled) => e.source === DEV], ['PolNeAR train', (e: Labelled) => e.source === POLNEAR]] as const) {
    let n = 0, conf = 0, right = 0, over = 0, later = 0, laterConf = 0, laterRight = 0;
    draws.forEach((d, k) => d.set.forEach((e, i) => {
      if (!keep(e) || !bound(e)) return;
      n++; conf += cv[k]![i]!; right += e.y; if (cv[k]![i]! >= 0.3) over++;
      if (e.evidence.namedBefore === false) { later++; laterConf += cv[k]![i]!; laterRight += e.y; }
    }));
    const r3 = (v: number) => (Math.round(v * 1000) / 1000).toFixed(3);
    console.log(`  bound descriptions, ${what}: ${n / draws.length} quotes, cross-validated confidence ${r3(conf / (n || 1))}, right ${r3(right / (n || 1))}, at >= 0.3 ${r3(over / (n || 1))}; named only later ${later / draws.length}: ${r3(laterConf / (later || 1))} against ${r3(laterRight / (later || 1))}`);
  }
}

/** --forward: session 8's procedure, every choice remade by this refit on one draw of the folds (for comparison). */
function forwardChoice(base: readonly string[]): Choice {
  const log = (line: string) => console.log(line);
  const folded = withFolds(fitting, FOLDS, seed);
  const equal = fitting.filter((e) => e.source === POLNEAR).length / (fitting.filter((e) => e.source === DEV).length || 1);
  console.log(`\nweight of dev + dev2 against PolNeAR train (fold seed ${seed}):`);
  const devWeight = chooseSourceWeights(folded, base, FOLDS, DEV_WEIGHTS.map((w) => ({ [DEV]: w || Math.round(equal * 100) / 100, [POLNEAR]: 1 })), log)[DEV]!;
  const fitSet = weighted(folded, { [DEV]: devWeight, [POLNEAR]: 1 });
  console.log(`\nfeature selection (least gain ${MIN_GAIN}):`);
  const selection = selectFeatures(fitSet, base, CANDIDATES, FOLDS, MIN_GAIN, FIT, log);
  const minBlock = chooseMinBlock(fitSet, outOfFold(fitSet, selection.names, FOLDS), FOLDS, MIN_BLOCKS, log);
  return { devWeight, groups: selection.steps.map((s) => s.group), minBlock, lowerBound: 0, l2: FIT.l2 };
}

// ---------- the extractor's output, cached while src/core is unchanged ----------
function sourceHash(): string {
  const h = crypto.createHash('sha256');
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      // The features and the model are applied by this script to the evidence kept: they may change freely.
      else if (e.name.endsWith('.ts') && !/^confidence(?:-model)?\.ts$/.test(e.name)) h.update(p).update(fs.readFileSync(p));
    }
  };
  walk(path.resolve('src/core'));
  h.update(fs.readFileSync(path.resolve('scripts/tuning-data.ts')));
  return h.digest('hex');
}

function loadRuns(): { fitRuns: ArticleRun[]; checkRuns: ArticleRun[] } {
  const cache = opt('--runs', '');
  const key = cache ? sourceHash() : '';
  if (cache && fs.existsSync(cache)) {
    const saved = JSON.parse(fs.readFileSync(cache, 'utf8')) as { key: string; fitRuns: ArticleRun[]; checkRuns: ArticleRun[] };
    if (saved.key === key) {
      // The PolNeAR judge is a function: JSON kept everything else.
      for (const r of [...saved.fitRuns, ...saved.checkRuns]) if (r.set.startsWith('polnear')) for (const g of r.gold) g.match = sourceSpanMatch;
      console.log(`extractor output from ${cache}`);
      return saved;
    }
    console.log(`${cache} is from another extractor: extracting again`);
  }
  const runs = { fitRuns: [...goldSet('dev'), ...goldSet('dev2'), ...polnear('train')], checkRuns: polnear('dev') };
  if (cache) {
    fs.writeFileSync(`${cache}.tmp`, JSON.stringify({ key, ...runs }));
    fs.renameSync(`${cache}.tmp`, cache);
  }
  return runs;
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

// ---------- --hold-out: the choice judged on whole corpora and judges it was not fitted on ----------
/**
 * The group an example is held out with: each judge's half A on its own, dev + dev2, PolNeAR train. The folds by
 * article of the refit keep an article whole, but every judge and corpus was also read when the extractor was tuned,
 * and a fresh judge is what the app meets: so a choice is compared by leaving one whole group out of the refit.
 */
const holdOutGroup = (e: Labelled & { source?: string; judge?: string }): string => (e.source === JUDGES ? (e.judge ?? JUDGES) : e.source ?? '');

/**
 * `--hold-out`: for each group, the whole refit (weights and calibration map, as the choice says) on the other
 * groups, scored on the group left out: log loss (unweighted) and direct quotes at >= 0.9 (right, count, share of
 * its labelled direct quotes). Then the judges pooled (every judge's quotes scored by the refit without that judge)
 * and the mean of their log losses. Writes nothing. Deterministic: the fold seeds are the refit's.
 */
/** --hold-out-dump FILE: each held-out quote's probability under the refit without its group, one JSON line each. */
const holdOutDump = opt('--hold-out-dump', '');
const holdOutLines: string[] = [];
/** Words and speaker of a labelled quote, where it has them (the judges' rows and the gold runs' examples). */
const dumpFields = (e: object): Record<string, unknown> => {
  const r = e as { text?: string; speaker?: string | null; articleKey?: string; article?: number };
  return { text: r.text?.slice(0, 120), name: r.speaker, article: r.articleKey ?? r.article };
};

function heldOutReport(fitSet: readonly (Labelled & { source?: string; judge?: string })[], names: readonly string[], choice: Choice, fit: typeof FIT, seeds: readonly number[]): void {
  const groups = [...new Set(fitSet.map(holdOutGroup))].filter((g) => !holdOutJudgesOnly || g.startsWith('attrset')).sort((a, b) => Number(a.startsWith('attrset')) - Number(b.startsWith('attrset')) || a.localeCompare(b)).reverse();
  const r3 = (v: number) => (Math.round(v * 1000) / 1000).toFixed(3);
  const pooled: { p: number; y: number; direct: boolean }[] = [];
  const judgeLosses: number[] = [];
  console.log(`\nheld out whole (the refit on the other groups, fold seeds ${seeds.join(', ')}): log loss; direct at >= 0.9 right of count (share of labelled direct)`);
  for (const g of groups) {
    const rest = fitSet.filter((e) => holdOutGroup(e) !== g);
    const held = fitSet.filter((e) => holdOutGroup(e) === g);
    const draws = foldDraws(rest, names, FOLDS, seeds, fit);
    const m = fitModel(rest, names, calibrationPoints(rest, averagedOutOfFold(rest, draws), choice), choice.minBlock, fit, choice.lowerBound);
    const points = held.map((e) => ({ p: predict(m, e.evidence), y: e.y, direct: e.kind === 'direct' }));
    if (holdOutDump) held.forEach((e, k) => holdOutLines.push(JSON.stringify({ set: g, y: e.y, p: Math.round(points[k]!.p * 1e4) / 1e4, ...dumpFields(e), ...e.evidence, kind: e.kind })));
    const d = directAt(held, points.map((q) => q.p), 0.9);
    const loss = logLoss(points);
    console.log(`    ${g}: ${held.length} quotes, log loss ${loss.toFixed(4)}; direct at >= 0.9 ${r3(d.right)} of ${d.n} (${r3(d.share)})`);
    if (g.startsWith('attrset')) { pooled.push(...points); judgeLosses.push(loss); }
  }
  if (holdOutDump) fs.writeFileSync(holdOutDump, holdOutLines.join('\n') + '\n');
  if (!judgeLosses.length) return;
  const sure = pooled.filter((q) => q.direct && q.p >= 0.9);
  const direct = pooled.filter((q) => q.direct).length;
  console.log(`  judges held out, pooled: log loss ${logLoss(pooled).toFixed(4)} (mean of the judges ${meanOf(judgeLosses).toFixed(4)}); direct at >= 0.9 ${r3(sure.filter((q) => q.y === 1).length / (sure.length || 1))} of ${sure.length} (${r3(sure.length / (direct || 1))}), wrong ${sure.filter((q) => q.y === 0).length}`);
}

// ---------- main ----------
const t0 = Date.now();
const { fitRuns, checkRuns } = loadRuns();
const verdicts = bindingsMode === 'hand' ? parseVerdicts(fs.readFileSync(BINDINGS_FILE, 'utf8'), BINDINGS_FILE) : new Map<string, 0 | 1>();
const fitExamples: FitExample[] = fitRuns.flatMap((r, i) => label(r, i).map((e): FitExample => {
  const source = r.set === 'polnear-train' ? POLNEAR : DEV;
  const verdict = source === POLNEAR && spanJudgedBinding(e) ? verdicts.get(verdictKey(r.file, e.speaker, e.text)) : undefined;
  return verdict === undefined ? { ...e, source } : { ...e, source, y: verdict, byHand: true };
}));
const checkExamples: Example[] = checkRuns.flatMap((r, i) => label(r, i));
/** What the fit learns from: every labelled quote but PolNeAR's biased sample of pronoun reads and its verdicts on bindings. */
/**
 * Half A of the judged calibration sets the choice names (fitted as a third corpus), and half B (reported, never
 * fitted). Their articles are numbered after the fitting runs', so folds keep each article whole.
 */
const judgeFiles = savedChoice?.judges ?? [];
const judged = judgeFiles.map((f) => ({ name: path.basename(f).replace(/\.tar\.gz$/, ''), rows: readPackedJudge(path.resolve(f)) }));
const judgeArticles = new Map<string, number>();
const judgeHalf = (half: string): (Labelled & { judge: string; text: string; speaker: string | null; articleKey: string })[] => judged.flatMap(({ name, rows }) => {
  const { examples, counts } = judgedExamples(name, rows, corpus, [half]);
  console.log(`${name} half ${half}: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return examples.map((e) => {
    if (!judgeArticles.has(e.articleKey)) judgeArticles.set(e.articleKey, fitRuns.length + judgeArticles.size);
    return { evidence: e.evidence, x: e.x, y: e.y, kind: e.kind, article: judgeArticles.get(e.articleKey)!, source: JUDGES, judge: e.judge, text: e.text, speaker: e.speaker, articleKey: e.articleKey };
  });
});
/** --hide-held-out: leave PolNeAR dev out of the tables, so that models can be compared before one is chosen. */
const hideHeldOut = args.includes('--hide-held-out');
const judgesA = judgeHalf('A');
// Under --hide-held-out half B is not even extracted: its counts (right, wrong, speaker changed) are figures too.
const judgesB = hideHeldOut ? [] : judgeHalf('B');
const fitting: (Labelled & { source?: string })[] = [...fitExamples.filter(fitted), ...judgesA];
const bindingsSeen = fitExamples.filter((e) => e.source === POLNEAR && spanJudgedBinding(e));
const byHand = bindingsSeen.filter((e) => e.byHand);
console.log(`PolNeAR train's bound descriptions: ${bindingsSeen.length}; ${bindingsMode === 'hand' ? `${byHand.length} judged by hand (${byHand.filter((e) => e.y === 1).length} right; PolNeAR's judge: ${byHand.filter((e) => e.match(e.speaker, e.gold)).length}), ${bindingsSeen.length - byHand.length} with no verdict in ${path.relative(process.cwd(), BINDINGS_FILE)} left out of the fit` : bindingsMode === 'polnear' ? "fitted with PolNeAR's verdicts" : 'left out of the fit'}`);
const inSet = (set: string) => ({
  runs: fitRuns.filter((r) => r.set === set),
  examples: fitExamples.filter((e) => fitRuns[e.article]!.set === set),
});
const devRuns = fitRuns.filter((r) => r.set === 'dev' || r.set === 'dev2');
const allSets: { name: string; runs: readonly ArticleRun[]; examples: readonly Labelled[] }[] = [
  { name: 'PolNeAR dev (held out)', runs: checkRuns, examples: checkExamples },
  { name: 'PolNeAR dev (held out), no pronoun read or bound description', runs: [], examples: checkExamples.filter(judgeSeesName) },
  { name: 'dev + dev2', runs: devRuns, examples: fitExamples.filter((e) => fitRuns[e.article]!.set !== 'polnear-train') },
  { name: 'dev', ...inSet('dev') },
  { name: 'dev2', ...inSet('dev2') },
  { name: bindingsMode === 'hand' ? 'PolNeAR train (bound descriptions judged by hand)' : 'PolNeAR train', ...inSet('polnear-train') },
  { name: 'PolNeAR train, no pronoun read or bound description', runs: [], examples: inSet('polnear-train').examples.filter(judgeSeesName) },
  ...(judged.length ? [
    { name: `judges half A (${judged.map((j) => j.name).join(', ')}; fitted)`, runs: [], examples: judgesA },
    { name: `judges half B (${judged.map((j) => j.name).join(', ')}; never fitted)`, runs: [], examples: judgesB },
  ] : []),
];
const sets = hideHeldOut ? allSets.filter((s) => !s.name.startsWith('PolNeAR dev') && !s.name.startsWith('judges half B')) : allSets;

/** Every set's reliability table and figures at >= 0.9 under model `m`. */
function report(title: string, m: ConfidenceModel): string {
  const out = [`## ${title}`];
  for (const s of sets) {
    out.push(reliabilityTable(s.name, s.examples, m));
    if (s.runs.length) out.push(`${s.name}, scorer at >= 0.9: ${JSON.stringify(scorerFigures(s.runs, m, 0.9))}`);
    out.push(`${s.name}, labelled at >= 0.9: ${JSON.stringify(sureFigures(s.examples, m, 0.9))}`);
  }
  return out.join('\n\n');
}

const sizes = {
  dev: fitRuns.filter((r) => r.set === 'dev').length,
  dev2: fitRuns.filter((r) => r.set === 'dev2').length,
  polnearTrain: fitRuns.filter((r) => r.set === 'polnear-train').length,
  examples: fitting.length,
  positives: fitting.filter((e) => e.y === 1).length,
  unjudged: fitExamples.filter((e) => !fairlyLabelled(e)).length,
  bindings: fitExamples.filter(fitted).filter((e) => e.source === POLNEAR && spanJudgedBinding(e)).length,
  bindingsLeftOut: bindingsSeen.filter((e) => !fitted(e)).length,
};
console.log(`${sizes.dev} dev + ${sizes.dev2} dev2 + ${sizes.polnearTrain} PolNeAR train articles: ${sizes.examples} labelled quotes to fit (${sizes.positives} right; ${sizes.unjudged} PolNeAR pronoun reads and ${sizes.bindingsLeftOut} bound descriptions left out; ${sizes.bindings} bound descriptions ${bindingsMode === 'hand' ? 'judged by hand' : "with PolNeAR's verdicts"}); PolNeAR dev ${checkRuns.length} articles, ${checkExamples.length} labelled quotes`);
if (!noReport) console.log(`\n${report('The shipped model (src/core/extraction/confidence-model.ts)', CONFIDENCE_MODEL)}`);

let model: ConfidenceModel = CONFIDENCE_MODEL;
if (!evaluateOnly) {
  // Every choice is made on the fitting sets only; PolNeAR dev is never looked at.
  const grouped = new Set(Object.values(CANDIDATES).flat());
  const base = Object.keys(confidenceFeatures(fitExamples[0]!.evidence)).filter((k) => !grouped.has(k));
  const choice = forward ? forwardChoice(base) : select ? stableChoice(base) : readChoice();
  const fitSet = weighted(fitting, { [DEV]: choice.devWeight, [POLNEAR]: 1, [JUDGES]: choice.judgeWeight ?? 0 });
  const names = [...base, ...choice.groups.flatMap((g) => CANDIDATES[g] ?? [])];
  // The calibration map rests on out-of-fold probabilities averaged over BAG_SEEDS draws of the folds.
  const seeds = forward ? [seed] : Array.from({ length: BAG_SEEDS }, (_, k) => seed + k);
  const fit = { ...FIT, l2: choice.l2 };
  const draws = foldDraws(fitSet, names, FOLDS, seeds, fit);
  const oof = averagedOutOfFold(fitSet, draws);
  crossValidatedReport(draws, choice);
  if (holdOut) heldOutReport(fitSet, names, choice, fit, seeds);
  model = fitModel(fitSet, names, calibrationPoints(fitSet, oof, choice), choice.minBlock, fit, choice.lowerBound);
  // The held-out refits above never move the cut: sureCut is fitted on their confidence.
  if (choice.sureCut !== undefined) model = { ...model, calibration: movedSureCut(model.calibration, choice.sureCut) };
  if (!noReport) console.log(`\n${report('The refit (dev, dev2 and PolNeAR train in sample)', model)}`);

  if (!dryRun) {
    // No date in the file (session 21): the same extractor and data give the same bytes, so a refit after a merge
    // shows in git only where the model moved.
    const body = `// Written by scripts/fit-confidence.ts; do not edit by hand. Re-fit after any change to the extractor:
//   npx tsx scripts/fit-confidence.ts        (score it without refitting: --evaluate)
// Data: ${sizes.dev} dev + ${sizes.dev2} dev2 + ${sizes.polnearTrain} PolNeAR train articles${judged.length ? ` + half A of ${judged.map((j) => j.name).join(' and ')} (${new Set(judgesA.map((e) => e.article)).size} judged articles; ${judgesA.length} quotes judged by hand)` : ''}, ${sizes.examples} labelled quotes (${sizes.positives} with the right speaker; ${sizes.unjudged} PolNeAR pronoun reads left out: its judge labels only those it disagrees with; PolNeAR's verdicts on ${sizes.bindings} bound descriptions ${bindingsMode === 'hand' ? `replaced by hand verdicts (${path.relative(process.cwd(), BINDINGS_FILE)})` : 'kept'}${sizes.bindingsLeftOut ? `, ${sizes.bindingsLeftOut} more left out` : ''}).
// Fixed choice (${forward ? `forward selection of this refit, fold seed ${seed}` : path.relative(process.cwd(), SELECTION_FILE)}): dev + dev2 weighted ${choice.devWeight} against PolNeAR train 1${choice.judges ? ` and the judges' half A ${choice.judgeWeight}${choice.calibrationJudgeWeight !== undefined ? ` (${choice.calibrationJudgeWeight} in the calibration map)` : ''}` : ''}; the base features and the candidate groups ${choice.groups.join(', ') || 'none'}; calibration steps of >= ${choice.minBlock} quotes, each at the lower end of its ${choice.lowerBound}-standard-error Wilson interval${choice.sureCut !== undefined ? `; the sure cut moved: ${choice.sureCut} says 0.9 (leave-one-judge-out, scripts/confidence-lojo.ts)` : ''}.
// Logistic regression (L2 ${choice.l2}, Newton steps to convergence, sign constraints of MONOTONE), isotonic calibration (values within [${(1 - MAX_PROBABILITY).toFixed(3)}, ${MAX_PROBABILITY}]) on ${FOLDS}-fold out-of-fold probabilities averaged over fold seeds ${seeds.join(', ')}.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = ${JSON.stringify(model, null, 2)};
`;
    const tmp = `${OUT}.tmp`;
    fs.writeFileSync(tmp, body);
    fs.renameSync(tmp, OUT);
    console.log(`\nwrote ${path.relative(process.cwd(), OUT)}`);
  }
}

// --dump FILE: every labelled quote as one JSON line (set, label, evidence, words), to study the errors.
const dump = opt('--dump', '');
if (dump) {
  const line = (set: string, e: Example) => JSON.stringify({ set, y: e.y, p: Math.round(predict(model, e.evidence) * 1e4) / 1e4, text: e.text.slice(0, 120), name: e.speaker, gold: e.gold, ...e.evidence });
  // The judges' half A too (session 21); PolNeAR dev only without --hide-held-out.
  const judgedLine = (e: (typeof judgesA)[number]) => JSON.stringify({ set: e.judge, y: e.y, p: Math.round(predict(model, e.evidence) * 1e4) / 1e4, text: e.text.slice(0, 120), name: e.speaker, article: e.articleKey, ...e.evidence });
  fs.writeFileSync(dump, [...fitExamples.map((e) => line(fitRuns[e.article]!.set, e)), ...judgesA.map(judgedLine), ...(hideHeldOut ? [] : checkExamples.map((e) => line('polnear-dev', e)))].join('\n') + '\n');
}
// The time on stderr: stdout is the same for the same extractor and data.
console.error(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);

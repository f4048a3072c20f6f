import { describe, expect, it } from 'vitest';
import { calibrate, confidenceFeatures, confidenceOf, MONOTONE, type ConfidenceModel, type QuoteEvidence } from '../../src/core/extraction/confidence.js';
import { CONFIDENCE_MODEL } from '../../src/core/extraction/confidence-model.js';
import { baggedOutOfFold, choosePenalty, chooseSourceWeights, crossValidatedConfidence, directAt, FIT, fitLogistic, fitModel, foldOf, isotonic, labelled, logLoss, movedSureCut, outOfFold, predict, parseVerdicts, reliabilityBins, reliabilityTable, seededRandom, verdictKey, VERDICTS_HEADER, selectFeatures, sourceLoss, stableSelection, sureFigures, weighted, wilsonLower, withFolds, type FitOptions } from '../../scripts/confidence-fit.js';

/** A direct quote with "X said" beside it: the evidence every invented example starts from. */
const base: QuoteEvidence = {
  how: 'cue-after', kind: 'direct', cueVia: 'before', mention: 'name', mentionWords: 2, cueGap: 1, mentionDistance: 3, rivals: 0,
  quoteWords: 15, splitHalf: false, partial: false, speaker: 'person', speakerNameWords: 2, nameShaped: true, speakerNamed: 2,
  speakerQuotes: 2, articleQuotes: 6, strongOthers: 0, cueMentionDistance: 5, rivalsNearMention: 0, mixed: false, namedBefore: true,
  pronounChoices: 0, paragraphSpeakers: 0,
};

/**
 * 800 invented quotes in 20 articles of 40. Half have another quote of their speaker under a plain "X said"
 * (right 9 times in 10), half not (right 3 times in 10); `mixed` is set on half of each kind, right exactly as
 * often as not: it says nothing. Every article holds each combination once.
 */
const invented = Array.from({ length: 800 }, (_, i) => {
  const strong = i % 2;
  const mixed = Math.floor(i / 2) % 2 === 1;
  const j = Math.floor(i / 4) % 10;
  const y: 0 | 1 = strong ? (j !== 0 ? 1 : 0) : (j < 3 ? 1 : 0);
  return labelled({ ...base, strongOthers: strong, mixed }, y, Math.floor(i / 40));
});
const quick: FitOptions = { ...FIT, iterations: 30 };

describe('the shipped confidence model', () => {
  it('names only features the extractor computes, and its calibration map rises', () => {
    const names = new Set(Object.keys(confidenceFeatures(base)));
    for (const k of Object.keys(CONFIDENCE_MODEL.weights)) expect(names.has(k), k).toBe(true);
    const { x, y } = CONFIDENCE_MODEL.calibration;
    expect(x.length).toBe(y.length);
    for (let i = 1; i < x.length; i++) {
      expect(x[i]!).toBeGreaterThanOrEqual(x[i - 1]!);
      expect(y[i]!).toBeGreaterThanOrEqual(y[i - 1]!);
    }
  });

  it('is scored by the script exactly as the extractor scores a quote', () => {
    for (const e of invented.slice(0, 8)) expect(predict(CONFIDENCE_MODEL, e.evidence)).toBeCloseTo(confidenceOf(e.evidence), 12);
  });
});

describe('fitting and scoring a model on an invented set', () => {
  const names = ['bias', 'strong_others', 'strong_others_any'];
  const model = fitModel(invented, names, outOfFold(invented, names, 5, quick), 50, quick);

  it('keeps the sign constraints and gives an increasing calibration map within its bounds', () => {
    for (const [k, w] of Object.entries(model.weights)) {
      if (MONOTONE[k] === 1) expect(w, k).toBeGreaterThanOrEqual(0);
      if (MONOTONE[k] === -1) expect(w, k).toBeLessThanOrEqual(0);
    }
    const { x, y } = model.calibration;
    for (let i = 1; i < x.length; i++) expect(y[i]!).toBeGreaterThanOrEqual(y[i - 1]!);
    for (const v of y) expect(v >= 0.005 && v <= 0.995).toBe(true);
  });

  it('learns the rates of the invented set: about 0.9 with a strong cue elsewhere, about 0.3 without', () => {
    const withStrong = predict(model, { ...base, strongOthers: 1 });
    const without = predict(model, { ...base, strongOthers: 0 });
    expect(withStrong).toBeGreaterThan(0.8);
    expect(withStrong).toBeLessThan(0.97);
    expect(without).toBeGreaterThan(0.2);
    expect(without).toBeLessThan(0.4);
  });

  it('puts every quote in one reliability bin, with predicted and observed shares that agree on its own data', () => {
    const bins = reliabilityBins(invented, model);
    expect(bins.reduce((s, b) => s + b.quotes, 0)).toBe(invented.length);
    for (const b of bins) expect(Math.abs(b.observed - b.predicted)).toBeLessThan(0.1);
    const table = reliabilityTable('invented', invented, model);
    expect(table).toContain('invented (800 labelled quotes)');
    expect(table.split('\n').length).toBe(3 + bins.length);
  });

  it('counts the quotes at or above a confidence and how many of them are right', () => {
    const sure: ConfidenceModel = { weights: { bias: 5 }, calibration: { x: [], y: [] } };
    const unsure: ConfidenceModel = { weights: { bias: -5 }, calibration: { x: [], y: [] } };
    const right = invented.filter((e) => e.y === 1).length / invented.length;
    expect(sureFigures(invented, sure, 0.9)).toEqual({
      labelled_at_min: 800, right_at_min: Math.round(right * 1000) / 1000, direct_labelled_at_min: 800,
      direct_right_at_min: Math.round(right * 1000) / 1000, share_of_labelled_direct_at_min: 1,
    });
    expect(sureFigures(invented, unsure, 0.9).labelled_at_min).toBe(0);
    // The fitted model: only the quotes with a strong cue elsewhere reach 0.8.
    expect(sureFigures(invented, model, 0.8)).toMatchObject({ labelled_at_min: 400, right_at_min: 0.9 });
  });
});

describe('feature selection by cross-validation', () => {
  it('adds the group that predicts and leaves out the one that says nothing', () => {
    const lines: string[] = [];
    const chosen = selectFeatures(invented, ['bias'], { 'strong cue elsewhere': ['strong_others_any'], 'mixed quote': ['mixed'] }, 5, 1e-4, quick, (l) => lines.push(l));
    expect(chosen.steps.map((s) => s.group)).toEqual(['strong cue elsewhere']);
    expect(chosen.names).toEqual(['bias', 'strong_others_any']);
    expect(chosen.steps[0]!.loss).toBeLessThan(chosen.baseLoss);
    expect(lines.some((l) => l.includes('mixed quote'))).toBe(true);
  });
});

describe('cross-validated figures', () => {
  it('gives each quote a confidence from a model and a map fitted without its article, near the rates of the set', () => {
    const cv = crossValidatedConfidence(invented, ['bias', 'strong_others_any'], 5, quick, 50);
    expect(cv.length).toBe(invented.length);
    const strong = invented.map((e, i) => ({ e, p: cv[i]! })).filter((v) => v.e.evidence.strongOthers === 1);
    for (const v of strong) expect(Math.abs(v.p - 0.9)).toBeLessThan(0.05);
    expect(directAt(invented, cv, 0.8)).toEqual({ right: 0.9, share: 0.5, n: 400 });
  });

  it('counts only direct quotes at or above the bar', () => {
    const two = [labelled(base, 1, 0), labelled({ ...base, kind: 'indirect' }, 0, 0), labelled(base, 0, 1)];
    expect(directAt(two, [0.95, 0.95, 0.5], 0.9)).toEqual({ right: 1, share: 0.5, n: 1 });
  });
});

describe('corpora weighted against each other', () => {
  it('fits a quote of weight 2 as it fits the quote twice', () => {
    const names = ['bias', 'strong_others_any', 'mixed'];
    const some = invented.slice(0, 200);
    const twice = fitLogistic([...some, ...some.slice(0, 80)], names, quick);
    const heavier = fitLogistic(some.map((e, i) => ({ ...e, weight: i < 80 ? 2 : 1 })), names, quick);
    for (const k of names) expect(heavier[k]!).toBeCloseTo(twice[k]!, 3);
  });

  it('gives each step of the calibration map the weighted share of right quotes, its least size counted in quotes', () => {
    const points = [
      ...Array.from({ length: 4 }, (_, i) => ({ p: 0.2 + i * 0.01, y: i === 0 ? 1 : 0, w: i === 0 ? 3 : 1 })),
      ...Array.from({ length: 4 }, (_, i) => ({ p: 0.8 + i * 0.01, y: 1 })),
    ];
    const map = isotonic(points, 4);
    // The low step: 3 right of a weight of 6; the high one: all right (held under the surest value).
    expect(map.y).toEqual([0.5, 0.995]);
    expect(map.x[0]).toBeCloseTo((3 * 0.2 + 0.21 + 0.22 + 0.23) / 6, 4);
  });

  it('chooses between models by the mean of the corpora\'s losses, not by the larger corpus', () => {
    const a = [{ p: 0.9, y: 1 }, { p: 0.9, y: 0 }];
    const b = Array.from({ length: 8 }, () => ({ p: 0.5, y: 1 }));
    const examples = [...a, ...b].map((pt, i) => ({ ...labelled(base, pt.y as 0 | 1, i), source: i < 2 ? 'small' : 'large' }));
    const p = [...a, ...b].map((pt) => pt.p);
    expect(sourceLoss(examples, p)).toBeCloseTo((logLoss(a) + logLoss(b)) / 2, 12);
    // With one corpus it is the plain log loss.
    expect(sourceLoss(examples.map((e) => ({ ...e, source: 'one' })), p)).toBeCloseTo(logLoss([...a, ...b]), 12);
  });

  it('weights up a small corpus when the held-out quotes of both bear it out, and not when they do not', () => {
    // Two corpora that disagree on what "mixed" means: in the small one a mixed quote is right 9 times in 10 and a
    // plain one 3 in 10; in the large one both are right 6 times in 10. One model serves both: weighting the
    // small corpus up lowers its loss more than it raises the large one's (mean of the two).
    const corpus = (n: number, source: string, offset: number, rate: (mixed: boolean, j: number) => boolean) =>
      Array.from({ length: n }, (_, i) => {
        const mixed = i % 2 === 1;
        const j = Math.floor(i / 2) % 10;
        return { ...labelled({ ...base, mixed }, rate(mixed, j) ? 1 : 0, offset + Math.floor(i / 20)), source };
      });
    const small = corpus(200, 'small', 0, (mixed, j) => (mixed ? j !== 0 : j < 3));
    const large = corpus(2000, 'large', 10, (_mixed, j) => j < 6);
    const chosen = chooseSourceWeights([...small, ...large], ['bias', 'mixed'], 5, [{ small: 1, large: 1 }, { small: 10, large: 1 }], undefined, quick, 20);
    expect(chosen).toEqual({ small: 10, large: 1 });
    // Two corpora that agree: up-weighting the small one gains nothing.
    const same = corpus(2000, 'large', 10, (mixed, j) => (mixed ? j !== 0 : j < 3));
    const agreed = chooseSourceWeights([...small, ...same], ['bias', 'mixed'], 5, [{ small: 1, large: 1 }, { small: 10, large: 1 }], undefined, quick, 20);
    expect(agreed).toEqual({ small: 1, large: 1 });
    expect(weighted(small.slice(0, 1), { small: 3 })[0]!.weight).toBe(3);
  });
});

describe('folds drawn from a seed', () => {
  const two = invented.map((e) => ({ ...e, source: e.article < 5 ? 'small' : 'large' }));

  it('draws the same numbers from the same seed and others from another', () => {
    const draw = (seed: number) => { const r = seededRandom(seed); return Array.from({ length: 5 }, () => r()); };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const v of draw(7)) expect(v >= 0 && v < 1).toBe(true);
  });

  it('keeps every quote of an article in one fold, deals each corpus evenly, and gives the same folds for the same seed', () => {
    const a = withFolds(two, 5, 3);
    expect(a.map((e) => e.fold)).toEqual(withFolds(two, 5, 3).map((e) => e.fold));
    expect(a.map((e) => e.fold)).not.toEqual(withFolds(two, 5, 4).map((e) => e.fold));
    const foldOfArticle = new Map<number, Set<number>>();
    for (const e of a) foldOfArticle.set(e.article, (foldOfArticle.get(e.article) ?? new Set()).add(foldOf(e, 5)));
    for (const folds of foldOfArticle.values()) expect(folds.size).toBe(1);
    // 5 small articles: one in each fold; 15 large ones: three in each.
    for (const source of ['small', 'large']) {
      const count = [0, 0, 0, 0, 0];
      for (const [article, folds] of foldOfArticle) if ((article < 5 ? 'small' : 'large') === source) count[[...folds][0]!]!++;
      expect(count).toEqual(source === 'small' ? [1, 1, 1, 1, 1] : [3, 3, 3, 3, 3]);
    }
    // Seed 0 keeps the plain folds (the article's number modulo the folds).
    expect(withFolds(two, 5, 0).map((e) => e.fold)).toEqual(two.map((e) => e.article % 5));
  });

  it('averages the out-of-fold probabilities of several draws, the same every time', () => {
    const names = ['bias', 'strong_others_any'];
    const bagged = baggedOutOfFold(invented, names, 5, [1, 2, 3], quick);
    expect(bagged).toEqual(baggedOutOfFold(invented, names, 5, [1, 2, 3], quick));
    const single = [1, 2, 3].map((s) => outOfFold(withFolds(invented, 5, s), names, 5, quick));
    for (const i of [0, 1, 399, 799]) expect(bagged[i]!.p).toBeCloseTo((single[0]![i]!.p + single[1]![i]!.p + single[2]![i]!.p) / 3, 12);
  });
});

describe('stability selection', () => {
  const groups = { 'strong cue elsewhere': ['strong_others_any'], 'mixed quote': ['mixed'] };
  const options = { resamples: 6, fraction: 0.5, threshold: 0.6, seed: 1 };

  it('keeps the group that predicts in every resample and leaves out the one that says nothing', () => {
    const lines: string[] = [];
    const chosen = stableSelection(invented, ['bias'], groups, 5, 1e-4, options, quick, (l) => lines.push(l));
    expect(chosen.frequency['strong cue elsewhere']).toBe(1);
    expect(chosen.frequency['mixed quote']!).toBeLessThan(0.6);
    expect(chosen.kept).toEqual(['strong cue elsewhere']);
    expect(chosen.names).toEqual(['bias', 'strong_others_any']);
    expect(lines.length).toBe(6);
  });

  it('gives the same choice and the same frequencies every time it runs on the same data and seed', () => {
    const once = stableSelection(invented, ['bias'], groups, 5, 1e-4, options, quick);
    const again = stableSelection(invented, ['bias'], groups, 5, 1e-4, options, quick);
    expect(again).toEqual(once);
    // The input's order of quotes within the set does not draw other resamples (they are drawn by article).
    const reversed = stableSelection([...invented].reverse(), ['bias'], groups, 5, 1e-4, options, quick);
    expect(reversed.frequency).toEqual(once.frequency);
  });
});

describe('a calibration map that claims only what its data bears out', () => {
  it('says the lower end of the Wilson interval: lower for a step of few quotes than for one of many', () => {
    expect(wilsonLower(0.9, 100, 0)).toBe(0.9);
    // 90 right of 100 at one standard error: (0.905 - sqrt(0.000925)) / 1.01, about 0.866.
    expect(wilsonLower(0.9, 100, 1)).toBeCloseTo(0.8659, 3);
    expect(wilsonLower(0.95, 40, 1)).toBeLessThan(wilsonLower(0.95, 4000, 1));
    expect(wilsonLower(0.95, 4000, 1)).toBeGreaterThan(0.945);
  });

  it('keeps the map increasing and never above the plain shares', () => {
    // A thin top step (30 quotes, all right) above a thick one (600 quotes, 93% right).
    const points = [
      ...Array.from({ length: 600 }, (_, i) => ({ p: 0.5 + i / 2000, y: i % 100 < 93 ? 1 : 0 })),
      ...Array.from({ length: 30 }, (_, i) => ({ p: 0.9 + i / 1000, y: 1 })),
    ];
    const plain = isotonic(points, 25);
    const bounded = isotonic(points, 25, 0.995, 1.5);
    expect(bounded.x).toEqual(plain.x);
    for (let i = 0; i < bounded.y.length; i++) {
      expect(bounded.y[i]!).toBeLessThanOrEqual(plain.y[i]!);
      if (i > 0) expect(bounded.y[i]!).toBeGreaterThanOrEqual(bounded.y[i - 1]!);
    }
    // The thin top step loses more than the thick step below it.
    const top = bounded.y.length - 1;
    expect(plain.y[top]! - bounded.y[top]!).toBeGreaterThan(0.05);
    expect(plain.y[0]! - bounded.y[0]!).toBeLessThan(0.03);
  });
});

describe('the L2 penalty chosen by cross-validation', () => {
  it('keeps the penalty light when a feature predicts, says the loss of every candidate and chooses the least', () => {
    // The invented set, where a strong cue elsewhere is right 9 times in 10 against 3: a heavy penalty forgets it.
    const lines: string[] = [];
    const chosen = choosePenalty(invented, ['bias', 'strong_others_any'], 5, [10, 1e-3, 1], [1, 2], quick, 20, (l) => lines.push(l));
    expect(chosen.l2).toBe(1e-3);
    expect(Object.keys(chosen.losses).map(Number).sort()).toEqual([1e-3, 1, 10]);
    // (The calibration map restores what a moderate penalty shrinks while the order of the quotes holds.)
    expect(chosen.losses[1e-3]).toBeLessThanOrEqual(chosen.losses[1]!);
    expect(chosen.losses[1e-3]).toBeLessThan(chosen.losses[10]!);
    expect(lines).toHaveLength(3);
    // Folds drawn from fixed seeds: the same choice and the same losses every time.
    expect(choosePenalty(invented, ['bias', 'strong_others_any'], 5, [10, 1e-3, 1], [1, 2], quick, 20)).toEqual(chosen);
  });
});

describe('labels judged by hand', () => {
  const tsv = [
    VERDICTS_HEADER,
    'story-one.txt\tJane Roe\tWe will   not back down on this,\tright\tthe senator is Jane Roe',
    'story-one.txt\tJohn Doe\tThe plan is dead\twrong\tthe senator is Jane Roe, not John Doe',
    '',
  ].join('\n');

  it('reads each verdict under the key of its article, speaker and opening, whatever the folder and the spacing', () => {
    const v = parseVerdicts(tsv);
    expect(v.size).toBe(2);
    expect(v.get(verdictKey('/corpus/train/text/story-one.txt', 'Jane Roe', ' We will not back down\non this,'))).toBe(1);
    expect(v.get(verdictKey('story-one.txt', 'John Doe', 'The plan is dead'))).toBe(0);
  });

  it('applies a verdict to the same quote only: not under another speaker or in another article', () => {
    const v = parseVerdicts(tsv);
    expect(v.get(verdictKey('story-one.txt', 'Jane Roe', 'The plan is dead'))).toBeUndefined();
    expect(v.get(verdictKey('story-two.txt', 'John Doe', 'The plan is dead'))).toBeUndefined();
  });

  it('keys a long quote by its first 60 characters', () => {
    const long = 'a'.repeat(59) + ' and then some more words that the key leaves out';
    const v = parseVerdicts(`${VERDICTS_HEADER}\nx.txt\tA B\t${long.slice(0, 60)}\tright\twhy`);
    expect(v.get(verdictKey('x.txt', 'A B', long))).toBe(1);
  });

  it('refuses a file it cannot read rather than fitting half of it', () => {
    expect(() => parseVerdicts('article\tspeaker\n')).toThrow(/header/);
    expect(() => parseVerdicts(`${VERDICTS_HEADER}\nx.txt\tA B\tsome words\tmaybe\twhy`)).toThrow(/row/);
    expect(() => parseVerdicts(`${VERDICTS_HEADER}\nx.txt\tA B\tsome words\tright\twhy\nx.txt\tA B\tsome words\twrong\twhy`)).toThrow(/two rows/);
  });
});

describe('the sure cut moved on a calibration map (session 34)', () => {
  const cal = { x: [0.1, 0.5, 0.8, 0.95, 0.99], y: [0.05, 0.4, 0.7, 0.93, 0.98] };
  const moved = movedSureCut(cal, 0.93);

  it('makes the chosen raw value say 0.9 and keeps every value up to 0.6', () => {
    expect(calibrate(0.95, moved)).toBeCloseTo(0.9, 4);
    for (const p of [0.1, 0.3, 0.5]) expect(calibrate(p, moved)).toBeCloseTo(calibrate(p, cal), 4);
  });

  it('is the map of the old values exactly, also between knots, and still increasing', () => {
    const g = (y: number) => (y <= 0.6 ? y : y < 0.93 ? 0.6 + ((y - 0.6) * 0.3) / 0.33 : 0.9 + ((y - 0.93) * 0.1) / 0.07);
    for (let p = 0.05; p < 1; p += 0.01) expect(calibrate(p, moved)).toBeCloseTo(g(calibrate(p, cal)), 3);
    for (let k = 1; k < moved.y.length; k++) expect(moved.y[k]!).toBeGreaterThanOrEqual(moved.y[k - 1]!);
    // What said 0.9 to 0.93 now says less than 0.9: the sure set shrinks, its order unchanged.
    expect(calibrate(0.9, moved)).toBeLessThan(0.9);
  });

  it('refuses a cut below the kept values or at 1', () => {
    expect(() => movedSureCut(cal, 0.5)).toThrow();
    expect(() => movedSureCut(cal, 1)).toThrow();
  });
});

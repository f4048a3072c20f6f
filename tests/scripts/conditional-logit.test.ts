import { describe, expect, it } from 'vitest';
import { crossValidated, fitConditional, foldsOf, rightCount, type Decision } from '../../scripts/conditional-logit.js';

// Invented decisions: two or three candidates each, the right one marked by a feature the fit must find.
const decisions = (n: number): Decision[] =>
  Array.from({ length: n }, (_, i) => ({
    article: `a${i % 12}`,
    xs: [{ near: 1, spoke: 0 }, { near: 0, spoke: 1 }, ...(i % 3 === 0 ? [{ near: 0, spoke: 0 }] : [])],
    ys: [false, true, ...(i % 3 === 0 ? [false] : [])],
  }));
const score = (x: Readonly<Record<string, number>>, w: Readonly<Record<string, number>>): number => Object.entries(x).reduce((s, [k, v]) => s + (w[k] ?? 0) * v, 0);
const OPTIONS = { l2: 1e-2, steps: 300, rate: 0.5 };

describe('the conditional logistic regression of the speaker-choice fitting scripts', () => {
  it('learns which candidate feature marks the right one', () => {
    const data = decisions(40);
    const w = fitConditional(data, ['near', 'spoke'], OPTIONS);
    expect(w.spoke!).toBeGreaterThan(w.near!);
    expect(rightCount(data, (x) => score(x, w))).toBe(40);
  });

  it('deals whole articles to folds, the same way on every run', () => {
    const data = decisions(60);
    const a = foldsOf(data, 5);
    const b = foldsOf(data, 5);
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect(new Set(a.values()).size).toBe(5);
    // One fold per article: every decision of an article is scored by weights fitted without that article.
    expect(a.size).toBe(12);
  });

  it('cross-validates over every decision once', () => {
    const data = decisions(30);
    const cv = crossValidated(data, ['near', 'spoke'], OPTIONS, score);
    expect(cv.n).toBe(30);
    expect(cv.right).toBe(30);
  });
});

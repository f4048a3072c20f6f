import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../../src/core/text/sorted.js';

describe('partitionPoint: the first index where a sorted prefix condition stops holding', () => {
  const xs = [2, 4, 4, 4, 9, 12];
  it('finds the first element at or after a value (lower bound), including at repeated values', () => {
    expect(partitionPoint(xs.length, (i) => xs[i]! < 4)).toBe(1);
    expect(partitionPoint(xs.length, (i) => xs[i]! < 5)).toBe(4);
  });
  it('finds the first element after a value (upper bound)', () => {
    expect(partitionPoint(xs.length, (i) => xs[i]! <= 4)).toBe(4);
  });
  it('returns 0 when nothing is before and n when everything is', () => {
    expect(partitionPoint(xs.length, (i) => xs[i]! < 1)).toBe(0);
    expect(partitionPoint(xs.length, (i) => xs[i]! < 100)).toBe(xs.length);
    expect(partitionPoint(0, () => true)).toBe(0);
  });
  it('asks the condition only a logarithmic number of times', () => {
    let asked = 0;
    const n = 1 << 20;
    partitionPoint(n, (i) => { asked++; return i < 777_777; });
    expect(asked).toBeLessThanOrEqual(21);
  });
});

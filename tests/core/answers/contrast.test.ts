import { describe, expect, it } from 'vitest';
import { contrastsOf, flipsNegation, reversesContrast } from '../../../src/core/answers/contrast.js';
import { compareWords } from '../../../src/core/answers/diff.js';

describe('the contrast a line draws', () => {
  it('reads "X, not Y", "X and not the Y", "X rather than Y" and "not Y but X" as preferring X, by index term', () => {
    expect(contrastsOf('paid for by the ports, not the islanders')).toEqual([{ preferred: 'port', rejected: 'island' }]);
    expect(contrastsOf('paid for by islanders and not the ports')).toEqual([{ preferred: 'island', rejected: 'port' }]);
    expect(contrastsOf('trains rather than lorries')).toEqual([{ preferred: 'train', rejected: 'lorri' }]);
    expect(contrastsOf('it is not the end but the beginning')).toEqual([{ preferred: 'begin', rejected: 'end' }]);
  });

  it('draws none from a plain negation or from small words', () => {
    expect(contrastsOf('we will not stop')).toEqual([]);
    expect(contrastsOf('whether or not they come')).toEqual([]);
  });

  it('is reversed only when the same two words swap sides', () => {
    expect(reversesContrast('by the islanders and not the ports', 'by the ports, not the islanders')).toBe(true);
    expect(reversesContrast('by the ports and not the islanders', 'by the ports, not the islanders')).toBe(false);
    expect(reversesContrast('by the islanders, not the ports', 'the ports will pay')).toBe(false);
  });
});

describe('a line turned down', () => {
  const flips = (pasted: string, quote: string) => flipsNegation(compareWords(pasted, quote).diff);

  it('is flipped by "not", "never" or "do not" where the other side has nothing, or "isn\'t" where it has "is"', () => {
    expect(flips('we do not want the pier sold', 'we want the pier sold')).toBe(true);
    expect(flips('the grant is not there', 'The grant is there. Do not worry, we have got it')).toBe(true);
    expect(flips('the ferry is there', 'the ferry is not there')).toBe(true);
    expect(flips('we will never sell the pier', 'we will sell the pier')).toBe(true);
    expect(flips('the ferry isn’t coming back', 'the ferry is coming back')).toBe(true);
    expect(flips('they cannot close the depot', 'they can close the depot')).toBe(true);
    expect(flips('we won\'t sell it', 'we will sell it')).toBe(true);
  });

  it('is not flipped by a negation said in other words, on both sides, twice, or outside the shared part', () => {
    expect(flips('the claims were not supported by any evidence', 'the claims were unsupported by evidence')).toBe(false);
    expect(flips('we are farmers, we are not smugglers', 'We are farmers, we are not smugglers')).toBe(false);
    expect(flips('we do not want it and we will never sell', 'we want it and we will sell')).toBe(false);
    expect(flips('not that the grant is there', 'the grant is there')).toBe(false);
    expect(flips('the grant is there', 'the grant is there')).toBe(false);
  });
});

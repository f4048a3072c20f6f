import { describe, expect, it } from 'vitest';
import { contrastsOf, flipsNegation, reversesContrast } from '../../../src/core/answers/contrast.js';

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
  it('is flipped when one side is negated and the other not, by "not", "never", "cannot" or "-n\'t"', () => {
    expect(flipsNegation('the grant is not there', 'The grant is there')).toBe(true);
    expect(flipsNegation('the ferry is there', 'the ferry isn’t there')).toBe(true);
    expect(flipsNegation('we will never sell the pier', 'we will sell the pier')).toBe(true);
    expect(flipsNegation('they cannot close the depot', 'they can close the depot')).toBe(true);
  });

  it('is not flipped when both or neither are negated, nor when a side is empty', () => {
    expect(flipsNegation('we are farmers, we are not smugglers', 'We are farmers, we are not smugglers')).toBe(false);
    expect(flipsNegation("we don't want the pier sold", 'we do not want the pier sold')).toBe(false);
    expect(flipsNegation('the grant is there', 'the grant is there')).toBe(false);
    expect(flipsNegation('', 'the grant is not there')).toBe(false);
  });
});

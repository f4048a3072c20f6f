import { describe, expect, it } from 'vitest';
import { contrastsOf, reversesContrast } from '../../../src/core/answers/contrast.js';

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

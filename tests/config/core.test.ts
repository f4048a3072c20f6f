import { describe, expect, it } from 'vitest';
import { answerOptions } from '../../src/bootstrap.js';
import { loadCoreConfig } from '../../src/config/index.js';

describe('core configuration: ATTRIBUTION_UNCERTAIN_BELOW', () => {
  it('defaults to 0.6 and reaches the core as a typed option', () => {
    const config = loadCoreConfig({});
    expect(config.ATTRIBUTION_UNCERTAIN_BELOW).toBe(0.6);
    expect(answerOptions(config)).toEqual({ uncertainBelow: 0.6 });
    expect(loadCoreConfig({ ATTRIBUTION_UNCERTAIN_BELOW: '0.85' }).ATTRIBUTION_UNCERTAIN_BELOW).toBe(0.85);
    expect(loadCoreConfig({ ATTRIBUTION_UNCERTAIN_BELOW: '0' }).ATTRIBUTION_UNCERTAIN_BELOW).toBe(0);
    // "NAME=" means not set.
    expect(loadCoreConfig({ ATTRIBUTION_UNCERTAIN_BELOW: ' ' }).ATTRIBUTION_UNCERTAIN_BELOW).toBe(0.6);
  });

  it('refuses anything that is not a probability, naming the variable', () => {
    for (const bad of ['1.5', '-0.1', 'high', '60%']) {
      expect(() => loadCoreConfig({ ATTRIBUTION_UNCERTAIN_BELOW: bad }), bad).toThrow(/ATTRIBUTION_UNCERTAIN_BELOW/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { shapeQuestion } from '../../../src/core/questions/intent.js';

/**
 * "X on Y" where X is a role stating whose office it is, typed without "the" (session 18, h-qa34): it may run to eight
 * words ("vodafone head of third party services"); before, five were the limit and the whole question became topic
 * words. A phrase naming no body keeps the old limit.
 */
describe('a long role without "the" in "X on Y"', () => {
  it('reads a role of six words stating its body as the speaker phrase', () => {
    const s = shapeQuestion('zentro head of third party services on cutting firms off');
    expect(s.speakerPhrase).toBe('zentro head of third party services');
    expect(s.rest).toBe('cutting firms off');
  });

  it('keeps five words for a phrase naming no body', () => {
    expect(shapeQuestion('the big green party bus driver on the tour').speakerPhrase).toBe('the big green party bus driver');
    expect(shapeQuestion('big green party bus driver man on the tour').speakerPhrase).toBeUndefined();
  });
});

describe('an office tied to its principal by "to" (session 24, h-qa52)', () => {
  it('reads "adviser to the ORF managing director" (six words, bare) as the speaker phrase', () => {
    const s = shapeQuestion('adviser to the ORF managing director on the cost to savers');
    expect(s.speakerPhrase).toBe('adviser to the ORF managing director');
    expect(s.rest).toBe('the cost to savers');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllCapitals, isTitleCased, isTitleCasedWithEnding } from '../../../src/core/extraction/word-shape.js';
import { isPairedInitials } from '../../../src/core/extraction/tokens.js';
import { isAcronym } from '../../../src/core/extraction/name-forms.js';

// Session 42, h-speed43: shapes read through one shared regex answer as the patterns they replaced did.
const pieces = ['A', 'a', 'É', 'é', 'ß', 'ǅ', '𝐀', '𝐚', '\ud835', '1', '&', '.', '-', "'", 'ing', 'ed', 'ly', 'ING', ' '];
const word = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join(''));

describe('word shapes read through one regex each', () => {
  it('examples', () => {
    expect(isTitleCased('Guardian')).toBe(true);
    expect(isTitleCasedWithEnding('Hosting', 'ing')).toBe(true);
    expect(isTitleCasedWithEnding('Ing', 'ing')).toBe(false);
    expect(isTitleCasedWithEnding('Hasted', 'ed')).toBe(true);
    expect(isTitleCasedWithEnding('Hastily', 'ly')).toBe(true);
    expect(isTitleCasedWithEnding('HOSTing', 'ing')).toBe(false);
    expect(isAllCapitals('NATO')).toBe(true);
    expect(isAllCapitals('NaTO')).toBe(false);
    expect(isPairedInitials('J.M')).toBe(true);
    expect(isPairedInitials('F.B.I')).toBe(false);
  });

  it('answer as the regexes they replaced on any word of capitals, small letters, astral letters, stops and endings', () => {
    fc.assert(
      fc.property(word, (w) => {
        expect(isTitleCasedWithEnding(w, 'ing') || isTitleCasedWithEnding(w, 'ed'), w).toBe(/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(w));
        expect(isTitleCasedWithEnding(w, 'ing'), w).toBe(/^\p{Lu}\p{Ll}+ing$/u.test(w));
        expect(isTitleCasedWithEnding(w, 'ly'), w).toBe(/^\p{Lu}\p{Ll}+ly$/u.test(w));
        expect(isAllCapitals(w), w).toBe(/^[\p{Lu}]+$/u.test(w));
        expect(isAcronym(w), w).toBe(/^[\p{Lu}][\p{Lu}\p{N}&]{1,5}$/u.test(w));
        expect(isPairedInitials(w), w).toBe(/^\p{Lu}\.\p{Lu}$/u.test(w));
      }),
      { numRuns: 5000 },
    );
  });
});

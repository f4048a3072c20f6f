import { describe, expect, it } from 'vitest';
import { isCommonGivenName, isKnownGivenName } from '../../../src/core/speakers/names.js';
import { genderOfGivenName } from '../../../src/core/extraction/lexicon/given-names.js';

// One predicate for "a given name the project knows", asked by the name gate, names.ts and cast building.
describe('isKnownGivenName', () => {
  it('knows a name from the gender list alone ("Boris": in no short-forms group)', () => {
    expect(genderOfGivenName('boris')).toBe('m');
    expect(isCommonGivenName('Boris')).toBe(false);
    expect(isKnownGivenName('Boris')).toBe(true);
  });

  it('knows a name from the short-forms table alone ("Terri": no gender listed)', () => {
    expect(genderOfGivenName('terri')).toBeUndefined();
    expect(isCommonGivenName('terri')).toBe(true);
    expect(isKnownGivenName('TERRI')).toBe(true);
  });

  it('does not take a surname, a role or a body word for a given name', () => {
    for (const w of ['Farmer', 'Ofcom', 'Senator', 'Whitlock']) expect(isKnownGivenName(w)).toBe(false);
  });
});

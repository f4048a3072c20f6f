import { describe, expect, it } from 'vitest';
import { isPartyWord, readRole } from '../../../src/core/speakers/roles.js';

/*
 * Session 19: the role reading's word lists (office modifiers, tense words, prepositions, parties) now come from the
 * extractor's lexicon instead of lists of its own. Where the two differed by accident, the reading gained words;
 * these cases name what it gained (each fails with the old local lists).
 */
describe('role reading: word lists shared with the lexicon', () => {
  it('"late" is a word of tense, not a qualifier: "the late harbour master" held the office', () => {
    const r = readRole('the late harbour master')!;
    expect([...r.tense]).toEqual(['late']);
    expect(r.qualifiers.has('late')).toBe(false);
  });

  it('a preposition the extractor knows ends the office as "of" does: "adviser by appointment" is an adviser', () => {
    expect(readRole('ferry adviser by appointment')?.office).toBe('adviser');
  });

  it('every party the qualifier lexicon reads is a party word (SNP, UKIP, Libertarian), as the old five are', () => {
    for (const w of ['snp', 'ukip', 'libertarian', 'democratic', 'tory', 'gop', 'liberal']) expect(isPartyWord(w)).toBe(true);
    expect(isPartyWord('harbour')).toBe(false);
  });
});

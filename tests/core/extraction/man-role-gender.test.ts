import { describe, expect, it } from 'vitest';
import { genderHintOfRole, genderOf, genderOfDescription } from '../../../src/core/extraction/stated-traits.js';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names and places are invented (docs/EXTRACTION.md, session 31,
// h-attr74): newsrooms write "chairman" and "spokesman" of women too, so a "-man" role word only hints that its
// holder is a man: it agrees with "he" but never rules out "she".
describe('"-man" role words hint a gender, they do not state it', () => {
  it('states a gender for "-woman" words and titles, only hints one for "-man" words', () => {
    expect(genderOf(undefined, 'party chairwoman')).toBe('f');
    expect(genderOf('Mr', undefined)).toBe('m');
    expect(genderOf(undefined, "the party's chairman")).toBeUndefined();
    expect(genderOf('Congressman', undefined)).toBeUndefined();
    expect(genderHintOfRole(undefined, "the party's chairman")).toBe('m');
    expect(genderHintOfRole('Congressman', undefined)).toBe('m');
    expect(genderHintOfRole(undefined, 'party chairwoman')).toBeUndefined();
  });

  it('an unnamed "spokesman" still reads as a man (a description, not a named person)', () => {
    expect(genderOfDescription('a spokesman')).toBe('m');
    expect(genderOfDescription('a spokeswoman')).toBe('f');
  });

  it('"she said" after a woman introduced as "chairman" is hers', () => {
    const q = extract(
      'Party splits over tax\n\n' +
        'The Dunmore Party\'s chairman Orla Vastre spoke after the vote on Tuesday. "We will stand in every seat," she said.',
    );
    expect(speakerOf(q, 'stand in every seat')).toBe('Orla Vastre');
  });

  it('"he said" after a "chairman" of unknown given name is still his', () => {
    const q = extract(
      'Club holds on to ground\n\n' +
        'Club chairman Dorin Kastel met the board on Monday. The talks ran late. "We will not sell the ground," he said.',
    );
    expect(speakerOf(q, 'not sell the ground')).toBe('Dorin Kastel');
  });
});

import { describe, expect, it } from 'vitest';
import { isSwappedSpelling } from '../../../src/core/extraction/name-forms.js';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests (issue 14, session 22, h-qa46); names are invented.
describe('a surname the article misspells by two swapped letters', () => {
  it('"Velrod continued" after "singer Marta Vlerod" is Marta Vlerod, not a second person', () => {
    const q = extract(
      'The band is nearly done with its record, singer Marta Vlerod said on Monday.\n\n' +
        '"We wrote the songs in a week," Vlerod said.\n\n' +
        '"Then we threw half of them away and started again," Velrod continued.',
    );
    expect(speakerOf(q, 'threw half of them away')).toBe('Marta Vlerod');
  });

  it('a surname one letter off another ("Pelham" after "Tom Pelhem") stays a person of its own', () => {
    const q = extract(
      'Broker Tom Pelhem watched the market all day.\n\n' +
        '"It will not last," Pelham said.',
    );
    // A person of their own, not no speaker: a stub that dropped the quote would also not give it to Tom Pelhem.
    expect(speakerOf(q, 'will not last')).toBe('Pelham');
  });

  it('a misspelling two people named in full could each be ("Velrod": Marta Vlerod, Jon Velrdo) goes to neither', () => {
    const q = extract(
      'Singer Marta Vlerod and drummer Jon Velrdo left the band on Monday.\n\n' +
        '"We wrote the songs in a week," Vlerod said.\n\n' +
        '"Then we threw half of them away," Velrod said.',
    );
    // A person of their own, as "Pelham" above: a stub that dropped the quote would also give it to neither.
    expect(speakerOf(q, 'threw half of them away')).toBe('Velrod');
  });

  it('only a swap of neighbouring letters, from five letters on, is one name', () => {
    expect(isSwappedSpelling('keidis', 'kiedis')).toBe(true);
    expect(isSwappedSpelling('smyth', 'smith')).toBe(false);
    expect(isSwappedSpelling('brwon', 'brown')).toBe(true);
    expect(isSwappedSpelling('lee', 'ele')).toBe(false);
    expect(isSwappedSpelling('kudja', 'kujda')).toBe(true);
    expect(isSwappedSpelling('kudja', 'kudja')).toBe(false);
  });
});

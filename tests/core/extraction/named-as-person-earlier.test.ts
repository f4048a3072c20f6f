import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalisedWordsBefore } from '../../../src/core/extraction/joint-speakers.js';
import { extract, speakerOfQuoteStarting } from './helpers.js';

// Every text here is written for these tests; the names are invented (session 42, h-speed43).

/** What `namedAsPersonEarlier` read before session 42: a regex built for each name, its first groups. */
function byRegex(s: string, name: string): string[] {
  return [...s.matchAll(new RegExp(String.raw`(\p{Lu}[\p{L}]*)\.?\s+${name}(?![\p{L}'’-])`, 'gu'))].map((m) => m[1]!);
}

describe('the capitalised word before each earlier mention of a name (no regex built per name)', () => {
  it('given names and titles before the name, in order', () => {
    const s = 'Tom Holt spoke first. Then Dr. Holt left, and Mr  Holt came back; Holtby and Holt-Ray did not.';
    expect([...capitalisedWordsBefore(s, 'Holt')]).toEqual(['Tom', 'Dr', 'Mr']);
    expect([...capitalisedWordsBefore(s, 'Holt')]).toEqual(byRegex(s, 'Holt'));
  });

  it('a word starts at its first capital, runs of the name do not overlap, and a name at the end of the text counts', () => {
    for (const s of ['the iPhone Holt', 'Ann Holt Holt', 'ann Holt Holt', 'McDonald Holt', 'Ödön Holt', 'Ann Holt’s', 'Ann Holt-', 'Ann Holtz', 'Ann. \u00a0Holt', 'Ann.. Holt', 'Ann\n\nHolt'])
      expect([...capitalisedWordsBefore(s, 'Holt')], s).toEqual(byRegex(s, 'Holt'));
    expect([...capitalisedWordsBefore('Ann Hol', 'Hol')]).toEqual(['Ann']);
  });

  it('reads as the regex did on any text of names, spaces, stops, apostrophes, accents and astral letters', () => {
    const pieces = ['Ann', 'ann', 'Holt', 'Holt', 'Dr', 'O’Holt', 'Holtz', 'É', 'é', '𝐀', '𝐚', '\ud835', '.', ' ', '  ', '\u00a0', '\u2009', '\n', '-', "'", '’', 'x', 'Q'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.constantFrom('Holt', 'O’Holt', 'É', 'Ann-Holt'), (parts, name) => {
        const s = parts.join('');
        expect([...capitalisedWordsBefore(s, name)]).toEqual(byRegex(s, name));
      }),
      { numRuns: 3000 },
    );
  });

  it('still tells "said Holt and Foreign Minister Ada Vell" (Holt met before as a person) from one body\'s office', () => {
    const text = 'Port talks\n\nTom Holt arrived in Oslo on Monday.\n\n"We have a deal," said Holt and Foreign Minister Ada Vell.';
    expect(speakerOfQuoteStarting(extract(text), 'We have a deal')).toBe('Tom Holt');
  });
});

import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names and places are invented (docs/EXTRACTION.md, session 35,
// h-attr89): of two people of one surname whose given names say no gender, a courtesy title ("Mr.", "Mrs.", "Ms.")
// goes to the one the article already calls by it, not to the other named just before.
describe('a courtesy title and surname shared by two people', () => {
  it('"Mr. Korsen" stays the man already called so, though a relative of that surname was named last', () => {
    const q = extract(
      'Tavi Korsen opened the mill in Harrowby on Monday.\n\n' +
        '"We start with forty workers," Mr. Korsen said.\n\n' +
        'The land was bought from the estate of his late uncle, Brannoc Korsen.\n\n' +
        '"Orders are already up," Mr. Korsen said.',
    );
    expect(speakerOf(q, 'forty workers')).toBe('Tavi Korsen');
    expect(speakerOf(q, 'Orders are already up')).toBe('Tavi Korsen');
  });

  it('"Ms. Ardal" is the woman already called so, not the son named in the sentence before', () => {
    const q = extract(
      'Ysolde Ardal spoke at the vigil in Penmarrow.\n\n' +
        '"He was kind to everyone," Ms. Ardal said of her son, Corrin Ardal.\n\n' +
        '"I could not speak that night," Ms. Ardal wrote.',
    );
    expect(speakerOf(q, 'could not speak')).toBe('Ysolde Ardal');
  });

  it('with nobody called by the title yet, the title goes to the nearest of that surname', () => {
    const q = extract(
      'Tavi Korsen opened the mill in Harrowby on Monday. His cousin, Brannoc Korsen, runs the ferry.\n\n' +
        '"The river is too low this year," Mr. Korsen said.',
    );
    expect(speakerOf(q, 'river is too low')).toBe('Brannoc Korsen');
  });
});

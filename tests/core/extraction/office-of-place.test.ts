import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';
import { isOfficeOfPlace } from '../../../src/core/extraction/offices.js';

// Session 25 (h-attr55): "the Bishop of Durham", "the Mayor of Lowbridge" after "the" are an office of a place, not a
// person called "Bishop" or "Mayor of Lowbridge"; the holder named in the appositive after it speaks, and the office
// alone is never given to whoever was quoted just before. Texts and names are invented.
describe('a capitalised office of a place after "the"', () => {
  it('the person in the appositive after the office speaks, not "Bishop"', () => {
    const q = extract(
      'The Bishop of Farndale, the Rt Rev Dr Edmund Quarry, described the new film as "tiresome nonsense".\n' +
        'Later the Bishop said the story had "no basis in the records at all".',
    );
    expect(speakerOf(q, 'tiresome nonsense')).toBe('Edmund Quarry');
    // (Found, and the office or its holder: never a person named "Bishop".)
    expect(['the Bishop', 'Edmund Quarry']).toContain(speakerOf(q, 'no basis in the records'));
  });

  it('an office of a place alone is a description, not a name', () => {
    const q = extract('Title\n\nThe Mayor of Lowbridge said: "We will rebuild the harbour wall before the winter."');
    expect(speakerOf(q, 'rebuild the harbour wall')).not.toBe('Mayor of Lowbridge');
    expect(speakerOf(q, 'rebuild the harbour wall')).toMatch(/^the Mayor of Lowbridge$/i);
  });

  it('is not given to the person quoted just before it', () => {
    const q = extract(
      '"It was a difficult winter," said Hester Vane, who wrote a history of the town.\n' +
        'The Archbishop of Wexmoor said: "I am glad that they have chosen to marry in the spring."',
    );
    expect(speakerOf(q, 'It was a difficult winter')).toBe('Hester Vane');
    expect(speakerOf(q, 'chosen to marry')).toMatch(/^the Archbishop of Wexmoor$/i);
  });

  it('a family name that is also an office stays a name', () => {
    const q = extract('"We are pleased with the results this year," said Julie Bishop of the Perth office.');
    expect(speakerOf(q, 'pleased with the results')).toBe('Julie Bishop');
  });

  // Session 26 review: the description-level check reads the words as the name reader does (one predicate); the
  // regex it replaced also took a body ("Bank of England ...") for an office.
  it('the description check is the name reader\'s: an office word, "of" and a place', () => {
    expect(isOfficeOfPlace('The Archbishop of Wexmoor')).toBe(true);
    expect(isOfficeOfPlace('the Mayor of Lowbridge')).toBe(true);
    expect(isOfficeOfPlace('The Bank of Farndale')).toBe(false);
    expect(isOfficeOfPlace('Bank of Farndale governor Hester Vane')).toBe(false);
    expect(isOfficeOfPlace('the Mayor of Julie Bishop')).toBe(false);
  });
});

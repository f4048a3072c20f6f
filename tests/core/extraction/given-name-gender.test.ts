import { describe, expect, it } from 'vitest';
import { genderOfGivenName } from '../../../src/core/extraction/lexicon/index.js';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names and places are invented (docs/EXTRACTION.md, eighth pass,
// h-attr10): a given name that says a gender tells two people of one surname apart, and weighs against "he" or
// "she" pointing to a person of the other gender.
describe('the gender a given name says', () => {
  it('knows common given names of one gender and leaves names used for both unknown', () => {
    expect(genderOfGivenName('Helen')).toBe('f');
    expect(genderOfGivenName('george')).toBe('m');
    expect(genderOfGivenName('Jordan')).toBeUndefined();
    expect(genderOfGivenName('Kelly')).toBeUndefined();
  });

  it('"Mrs. Marsh" is the woman of two people of that surname, though the man was named last', () => {
    const q = extract(
      'Helen Marsh is running for mayor of Dunmore. Her husband, Thomas Marsh, runs the bakery on the square.\n\n' +
        '"We will fix the roads before winter," Mrs. Marsh said.',
    );
    expect(speakerOf(q, 'fix the roads')).toBe('Helen Marsh');
  });

  it('"Mr. Hale" is the man, though the woman of that surname was named last', () => {
    const q = extract(
      'George Hale flew in on Saturday. The chairs in Emma Hale\'s study were new.\n\n' +
        '"It is like a new house," Mr. Hale said.',
    );
    expect(speakerOf(q, 'like a new house')).toBe('George Hale');
  });

  it('"she said" is not the man named last when a woman of the story spoke just before', () => {
    const q = extract(
      '"It will never carry a lorry," said Anna Oduya, who chairs the residents group. Robert Kane, the engineer, ' +
        'shook his head. "It was built for buses," she said.',
    );
    expect(speakerOf(q, 'built for buses')).toBe('Anna Oduya');
  });

  it('"She says he is ..." and "He says she is ...": each pronoun goes to the person of its gender', () => {
    const q = extract(
      'The race for mayor is between Ann Price and Tom Field. His instincts are as rash as hers are cautious. ' +
        'She says he is "unqualified to lead the city." He says she is "unfit to serve."',
    );
    expect(speakerOf(q, 'unqualified to lead')).toBe('Ann Price');
    expect(speakerOf(q, 'unfit to serve')).toBe('Tom Field');
  });
});

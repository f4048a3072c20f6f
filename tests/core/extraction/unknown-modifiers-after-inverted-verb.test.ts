import { describe, expect, it } from 'vitest';
import { extract, speakerOfQuoteStarting as speakerOf } from './helpers.js';

// Session 35 (h-attr87). Every text is written for these tests; names and bodies are invented. After an inverted
// speech verb ('"...," said X'), two lower-case words the role lexicon does not know ("retired neurosurgeon",
// "planetary geologist", "asbestosis sufferer") before a name describe that name, as one such word or a known role
// word already did; before, the first unknown word ended the subject and the quote had no speaker at all. After a
// body's or a person's name, such words before a full name ("said Harrow biographer Tam Brisk") are that person's
// office; before, the name written first spoke.
describe('unknown describing words between an inverted speech verb and the name', () => {
  it('"said retired neurosurgeon NAME": the named person speaks', () => {
    const qs = extract('The clinic reopened on Monday. "I am not going to call it a mistake, so forget about it," said retired neurosurgeon Dov Harkins.');
    expect(speakerOf(qs, 'I am not going to call it')).toBe('Dov Harkins');
  });

  it('"said planetary geologist NAME of BODY": the person, not the body, speaks', () => {
    const qs = extract('"Organic matter matters for life under the ice," said planetary geologist Rhea Lund of Velmora Space Laboratory.');
    expect(speakerOf(qs, 'Organic matter matters')).toBe('Rhea Lund');
  });

  it('"according to market analysts BODY": the named body, not the description, is the source', () => {
    const qs = extract('Sales of the console have tripled since launch, according to market analysts Trendwell.');
    expect(speakerOf(qs, 'Sales of the console')).toBe('Trendwell');
  });

  it('the same sentence with one unknown word, or a known role word, reads the same speaker', () => {
    const one = extract('"We are getting there," said neurosurgeon Dov Harkins.');
    const known = extract('"We are getting there," said retired surgeon Dov Harkins.');
    const two = extract('"We are getting there," said retired neurosurgeon Dov Harkins.');
    expect(speakerOf(one, 'We are getting there')).toBe('Dov Harkins');
    expect(speakerOf(two, 'We are getting there')).toBe(speakerOf(known, 'We are getting there'));
  });

  it('"said BODY unknown-office FULL NAME": the person speaks, not the body written before the office', () => {
    const qs = extract('"Construction started without approval," said Velmora Space Agency planetary geologist Rhea Lund.');
    expect(speakerOf(qs, 'Construction started')).toBe('Rhea Lund');
    const qs2 = extract('"The band was never tidy," said Harrow biographer Tam Brisk.');
    expect(speakerOf(qs2, 'The band was never tidy')).toBe('Tam Brisk');
  });

  it('"said PERSON unknown-noun FULL NAME": the second, full name speaks, not the person it is the ally of', () => {
    const qs = extract('Senator Ada Holt spoke on Monday. "Ada is a longtime friend of mine," said Holt ally Rory Bexton.');
    expect(speakerOf(qs, 'Ada is a longtime friend')).toBe('Rory Bexton');
  });

  it('lower-case words with no name after them name nobody: no speaker is made up', () => {
    const qs = extract('"We are getting there," said hospital staff in the city.');
    expect(speakerOf(qs, 'We are getting there')).not.toBe('City');
    const qs2 = extract('The port reopened. "We are getting there," said last year the owner.');
    expect(speakerOf(qs2, 'We are getting there')).not.toMatch(/^[A-Z]/);
  });
});

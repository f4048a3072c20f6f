import { describe, expect, it } from 'vitest';
import { extract, quoteStarting } from './helpers.js';

// Session 36 (h-attr90). Every text is written for these tests; names and bodies are invented. Words written before a
// name that describe the person but hold no word of the role lexicon ("planetary geologist", "Quayside co-host",
// "Harrow biographer", "England lock") were read as the name's description and then dropped: the speaker was right
// and the role null. They are now the role, as "State Department spokesman" always was.
const roleOf = (text: string, words: string): string | null | undefined => {
  const q = quoteStarting(extract(text), words);
  return q ? (q.speaker?.role ?? null) : undefined;
};
const speakerOf = (text: string, words: string): string | null | undefined => {
  const q = quoteStarting(extract(text), words);
  return q ? (q.speaker?.name ?? null) : undefined;
};

describe('describing words before a name are its role', () => {
  it('after an inverted verb: "mused Quayside co-host Ted Varnell"', () => {
    const t = '"Imagine the two of them on one stage," mused Quayside co-host Ted Varnell on his radio show.';
    expect(speakerOf(t, 'Imagine the two')).toBe('Ted Varnell');
    expect(roleOf(t, 'Imagine the two')).toBe('Quayside co-host');
  });

  it('a body, unknown modifiers and a person noun: "said Velmora Space Agency planetary geologist Rhea Lund"', () => {
    const t = '"Construction started without approval," said Velmora Space Agency planetary geologist Rhea Lund.';
    expect(speakerOf(t, 'Construction started')).toBe('Rhea Lund');
    expect(roleOf(t, 'Construction started')).toBe('Velmora Space Agency planetary geologist');
  });

  it('a person\'s name and a relation noun: "said Holt ally Rory Bexton"', () => {
    const t = 'Senator Ada Holt spoke on Monday. "Ada is a longtime friend of mine," said Holt ally Rory Bexton.';
    expect(roleOf(t, 'Ada is a longtime friend')).toBe('Holt ally');
  });

  it('before the verb: "Harrow biographer Tam Brisk said" and "Dunmore lock Evan Price said"', () => {
    expect(roleOf('Harrow biographer Tam Brisk said: "The band was never tidy."', 'The band was never tidy')).toBe('Harrow biographer');
    expect(roleOf('Dunmore lock Evan Price said: "We were poor in the scrum."', 'We were poor')).toBe('Dunmore lock');
  });

  it('an agent noun the lexicon does not list: "said retired neurosurgeon Dov Harkins"', () => {
    const t = '"We are getting there," said retired neurosurgeon Dov Harkins.';
    expect(roleOf(t, 'We are getting there')).toBe('retired neurosurgeon');
  });

  it('a known role word is read as before: "said retired surgeon Dov Harkins"', () => {
    expect(roleOf('"We are getting there," said retired surgeon Dov Harkins.', 'We are getting there')).toBe('retired surgeon');
  });

  it('words of the sentence, an adverb, a comparative or a kind of body are no role', () => {
    expect(roleOf('"We are getting there," said simply Tom Hale.', 'We are getting there')).toBeNull();
    expect(roleOf('In a speech Tom Hale said: "We are getting there."', 'We are getting there')).toBeNull();
    expect(roleOf('"We are getting there," said the younger Tom Hale.', 'We are getting there')).toBeNull();
    const body = 'Shares rose on Monday. "We are getting there," said lender Dunmore Credit.';
    expect(roleOf(body, 'We are getting there')).not.toBe('lender');
  });
});

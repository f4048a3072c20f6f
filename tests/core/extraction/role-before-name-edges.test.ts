import { describe, expect, it } from 'vitest';
import { extract, roleOfQuoteStarting, speakerOfQuoteStarting } from './helpers.js';

// Session 37 (h-attr93). Every text is written for these tests; names, shows and bodies are invented. The words read
// back from a name as its role ran over the sentence's own verb ("His comments came as President NAME" stored as the
// role), stopped at a number's thousands separator ("000 metres champion") and at the "'s" of a title that opens
// with a contraction ("Life host" for "That's Life host").
const roleOf = (text: string, words: string): string | null | undefined => roleOfQuoteStarting(extract(text), words);
const speakerOf = (text: string, words: string): string | null | undefined => speakerOfQuoteStarting(extract(text), words);

describe('the role before a name ends at the sentence\'s verb', () => {
  it('"His comments came as President Arlo Venn said": the office, not the clause', () => {
    const t = 'Talks ended on Friday. His comments came as President Arlo Venn said the plan was "ready to go".';
    expect(speakerOf(t, 'ready to go')).toBe('Arlo Venn');
    expect(roleOf(t, 'ready to go')?.toLowerCase()).toBe('president');
  });

  it('"His broadside came as ex-Foreign Secretary Rob Crane said": a prefixed office stays whole', () => {
    const t = 'Mr Hale attacked the plan. His broadside came as ex-Foreign Secretary Rob Crane said it was "doomed".';
    expect(speakerOf(t, 'doomed')).toBe('Rob Crane');
    expect(roleOf(t, 'doomed')).toBe('ex-Foreign Secretary');
  });

  it('"the club have won ... but Chairman Ron Teal said": a clause before the office is no role', () => {
    const t = 'Dunmore have won only two of their last ten games but Chairman Ron Teal said he was "not worried".';
    expect(speakerOf(t, 'not worried')).toBe('Ron Teal');
    expect(roleOf(t, 'not worried')?.toLowerCase()).toBe('chairman');
  });

  it('"he is also the most able candidate Hale argues": words after "is" describe the subject, not the name', () => {
    const t = 'Pell is right on the issues, and he is also the most able candidate Hale argues. "He is our best bet," Hale said.';
    expect(roleOf(t, 'He is our best bet')).toBeNull();
  });
});

describe('the role before a name runs over a number and a title\'s contraction', () => {
  it('"Two-time Olympic 10,000 metres champion Dina Toleva said": the whole number', () => {
    const t = 'Two-time Olympic 10,000 metres champion Dina Toleva said she was "ready to race again".';
    expect(speakerOf(t, 'ready to race again')).toBe('Dina Toleva');
    expect(roleOf(t, 'ready to race again')).toBe('Two-time Olympic 10,000 metres champion');
  });

  it('"That\'s Life host Mara Quell said": the title is no possessive', () => {
    const t = 'The show began in 1990. That\'s Life host Mara Quell said the format was "a gift to viewers".';
    expect(speakerOf(t, 'a gift to viewers')).toBe('Mara Quell');
    expect(roleOf(t, 'a gift to viewers')).toBe("That's Life host");
  });
});

import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; names and places are invented (docs/EXTRACTION.md, eighth pass,
// h-attr10): "state" and "states" are nouns far more often than speech verbs, so as cues they count only beside a
// quote or before "that", like "comment" and "tweet".
describe('"state" as a noun is no cue', () => {
  it('"Vermont state delegate Mary Lune, ..., said": no quote "delegate Mary Lune ..." read after "state"', () => {
    const q = extract('Vermont state delegate Mary Lune, clad in a blue coat, said the meeting could fail if nobody came.');
    expect(quoteWith(q, 'delegate Mary Lune')).toBeUndefined();
    expect(speakerOf(q, 'the meeting could fail')).toBe('Mary Lune');
  });

  it('"the Russian state bank lent ...", "neighbouring states": no reported speech', () => {
    expect(extract('The Russian state bank lent the mill $6m to help it buy the new presses.')).toEqual([]);
    expect(extract('Pay in Dunmore is below the average of neighbouring states like Ardell and Brisk.')).toEqual([]);
  });

  it('"The rule states that ...": a that-clause still makes it a cue', () => {
    const q = extract('The rule states that the council can borrow only to invest in roads.');
    expect(quoteWith(q, 'the council can borrow only to invest')).toBeDefined();
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';
import type { ExtractedQuote } from '../../../src/core/extraction/model.js';

/** The reported clause (indirect quote) whose text is exactly `words`, or undefined. */
function clause(quotes: readonly ExtractedQuote[], words: string): ExtractedQuote | undefined {
  return quotes.find((q) => q.kind === 'indirect' && q.text === words);
}

// Detection recall (issue 13): reported speech and quotes the reader used to miss, one class per case, each on a
// text written for it.
describe('reported speech before a final cue', () => {
  it('finds the clause before "Mr. X said" (an abbreviation full stop inside the subject)', () => {
    const q = extract('Nora Vance runs the depot. Repairs are slower in frozen ground, Ms. Vance said.');
    expect(clause(q, 'Repairs are slower in frozen ground')?.speaker?.name).toBe('Nora Vance');
  });

  it('finds the clause before "Sen. X said"', () => {
    const q = extract('The convoy reached the border before dawn, Sen. Ada Cole said.');
    expect(clause(q, 'The convoy reached the border before dawn')?.speaker?.name).toBe('Ada Cole');
  });
});

describe('"according to" sources', () => {
  it('finds the clause before "according to" a document at the end of the sentence', () => {
    const q = extract('The mayor skipped the opening ceremony, according to a leaked memo.');
    const c = clause(q, 'The mayor skipped the opening ceremony');
    expect(c?.speaker?.name.toLowerCase()).toBe('a leaked memo');
    expect(c?.speaker?.anonymous).toBe(true);
  });

  it('keeps a source that names nobody as an unnamed source', () => {
    const q = extract('According to early figures from the county tally, turnout fell in every ward.');
    const c = clause(q, 'turnout fell in every ward');
    expect(c?.speaker?.anonymous).toBe(true);
  });

  it('reads no source in "according to plan"', () => {
    const q = extract('The launch went according to plan.');
    expect(q.filter((x) => x.kind === 'indirect')).toEqual([]);
  });
});

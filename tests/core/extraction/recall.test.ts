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

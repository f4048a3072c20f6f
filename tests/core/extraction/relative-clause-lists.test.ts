import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Issue 13, session 29 (h-attr65): a name inside a relative clause that runs on over a list or past a bracket is what
// the clause speaks of, never the speaker. Every text here is written for these
// tests; names, places and bodies are invented.
describe('a relative clause that runs on over a list or a bracket', () => {
  it('the body before "which includes A, B and C" speaks, not the last of the list', () => {
    const q = extract(
      'The Harbour Alliance, which includes the Tide Society, Age Concern and the Kelby Rowing Club, said misunderstandings over the plan had to be cleared up.',
    );
    expect(speakerOf(q, 'misunderstandings')).toBe('Harbour Alliance');
  });

  it('a bracketed acronym inside the clause does not speak', () => {
    const q = extract(
      "Fennick Holdings, which claims to represent owners of 5% of Brenmoor Bank's (BB) shares, has complained that the offer is too high.",
    );
    expect(speakerOf(q, 'too high')).toBe('Fennick Holdings');
  });

  it('a finite verb after the clause ends it: the name before the verb still speaks', () => {
    const q = extract('The plan, which Tory MPs and Ada Voss oppose, is dead, Lee Brand said.');
    expect(speakerOf(q, 'is dead')).toBe('Lee Brand');
  });
});

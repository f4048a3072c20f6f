import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Session 26 (h-attr57): "Only the Liberal Democrats stood against the war, he said" gave the party the words of the
// man quoted. A name first written after "the" is no person's; when it is the likeliest referent of "he" / "she",
// the quote gets no speaker, and no other body takes its place (session 25's form fell back to another party). Texts
// and names are invented.
describe('"he" whose likeliest referent is a thing written after "the" abstains', () => {
  it('the party written after "the" is no "he"', () => {
    const q = extract(
      'The leader spoke in Leeds on Monday.\nOnly the Harbour Democrats stood against the war, he said. ' +
        '"If you voted Green in 2001, what good did it do you?" he said.',
    );
    expect(speakerOf(q, 'what good did it do you')).not.toBe('Harbour Democrats');
  });

  it('a person named before is still read as "he"', () => {
    const q = extract('Tobias Renwick spoke in Leeds on Monday. "If you voted Green in 2001, what good did it do you?" he said.');
    expect(speakerOf(q, 'what good did it do you')).toBe('Tobias Renwick');
  });
});

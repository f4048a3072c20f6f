import { describe, expect, it } from 'vitest';
import { speakerOf, extractDirect } from './helpers.js';

// Every text here is written for these tests; people, events and bodies are invented (docs/EXTRACTION.md, "Issue 13,
// seventeenth pass: an event, a ground or a team is nobody's he or she", lead).

const direct = extractDirect;

describe('an event, a ground or a team named by a capitalised run is no person', () => {
  it('"X spent World War II in ..." then "she said" is X, not the war', () => {
    const q = direct('Marta Velli danced for forty years. Marta Velli spent World War II in Lisbon, where she played to huge crowds. She retired in 1960, an "instant decision" she said.');
    expect(speakerOf(q, 'instant decision')).toBe('Marta Velli');
  });

  it('"he said" after a team named in full goes to the manager, not the team', () => {
    const q = direct('Tom Brandt was pleased with the draw. His side will meet Harwick Rovers next month. "We have got our work cut out," he said.');
    expect(speakerOf(q, 'We have got our work cut out')).toBe('Tom Brandt');
  });

  it('a body\'s short name is not the event named after it ("Kelpa said" is not "the Kelpa Awards")', () => {
    const q = direct('The Kelpa Awards were handed out on Tuesday. Kelpa said the "significant feature" of this year was the number of new games.');
    expect(speakerOf(q, 'significant feature')).toBe('Kelpa');
  });

  it('(guard) a person whose name opens like a place keeps the pronoun ("New Yorker Dan Morrow ... he said")', () => {
    const q = direct('The strategist New Yorker Dan Morrow has advised three campaigns. "The internet will decide it," he said.');
    // Since session 23 (h-attr44) "New Yorker" before a name is a demonym and goes to the role.
    expect(speakerOf(q, 'The internet will decide it')).toBe('Dan Morrow');
  });
});

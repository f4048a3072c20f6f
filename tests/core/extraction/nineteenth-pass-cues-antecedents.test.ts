import { describe, expect, it } from 'vitest';
import { speakerOf, extractDirect } from './helpers.js';

// Every text here is written for these tests; people, places and bodies are invented (docs/EXTRACTION.md, "Issue 13,
// nineteenth pass: cues and antecedents", h-attr33).

const direct = extractDirect;

describe('a bare given name the article writes with a title elsewhere is a person for the pronouns after', () => {
  it('"the real Prince Rupert ... Rupert doesn\'t remember ... "...," he said." is Rupert, not the full name before', () => {
    const q = direct('The real Prince Rupert was busy distancing himself from the banker Jeffrey Dunmore.\n\nIn an interview about Jeffrey Dunmore, the presenter pressed him hard.\n\nRupert does not remember the party, but he remembers the restaurant. "Going out to dinner is an unusual thing for me to do," he said.');
    expect(speakerOf(q, 'Going out to dinner')).toBe('Rupert');
  });

  it('(guard) a bare word written after a title but no given name ("Premier Rugby ... Rugby union has") is no person', () => {
    const q = direct('Coach Andy Rollins spoke after the match, sponsored by Premier Rugby.\n\nRugby union has become far more physical since the game went professional. "We need an audit of injuries," he said.');
    expect(speakerOf(q, 'We need an audit')).toBe('Andy Rollins');
  });
});

describe('an office whose principal is a possessor ("President Castro\'s chief aide") binds only to one who serves that principal', () => {
  it('"President Dorado\'s chief aide said ... "economic aggression"" is not the analyst named next', () => {
    const q = direct('In a broadcast announcing the tax, President Dorado\'s chief aide said it was needed because of "economic aggression" by its neighbours.\n\nA leading expert says the plan is a desperate measure. "I think it is primarily an effort to raise some cash," says Jose Marrero, head of strategy at Fenwick Capital.');
    expect(speakerOf(q, 'economic aggression')).toBe("President Dorado's chief aide");
    expect(speakerOf(q, 'I think it is primarily')).toBe('Jose Marrero');
  });

  it('(guard) "President Vale\'s spokesman said ..." still binds to the one named next as a spokesman for Vale', () => {
    const q = direct('President Vale\'s spokesman said the vote was "a farce and a scandal" and would be challenged.\n\n"We will appeal at once," said Ed Crane, a spokesman for President Vale.');
    expect(speakerOf(q, 'a farce and a scandal')).toBe('Ed Crane');
  });
});

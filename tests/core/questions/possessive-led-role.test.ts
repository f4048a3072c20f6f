import { describe, expect, it } from 'vitest';
import { shapeQuestion } from '../../../src/core/questions/intent.js';

/**
 * "what did X's OFFICE say": a possessive leads a description as "the" does, so the phrase may run past six words
 * (session 26, h-qa59). "Bank of Arden's head of rates strategy" is seven: cut off, the whole question became topic
 * words and the bank's name among them was taken for the speaker, whose own lines answered for its strategist.
 */
describe('a possessive-led role after "what did"', () => {
  it('reads a seven-word possessive role as the speaker phrase', () => {
    const s = shapeQuestion("what did Bank of Arden's head of rates strategy say about the governor's speech");
    expect(s.speakerPhrase).toBe("Bank of Arden's head of rates strategy");
    expect(s.rest).toBe("the governor's speech");
    expect(s.speakerExplicit).toBe(true);
  });

  it('reads a plural possessive alike', () => {
    expect(shapeQuestion("what did the Rovers' assistant manager for youth development and scouting say about the draw").speakerPhrase).toBe(
      "the Rovers' assistant manager for youth development and scouting",
    );
    expect(shapeQuestion("what did Marsh Rovers' assistant manager for youth and scouting say about the draw").speakerPhrase).toBe(
      "Marsh Rovers' assistant manager for youth and scouting",
    );
  });

  it('keeps six words for a phrase with no possessive in its first four words', () => {
    expect(shapeQuestion('what did big green party bus driver man Jo say about the tour').speakerPhrase).toBeUndefined();
    expect(shapeQuestion("what did one two three four five's big man say about the tour").speakerPhrase).toBeUndefined();
  });
});

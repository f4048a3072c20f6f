import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 23 (h-attr45): a second speaker inside one paragraph. A quote was given to the person of the next
 * sentence's cue, or carried from an earlier quote past another person's reported speech.
 */
describe('a quote its own colon cue introduces', () => {
  it('"X told MPs: "... ." Y said CLAUSE": the quote is X\'s, not the next sentence\'s speaker\'s', () => {
    const qs = extract(`Ms Harrow told councillors: "Nothing will stop this town from getting its new bridge." Councillor Tom Pell, who backs Mr Reid's plan for a ferry, said the bridge had been rushed.`);
    expect(speakerOf(qs, 'new bridge')).toBe('Harrow');
  });

  it('also after a long appositive the splitter does not read past', () => {
    const qs = extract(`Edna Voss, a farmer, said: "The river has never been this high." Karl Brandt, director of the flood group Dryland, has called on the council to "act now" and send more sandbags.`);
    expect(speakerOf(qs, 'never been this high')).toBe('Edna Voss');
  });

  it('a cue after the quote still speaks when nothing introduced it', () => {
    const qs = extract(`The mood was grim. "The river has never been this high," said Edna Voss.`);
    expect(speakerOf(qs, 'never been this high')).toBe('Edna Voss');
  });
});

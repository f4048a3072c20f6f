import { describe, expect, it } from 'vitest';
import { extract, speakerOfQuoteStarting as speakerOf } from './helpers.js';

// Session 37 (h-attr94). Every text is written for these tests; names are invented. A speech verb whose -ing form is
// no participle cue by itself ("tweeting", "chiding", "quipping") right before a quote, after the main clause and a
// comma, shares the main clause's subject as "saying" does: 'X clashed with Y, chiding him, "..."'. Before, the quote
// had no speaker at all.
describe('a speech participle right before a quote', () => {
  it('"..., chiding him, QUOTE": the main clause\'s subject speaks, not the person chided', () => {
    const qs = extract('The inquiry sat for a week. Rhea Lund clashed with Tomas Brenner during the hearing, chiding him, "What difference does the date make now?"');
    expect(speakerOf(qs, 'What difference does the date make')).toBe('Rhea Lund');
  });

  it('"..., tweeting at him, QUOTE" and "..., quipping: QUOTE"', () => {
    const tweet = extract('Dov Harkins offered a sharp retort on the mogul\'s favourite medium, tweeting at him, "You are not a winner, you are a whiner."');
    expect(speakerOf(tweet, 'You are not a winner')).toBe('Dov Harkins');
    const quip = extract('The mayor of Dunmore, Ola Venn, cut the ribbon on Friday, quipping: "It only took us nine years."');
    expect(speakerOf(quip, 'It only took us nine years')).toBe('Ola Venn');
  });

  it('not without the quote: the participle with a plain object is no cue', () => {
    const qs = extract('Dov Harkins closed the session early, tweeting a photograph of the empty chamber. "We will be back on Monday," said Ola Venn.');
    expect(speakerOf(qs, 'We will be back on Monday')).toBe('Ola Venn');
    expect(qs.filter((q) => q.speaker?.name === 'Dov Harkins')).toHaveLength(0);
  });
});

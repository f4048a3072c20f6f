import { describe, expect, it } from 'vitest';
import { extract, speakerOfQuoteStarting as speakerOf } from './helpers.js';

// Session 39 (h-attr101). Every text is written for these tests; names, clubs and places are invented. A speech verb
// whose subject opens a clause joined by "and" right after a preposition's named object ("... at Green Park and
// Bellini said:") has that name for its subject: the run read back through "and" ("Green Park and Bellini") hid it,
// and the quote went to the sentence's subject, the club.
describe('a speaker opening a clause joined by "and" after a preposition\'s named object', () => {
  const lead = 'Lisbon coach Marco Bellini said his team were looking forward to the tie. ';

  it('"Lisbon beat Porto ... at Green Park and Bellini said:": the coach speaks, not the club', () => {
    const qs = extract(`${lead}Lisbon beat Porto in a shootout after a draw at Green Park and Bellini said: "We are all very happy to return and this gives us great motivation." Bellini said he knew the threat.`);
    expect(speakerOf(qs, 'We are all very happy')).toBe('Marco Bellini');
  });

  it('"against Porto and Bellini said", "at the Green Park and Marco Bellini said"', () => {
    const qs = extract(`${lead}Lisbon beat Porto on penalties against Porto and Bellini said: "It was a hard night for everybody here."`);
    expect(speakerOf(qs, 'It was a hard night')).toBe('Marco Bellini');
    const qs2 = extract(`${lead}Lisbon were held at the Green Park and Marco Bellini said: "We will learn from this one."`);
    expect(speakerOf(qs2, 'We will learn')).toBe('Marco Bellini');
  });

  it('leaves a place or a body joined by "and" after "in", "for" or "of" as one name, with no first clause or a body\'s name', () => {
    // No first clause before the preposition: "police in Norland and Estmark" is one subject.
    const qs = extract('Police in Norland and Estmark said the border would stay open through the winter.');
    expect(speakerOf(qs, 'the border would stay open')).not.toBe('Estmark');
    // "MP for Sleaford and North Dene": the constituency runs on through "and".
    const qs2 = extract('The bill was passed last night, and the Conservative MP for Ashby and North Dene admitted the vote had been close.');
    expect(speakerOf(qs2, 'the vote had been close')).not.toBe('North Dene');
  });

  it('"to ignore the Growth and Opportunity Project report": an infinitive\'s object is no preposition\'s, and "report" no verb there', () => {
    const qs = extract('That statement is a departure from the party\'s usual response, which is to ignore the Growth and Opportunity Project report and the strategy behind it.');
    expect(qs.some((q) => q.speaker?.name === 'Opportunity Project')).toBe(false);
  });
});

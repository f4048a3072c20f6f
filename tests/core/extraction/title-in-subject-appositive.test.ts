import { describe, expect, it } from 'vitest';
import { extract, speakerOfQuoteStarting as speakerOf } from './helpers.js';

// Session 40 (h-attr108). Every text is written for these tests; names are invented. A title quoted at the end of the
// subject's appositive ('Marla Quint, author of "The Quiet Harbour," said, "..."') bounded the verb's clause like a
// quote, and right before the verb made it read as '"...," said X' (inverted, no name after): the quote had no
// speaker, or the speaker of the paragraph before.
describe('a quoted title ending the subject\'s appositive', () => {
  it('"NAME, author of TITLE, said, QUOTE": the name before the appositive speaks', () => {
    const qs = extract('Tobin Reyes backs the plan. Marla Quint, author of "The Quiet Harbour," said, "The town should not build what it cannot keep."');
    expect(speakerOf(qs, 'The town should not build')).toBe('Marla Quint');
  });

  it('"As NAME, ROLE and author of TITLE, put it, QUOTE": not the person named before', () => {
    const qs = extract('Tobin Reyes backs the plan. As Marla Quint, professor of planning at Dunmore and author of "The Quiet Harbour," put it, "The town should not build what it cannot keep."');
    expect(speakerOf(qs, 'The town should not build')).toBe('Marla Quint');
  });

  it('a quote of spoken words right before the verb still inverts it: \'"...," said NAME\'', () => {
    const qs = extract('Tobin Reyes backs the plan. "The sea always wins," said Marla Quint, author of "The Quiet Harbour."');
    expect(speakerOf(qs, 'The sea always wins')).toBe('Marla Quint');
    const spoken = extract('Tobin Reyes backs the plan. Lena Voss, who chairs the board of "Harbour Watch," said the vote was close. "It was a fair fight," said Ada Holt.');
    expect(speakerOf(spoken, 'It was a fair fight')).toBe('Ada Holt');
  });
});

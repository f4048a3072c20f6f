import { describe, expect, it } from 'vitest';
import { extract, quoteStarting } from './helpers.js';

// Session 39 (h-attr101). Every text is written for these tests; the shops and names are invented. After a preposition
// of place a name with "'s" is the preposition's object (a shop or a home named by its owner), so its "'s" is no
// contracted "is" ("Outside Hallam's a spokeswoman said" is not "Hallam is a spokeswoman said"), and the quote stays.
describe('a name with "\'s" after a preposition of place', () => {
  it('"Outside Hallam\'s a spokeswoman said ...": the quote is kept, an unnamed source, not Hallam', () => {
    const qs = extract('The shop in Marwick was flooded on Monday night. Outside Hallam\'s a spokeswoman said the store would reopen on Friday.');
    const q = quoteStarting(qs, 'the store would reopen');
    expect(q).toBeDefined();
    expect(q!.speaker?.name).not.toBe('Hallam');
    expect(q!.speaker?.anonymous).toBe(true);
  });

  it('keeps the contracted "is" of a subject: "Hale\'s a good man, Crane said"', () => {
    const qs = extract('Voters in Marwick like the mayor. "Hale\'s a good man and a fair one," Tom Crane said on Monday.');
    expect(quoteStarting(qs, 'Hale\'s a good man')?.speaker?.name).toBe('Tom Crane');
  });

  it('the capitalised preposition is no word of the name: "Inside Hallam\'s a guard said" names no "Inside Hallam" (review h-rev39b)', () => {
    const qs = extract('The store in Marwick was busy on Monday. Inside Hallam\'s a guard said the crowds were huge. "It was mad," he said.');
    expect(qs.some((q) => q.speaker?.name?.startsWith('Inside'))).toBe(false);
    const named = extract('Inside Hallam\'s a guard stood at the door. "It was mad," said Tom Vell, a shopper. "Really mad," he added.');
    expect(named.map((q) => q.speaker?.name)).toEqual(['Tom Vell', 'Tom Vell']);
  });
});

import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './helpers.js';

/*
 * Session 40 (h-attr110): a family name that is also a title word ("King", "Singer", "Prince", "Bishop") after a
 * courtesy title ("Mr", "Ms.", "Dr") is a person's name. It was read as "Mr" + an office, with no name left, and
 * the quote went out as an unnamed description "Mr King" (anonymous), away from the person the article named.
 * "Mr President" and "the King" stay offices.
 */
describe('a courtesy title before a title word names a person', () => {
  it('"Mr King" after "Colin King" is Colin King, not an anonymous description', () => {
    const qs = extract(`Broadband firm doubles its lines

Colin King, chief executive of Netwave, said demand had grown in rural areas. "We have seen huge demand," said Mr King.

"People want faster lines," Mr King added.`);
    for (const words of ['We have seen huge demand', 'People want faster lines']) {
      const q = quoteWith(qs, words);
      expect(q?.speaker?.name).toBe('Colin King');
      expect(q?.speaker?.anonymous).toBeFalsy();
    }
  });

  it('"Ms. Prince", "Dr Bishop" named only so are people named Prince and Bishop', () => {
    const qs = extract(`Harbour plan divides Carvale

"The harbour will flood," said Ms. Prince, who runs the sailing club.

"We have tested the walls," Dr Bishop said.`);
    const a = quoteWith(qs, 'The harbour will flood');
    expect(a?.speaker?.name).toBe('Ms Prince');
    expect(a?.speaker?.anonymous).toBeFalsy();
    const b = quoteWith(qs, 'We have tested the walls');
    expect(b?.speaker?.name).toMatch(/Bishop$/);
    expect(b?.speaker?.anonymous).toBeFalsy();
  });

  it('"Mr President" is an office one is addressed by, and "the King said" stays the office, unnamed', () => {
    const qs = extract(`Palace speaks on harbour

"Thank you, Mr President," said the envoy.

"The harbour is safe," the King said.`);
    const q = quoteWith(qs, 'The harbour is safe');
    expect(q?.speaker?.anonymous).toBe(true);
    expect(qs.every((x) => !/President$/.test(x.speaker?.name ?? '') || x.speaker?.anonymous)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { describesBody } from '../../../src/core/extraction/gate.js';
import { extract, quoteWith } from './helpers.js';

// Every text here is written for these tests; names and places are invented (docs/EXTRACTION.md, session 32,
// h-attr76): an unnamed description headed by a kind of body is shown as an unnamed organisation.
describe('an unnamed description headed by a body is an organisation', () => {
  it('reads the head of the description', () => {
    expect(describesBody('the watchdog')).toBe(true);
    expect(describesBody('The paper')).toBe(true);
    expect(describesBody('His campaign')).toBe(true);
    expect(describesBody("the Dunmore harbour commissioner's office")).toBe(true);
    expect(describesBody('A Ministry of Harbours spokeswoman')).toBe(false);
    expect(describesBody('a group of fishermen')).toBe(false);
    expect(describesBody('the property developer')).toBe(false);
    expect(describesBody('the mayor')).toBe(false);
  });

  it('"the watchdog said" is an unnamed organisation, "a spokeswoman" a person', () => {
    const q = extract(
      'Harbour fees under review\n\n' +
        'Fees at the port of Dunmore are too high, the watchdog said on Tuesday in its yearly report on the harbours.\n\n' +
        'A spokeswoman for the harbour board said the fees would be looked at again in the spring.',
    );
    const body = quoteWith(q, 'too high');
    expect(body?.speaker?.anonymous).toBe(true);
    expect(body?.speaker?.isOrganisation).toBe(true);
    expect(quoteWith(q, 'looked at again')?.speaker?.isOrganisation).toBeFalsy();
  });

  it('a name that ends in a body head, or is written before one, is shown as an organisation', () => {
    const q = extract(
      'Album of the year\n\n' +
        'Harbour Lights topped the Dunmore Sounds magazine poll. Dunmore Sounds said: "It captured the mood of the town."\n\n' +
        'Velk Weekly Magazine said: "A record nobody expected to love."',
    );
    expect(quoteWith(q, 'captured the mood')?.speaker?.isOrganisation).toBe(true);
    expect(quoteWith(q, 'nobody expected')?.speaker?.isOrganisation).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; the bodies and people are invented (docs/EXTRACTION.md, "Issue 13,
// thirteenth pass: bodies talked about, descriptions resolved", h-attr22).

describe('a body as a plain sentence\'s subject is talked about, for "it added" and "the company"', () => {
  it('"DVX wants ... The company also unveiled ... It added" is DVX, not the regulator quoted before', () => {
    const q = extract(
      'The regulator Telcom said in March that operators such as DVX must offer rivals "real equality of access". Telcom is reviewing the market.\n' +
        'DVX wants lighter regulation in exchange for the changes, and the plan gives DVX a year.\n' +
        'The company also unveiled plans to cut the price of its broadband product by 8%.\n' +
        'It added that it plans to invest heavily in the next five years to build a "new national network".',
    );
    expect(speakerOf(q, 'it plans to invest heavily')).toBe('DVX');
  });

  it('"the airline said" after a plain sentence about the airline is that airline', () => {
    const q = extract(
      'Pell Airways cancelled 60 flights on Friday after a strike by baggage staff.\n' +
        'Pell Airways had to cancel another 40 flights on Saturday, industry officials said.\n' +
        'The airline said it "deeply regrets any inconvenience caused to passengers".',
    );
    expect(speakerOf(q, 'deeply regrets any inconvenience')).toBe('Pell Airways');
  });

  // Guards: they pass without this pass too, and fail when its limits are taken away.
  it('a public body talked about is no "company" ("The Markets Commission had accused TVO ... The company says")', () => {
    const q = extract(
      'TVO said on Monday that it had agreed to pay a fine of $28m.\n' +
        'The Markets Commission had accused TVO of paying an agent in Ostrava, and the Markets Commission will now close the case.\n' +
        'The company says it no longer tolerates such practices.',
    );
    expect(speakerOf(q, 'it no longer tolerates such practices')).not.toBe('Markets Commission');
  });

  it('the subject of a clause reported by another ("The Union was imposing ..., it noted") is no turn of its own', () => {
    const q = extract(
      'The Markets Commission said it had considered the rules foreign firms already meet at home.\n' +
        'The Ostrava Union, in particular, was imposing new reporting standards in 2005, it noted, and the Ostrava Union would check them.',
    );
    expect(speakerOf(q, 'was imposing new reporting standards')).toBe('Markets Commission');
  });
});

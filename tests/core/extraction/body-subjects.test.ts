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

describe('"it said" right after a document of a person\'s spoke is that document, its author\'s words', () => {
  it('"..., his report said. ..., it said." is the report\'s author, not the body that commissioned it', () => {
    const q = extract(
      'There was a tone of urgency in the report, out on Wednesday, by the former Carran prime minister Tomas Verrick. Mr Verrick was commissioned by the Harwell Commission in March to assess the plan.\n' +
        'The plan risks becoming a "synonym for missed objectives and failed promises", his report said.\n' +
        'At risk in the long run is nothing less than the future of the society the region has built, it said.',
    );
    expect(speakerOf(q, 'At risk in the long run')).toBe('Tomas Verrick');
  });

  it('"X wrote in the affidavit. It continued:" is X', () => {
    const q = extract(
      'The case is set out in an affidavit written by Marc Pellan, a detective with the Harwell Police Department. "Lewandski grabbed her arm," Pellan wrote in the affidavit. It continued: "Probable cause exists to charge Lewandski with one count of battery."',
    );
    expect(speakerOf(q, 'Probable cause exists')).toBe('Marc Pellan');
  });

  // Guard: passes without this pass too, and fails when "it" inside a clause ("what it calls") is let through.
  it('"what it calls" after "In her statement, she said" is not her statement', () => {
    const q = extract(
      'Ella Marren was suspended by Pellair in September. In her statement, she said she was taking legal action against the airline. Pellair has declined to say more about what it calls "internal employee matters" in the case.',
    );
    expect(speakerOf(q, 'internal employee matters')).not.toBe('Ella Marren');
  });
});

import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (docs/EXTRACTION.md, seventh
// pass, h-attr7): a person named after a possessor's role speaks, not the possessor.
describe('a name after a possessor\'s role is the speaker', () => {
  it('"said X\'s top foreign policy aide Y": the aide, not X', () => {
    const q = extract(
      'Mary Dalton spoke at the harbour rally on Monday.\n\n' +
        '“This has to be the first time that a candidate has asked for this,” said Dalton’s top foreign policy aide Peter Hollis.',
    );
    expect(speakerOf(q, 'first time that a candidate')).toBe('Peter Hollis');
  });

  it('"said the company\'s chief executive, Y": the appositive name after the possessive role', () => {
    const q = extract(
      'Mary Dalton toured the mill on Friday.\n\n' +
        '"We are holding on, but we are under pressure," said the company\'s chief executive, Robert J. Ferrand.',
    );
    expect(speakerOf(q, 'holding on, but we are under pressure')).toBe('Robert J. Ferrand');
  });

  it('"exhorted X\'s introducer, actress Y": role words on both sides of the comma', () => {
    const q = extract(
      'Mary Dalton closed the rally in Lakeview.\n\n' +
        '"It\'s about time we had a woman running this county," exhorted Dalton\'s introducer, actress Jane Lee Parks.',
    );
    expect(speakerOf(q, 'about time we had a woman')).toBe('Jane Lee Parks');
  });

  it('no role noun before the next name: the possessor stays the speaker', () => {
    const q = extract(
      'Mary Dalton spoke at the harbour rally on Monday.\n\n' +
        '“We will win this,” said Dalton’s campaign on Monday, Peter Hollis having left.',
    );
    expect(speakerOf(q, 'We will win this')).not.toBe('Peter Hollis');
  });
});

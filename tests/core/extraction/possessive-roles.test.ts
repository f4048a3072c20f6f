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

// Invented texts (docs/EXTRACTION.md, session 15 lead: a full name right after a two-word possessor).
describe('"Marston City\'s Ned Quell scored": the person after the possessive is the sentence\'s subject', () => {
  it('a later "he said" goes to the person, not to the two-word club before him', () => {
    const q = extract('Rovers stun the leaders\n\nMarston City\'s Ned Quell scored twice in the second half.\n\n"It was a great night for us," he said.');
    expect(speakerOf(q, 'a great night')).toBe('Ned Quell');
  });

  it('a role between the possessive and the name: the person speaks ("Dunmore\'s Prime Minister Ada Brenner ..., adding that")', () => {
    const q = extract('Wedding news\n\nDunmore Isle\'s Prime Minister Ada Brenner also sent her congratulations, adding that the marriage was a "sensible and happy step".');
    expect(speakerOf(q, 'sensible and happy step')).toBe('Ada Brenner');
  });

  it('a title after the possessive is no person ("Marston City\'s Flying Without Wings")', () => {
    const q = extract('Chart news\n\nMarston City\'s Flying Without Wings topped the chart last week.\n\n"It has been a great year for the band," he said.');
    expect(speakerOf(q, 'a great year for the band')).not.toBe('Without Wings');
  });
});

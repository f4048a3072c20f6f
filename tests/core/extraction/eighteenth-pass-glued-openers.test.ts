import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Issue 13, item 1 (session 18, h-attr32): a capitalised word opening a sentence is no part of the name after it.
// Every text here is invented; people, towns and teams are made up.

describe('a sentence-opening word glued to a name', () => {
  it('"(See Voss\'s timeline below.)" after "Jared Voss": Voss is Jared Voss', () => {
    const q = extract(
      'Rally diary\n\n' +
        'Jared Voss went to the rally to see the crowd. (See Voss\'s full timeline of the rally below.) Voss, a ' +
        'creative writing teacher, said he holds his roots dear. "I know these people," Voss said.',
    );
    expect(speakerOf(q, 'I know these people')).toBe('Jared Voss');
  });

  it('"Outside Marrow\'s shop" after "Lena Marrow": Marrow is Lena Marrow, not "Outside Marrow"', () => {
    const q = extract(
      'Lena Marrow opened the bakery just outside the station in 1998. Outside Marrow\'s shop, a queue formed at dawn.\n\n' +
        '"We sell out every single day," Marrow said.',
    );
    expect(speakerOf(q, 'We sell out every single day')).toBe('Lena Marrow');
  });

  it('"Wing Pierre Laval says": the name is Pierre Laval, and "Laval" is him', () => {
    const q = extract(
      'Laval backs his side\n\n' +
        'Wing Pierre Laval says the side can win the title. "We can beat anyone," said Laval, who plays on the ' +
        'wing for the club.',
    );
    expect(speakerOf(q, 'We can beat anyone')).toBe('Pierre Laval');
  });
});

describe('an appositive written without its commas', () => {
  it('"Dr Lem Farrow games director at audio firm Zentrix told": Farrow speaks, not the firm', () => {
    const q = extract(
      '"Every game will be playable in HD," Dr Lem Farrow games director at audio firm Zentrix told reporters.',
    );
    expect(speakerOf(q, 'Every game will be playable')).toBe('Lem Farrow');
  });

  it('"Dr Ada Quorn head of exploration said": the name is Ada Quorn, the rest is her role', () => {
    const q = extract('"This field needs more drilling," Dr Ada Quorn head of exploration said.');
    expect(speakerOf(q, 'This field needs more drilling')).toBe('Ada Quorn');
  });
});

describe('a sea or an ocean is nobody\'s "he"', () => {
  it('"he told" goes to the chairman named before, not to the sea named in the paragraph before', () => {
    const q = extract(
      'Talks on energy\n\n' +
        'The pact was signed at a meeting between Norvex Oil chairman Tam Brule and the petroleum minister Ravi Dutt.\n\n' +
        'Norvex could invest in fields in the far north and may also bid for projects in the Arlan Sea.\n\n' +
        'Demand for gas is growing fast.\n\n' +
        'Norvex\'s Mr Brule said the firms could bid together next year. "Our cash flow is good," he told reporters.',
    );
    expect(speakerOf(q, 'Our cash flow is good')).toBe('Tam Brule');
  });
});

import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Issue 13, items 1-2 (session 19, h-attr34): names, entities and quote boundaries.
// Every text here is invented; people, firms and towns are made up.

describe('amongst, upon, despite, throughout, beyond are prepositions', () => {
  it('"But throughout the summer, members ... They said": "they" are the members', () => {
    const q = extract(
      'Three-quarters of the board voted to back Hale, its chair Rosa Imbert said at the time.\n\n' +
        'But throughout the summer and autumn, members within both guilds criticised the decision. They said the ' +
        'vote was rushed and that support for Drayton would have been higher.',
    );
    expect(speakerOf(q, 'vote was rushed')).toBe('members');
  });

  it('"Beyond the footage, the affidavit said that ...": the affidavit speaks, not the footage', () => {
    const q = extract(
      'The charge against Pell is set out in an affidavit by a detective of the Marlow police.\n\n' +
        'Beyond the security-camera footage, the affidavit cited interviews with witnesses and said that the ' +
        'detective had seen bruises on the arm of the complainant.',
    );
    expect(speakerOf(q, 'had seen bruises')).toBe('the affidavit');
  });
});

describe('a quote glued to the full stop before it', () => {
  it('"... on the red carpet."It\'s loud," he told": the quote opens at the glued mark', () => {
    const q = extract(
      'Dario Fenn is up for best actor. The crowd screamed when Fenn arrived on the red carpet."It\'s unlike ' +
        'anything I have ever seen. It is very loud," he told reporters.',
    );
    expect(speakerOf(q, "It's unlike anything I have ever seen")).toBe('Dario Fenn');
  });

});

describe('trade nouns before an organisation\'s name', () => {
  it('"Shipbuilder Kestrel Yards said": the firm is Kestrel Yards', () => {
    const q = extract(
      'Orders for new ferries fell again last year. Shipbuilder Kestrel Yards Ltd said it would cut 200 jobs at ' +
        'its Tyneside plant, and that "the order book has never been thinner".',
    );
    expect(speakerOf(q, 'the order book has never been thinner')).toBe('Kestrel Yards Ltd');
  });
});

describe('a place inside a role is no speaker', () => {
  it('"Mr Pardew, MP for Stoke-by-Clare, Suffolk, said": Pardew speaks, not Suffolk', () => {
    const q = extract(
      'Tom Pardew defended the magazine he edits.\n\n' +
        'Mr Pardew, MP for Stoke-by-Clare, Suffolk, said the row was "a dispute between the mayor and a reporter".',
    );
    expect(speakerOf(q, 'a dispute between the mayor')).toBe('Tom Pardew');
  });
});

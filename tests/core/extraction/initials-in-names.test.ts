import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Issue 13, session 29 (h-attr65): names with initials stay whole ("J.M. Tolver", "Jock A. Fennimore"), the sentence
// splitter and the name reader agreeing on the initials' full stops. Every text here is written for these
// tests; names, places and bodies are invented.
describe('paired initials open a name, not a sentence end', () => {
  it('"said J.M. Tolver" keeps the initials and the surname together', () => {
    const q = extract(
      '"We have been very aggressive on this issue," said J.M. Tolver, a fellow at the Institute of Tides. "Nobody else has done it."\n' +
        '"This is a disgusting day," said Rep. G.K. Pellow, head of the caucus.\n' +
        '"You would not have had the ranch without him," says J.J. Marrow, an expert on militias.',
    );
    expect(speakerOf(q, 'very aggressive')).toBe('J.M. Tolver');
    expect(speakerOf(q, 'Nobody else')).toBe('J.M. Tolver');
    expect(speakerOf(q, 'disgusting day')).toBe('G.K. Pellow');
    expect(speakerOf(q, 'the ranch')).toBe('J.J. Marrow');
  });

  it('"George H.W. Bardow" is read whole', () => {
    const q = extract('"It was a turning point," said former President George H.W. Bardow, speaking in Dallas.');
    expect(speakerOf(q, 'turning point')).toBe('George H.W. Bardow');
  });

  it('a state or a sentence word after the stop still ends the sentence', () => {
    const q = extract(
      'The meeting was held at the club in Bedminster, N.J. Roger Vantry, the former chairman, said the club was full.\n' +
        'The talks took place in Washington, D.C. He said the deal was close. "We are nearly there," said Ada Brisk.',
    );
    expect(speakerOf(q, 'club was full')).toBe('Roger Vantry');
    expect(speakerOf(q, 'nearly there')).toBe('Ada Brisk');
  });
});

describe('a middle initial that is also a word ("A.", "I.")', () => {
  it('"Jock A. Fennimore" is one name, not "Jock"', () => {
    const q = extract(
      '"We were not happy when it was first announced," said Jock A. Fennimore, head of policy at the Business Council.\n' +
        'Plan A. Then Tom Gell said the plan was sound.',
    );
    expect(speakerOf(q, 'not happy')).toBe('Jock A. Fennimore');
    expect(speakerOf(q, 'plan was sound')).toBe('Tom Gell');
  });
});

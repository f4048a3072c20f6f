import { describe, expect, it } from 'vitest';
import { namesNation } from '../../../src/core/extraction/lexicon/index.js';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; people, clubs and towns are invented (issue 13).
// Session 40 (h-attr105): "the Kiwi said", "the 29-year-old told" stand for one person. When nobody near who took a
// turn fits (the one who spoke is placed elsewhere, or nobody spoke), the description is the person named last before
// it who fits, though named only as an object or a modifier; a country's name is never that person.

describe('a nationality or an age whose person was named only as an object or a modifier', () => {
  it('"the Kiwi said" is the player named in "a Tam Rewi try", not the Scottish referee, and so is his "he exclaimed"', () => {
    const q = extract(
      'The match in Carran was decided by a Tam Rewi try that was ruled out by Scottish referee Ivo Dallan. '
        + 'Dallan said that Rewi was held short, but the Kiwi said he grounded the ball - years later he exclaimed: "I did score that try."',
    );
    expect(speakerOf(q, 'Rewi was held short')).toBe('Ivo Dallan');
    expect(speakerOf(q, 'he grounded the ball')).toBe('Tam Rewi');
    expect(speakerOf(q, 'I did score that try')).toBe('Tam Rewi');
  });

  it('a country\'s name is never the one person a nationality or an age stands for (`namesNation`)', () => {
    expect(namesNation('New Zealand')).toBe(true);
    expect(namesNation('Wales')).toBe(true);
    expect(namesNation('South Africa')).toBe(true);
    // (Names that are also given or family names are left to the cast: "Jordan", "Georgia".)
    expect(namesNation('Jordan')).toBe(false);
    expect(namesNation('Tam Rewi')).toBe(false);
  });

  it('with a country as an earlier subject ("New Zealand won"), "the Kiwi" is still the player', () => {
    const q = extract(
      'New Zealand won 12-3 in Carran, and a late Tam Rewi try was ruled out by Scottish referee Ivo Dallan. '
        + 'Dallan said that Rewi was held short, but the Kiwi said he grounded the ball.',
    );
    expect(speakerOf(q, 'he grounded the ball')).toBe('Tam Rewi');
  });

  it('"the 29-year-old told" is the player just signed, named as the object', () => {
    const q = extract(
      'Kelsby Rovers have signed Lintown winger Petr Somal on loan until the end of the season.\n\n'
        + '"It was an easy choice to make," the 29-year-old told the club website.',
    );
    expect(speakerOf(q, 'It was an easy choice')).toBe('Petr Somal');
  });

  it('leaves the description unnamed when the name follows a "she" of its own sentence ("She will now meet NAME")', () => {
    const q = extract(
      'won in just 56 minutes to reach the fourth round. She will now meet Ada Vellard.\n\n'
        + '"Bring it on," said the 23-year-old.',
    );
    const quote = quoteWith(q, 'Bring it on');
    expect(quote?.speaker?.name).not.toBe('Ada Vellard');
  });

  // Session 40, h-rev40b: among people named only as objects, the one the text states of that nation or age is taken
  // over one named later whose nation or age is not stated.
  it('"the Canadian said" is the Canadian named earlier, not the person of no stated nation named last', () => {
    const q = extract(
      'Rugby\n\nThe coach praised Canadian Tom Reihana after the match. Fans sang for Sam Tane at the end.\n\n'
        + '"We earned that one," the Canadian said.',
    );
    expect(speakerOf(q, 'We earned that one')).toBe('Tom Reihana');
  });

  it('"the 29-year-old said" is the person stated to be 29, not the one named last', () => {
    const q = extract(
      'Rugby\n\nThe coach praised Tom Reihana, 29, after the match. Fans sang for Sam Tane at the end.\n\n'
        + '"We earned that one," the 29-year-old said.',
    );
    expect(speakerOf(q, 'We earned that one')).toBe('Tom Reihana');
  });
});

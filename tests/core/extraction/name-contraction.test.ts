import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/core/extraction/marks.js';
import { tokenize } from '../../../src/core/extraction/tokens.js';
import { castOf } from './helpers.js';

// Every text here is written for these tests; names are invented (issue 13).
// A name's "'s" before "been", "got", "not", "a", "going" ... is "is" / "has" ("Vell's been dropped"): the name is the
// subject of that verb, not an owner (session 38, h-attr98). Before a noun or most -ing words it stays a possessive.

function words(text: string): string[] {
  const spans = findQuoteSpans(text, [{ start: 0, end: text.length }]);
  const byOpen = new Map<number, number>();
  spans.forEach((s, i) => byOpen.set(s.open, i));
  return tokenize(text, 0, text.length, spans, byOpen).map((t) => (t.kind === 'quote' ? '<q>' : t.w));
}

describe('a name\'s "\'s" that stands for "is" or "has"', () => {
  it('reads "has" before a participle of "have" or "go"', () => {
    expect(words("Omar Vell's been dropped and Ana Lisk's got a place.")).toEqual([
      'Omar', 'Vell', 'has', 'been', 'dropped', 'and', 'Ana', 'Lisk', 'has', 'got', 'a', 'place', '.',
    ]);
  });

  it('reads "is" before a negation, an article or "going"', () => {
    expect(words("Vell's not fit. Lisk's a fine player. Brandt's going to stay.")).toEqual([
      'Vell', 'is', 'not', 'fit', '.', 'Lisk', 'is', 'a', 'fine', 'player', '.', 'Brandt', 'is', 'going', 'to', 'stay', '.',
    ]);
  });

  it('keeps the possessive before a noun, an -ing noun and a hyphenated -ing modifier', () => {
    expect(words("Vell's side, Lisk's spending plans and Brandt's going-away party")).toEqual([
      'Vell', "'s", 'side', ',', 'Lisk', "'s", 'spending', 'plans', 'and', 'Brandt', "'s", 'going-away', 'party',
    ]);
  });

  it('leaves pronouns and "Let\'s" as they were', () => {
    expect(words("He's been there. It's a pity. Let's not.")).toEqual([
      'He', "'s", 'been', 'there', '.', 'It', "'s", 'a', 'pity', '.', 'Let', "'s", 'not', '.',
    ]);
  });
});

describe('the subject of "Name\'s been" is no possessor-only candidate of the next pronoun', () => {
  it('gives possessor_only 0 to a person whose only full mention is "Name\'s been"', () => {
    const text = "Coach Ivo Brandt spoke after the draw. Meanwhile Omar Vell's been told he can leave the club. He said";
    const { candidates } = castOf(text).pronounChoice('he', text.length);
    const feats = Object.fromEntries(candidates.map((c) => [c.person.name, c.x.possessor_only ?? 0]));
    expect(feats['Omar Vell']).toBe(0);
  });

  it('still gives possessor_only 1 to a person written "Name\'s side"', () => {
    const text = "Coach Ivo Brandt spoke after the draw. Meanwhile Omar Vell's side lost again. He said";
    const { candidates } = castOf(text).pronounChoice('he', text.length);
    const feats = Object.fromEntries(candidates.map((c) => [c.person.name, c.x.possessor_only ?? 0]));
    expect(feats['Omar Vell']).toBe(1);
  });
});

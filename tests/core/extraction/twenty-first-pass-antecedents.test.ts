import { describe, expect, it } from 'vitest';
import { speakerOf, extractDirect } from './helpers.js';
import { mayBePerson, type Person } from '../../../src/core/extraction/person.js';
import { genderOfAppositive } from '../../../src/core/extraction/stated-traits.js';
import { tokenize } from '../../../src/core/extraction/tokens.js';

// Every text here is written for these tests; people, places and bodies are invented (docs/EXTRACTION.md, "Issue 13,
// twenty-first pass: antecedents and entities", h-attr37).

const direct = extractDirect;

describe('a bare given name opening a sentence before ", who" is a person, for the pronoun after it', () => {
  it('"Maureen, who runs the forum, keeps a diary ... "...," she said." is Maureen, not the author quoted paragraphs before', () => {
    const q = direct('"Nobody plans to play for twelve hours a day," wrote T Wardle, a lecturer who studies online games.\n\nThe letters of relatives can be read on a forum called Lost Evenings. Maureen, who runs the forum, keeps a record of the saddest ones. "I think some people live more of their lives in the game than out of it," she said.');
    expect(speakerOf(q, 'Nobody plans to play')).toBe('T Wardle');
    expect(speakerOf(q, 'I think some people live')).toBe('Maureen');
  });

  it('(guard) a one-word name before ", who" that is no given name ("Ventora, who ...") is not made a person by it', () => {
    const q = direct('"Prices will rise next spring," said Alan Bright, an analyst at Corbel.\n\nVentora, who makes the chips, did not comment. "We expect the shortage to last," he said.');
    expect(speakerOf(q, 'We expect the shortage')).toBe('Alan Bright');
  });
});

describe('a country named "... States", "... Kingdom", "... Republic" is no person a "he" or "she" can point to', () => {
  const person = (name: string): Person => ({ name, words: name.split(' '), surname: name.split(' ').at(-1)!.toLowerCase(), first: name.split(' ')[0]!.toLowerCase(), roles: [], titles: [], org: false, named: [0] });
  it('mayBePerson is false for "United States", "United Kingdom", "Czech Republic", true for a person\'s name', () => {
    expect(mayBePerson(person('United States'))).toBe(false);
    expect(mayBePerson(person('United Kingdom'))).toBe(false);
    expect(mayBePerson(person('Czech Republic'))).toBe(false);
    expect(mayBePerson(person('Rolf Lindqvist'))).toBe(true);
  });

  it('"the minister\'s chief aide said ... the United States\' ... "...," he said." is the aide, not the minister', () => {
    const q = direct('In a radio address, President Moreno\'s chief aide said the new tax was needed because of the United States\' growing "trade hostility". "The levy falls only on imported fuel and will be reviewed within a year," he said.');
    expect(speakerOf(q, 'The levy falls only')).not.toBe('Moreno');
    expect(speakerOf(q, 'The levy falls only')).toMatch(/aide/);
  });
});

describe('an appositive headed by "woman", "man", "mother" ... states the person\'s sex, for the pronouns after', () => {
  const at = (t: string, name: string): 'm' | 'f' | undefined => {
    const ts = tokenize(t, 0, t.length, [], new Map());
    const end = ts.findIndex((x) => x.s >= t.indexOf(name) + name.length);
    return genderOfAppositive(ts, end);
  };
  it('"Corrie Voss, the Leeds woman who heckled him" is a woman; "Tom Hale, a local man," a man; "Pat Rowe, a mother of three," a woman', () => {
    expect(at('He remembers his row with Corrie Voss, the Leeds woman who heckled him.', 'Corrie Voss')).toBe('f');
    expect(at('Tom Hale, a local man, said so.', 'Tom Hale')).toBe('m');
    expect(at('Pat Rowe, a mother of three, said so.', 'Pat Rowe')).toBe('f');
  });

  it('(guard) nothing when the noun goes on into another noun, or no article opens the appositive', () => {
    expect(at('Robin Tate, a mother company adviser, said so.', 'Robin Tate')).toBeUndefined();
    expect(at('Robin Tate, spokesman for the firm, said so.', 'Robin Tate')).toBeUndefined();
    expect(at('Robin Tate, the chairman of the club, said so.', 'Robin Tate')).toBeUndefined();
  });
});

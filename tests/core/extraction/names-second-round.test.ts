import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Issue 13, eleventh pass (h-attr19): a sentence's first word before a given name and a surname is the sentence's
// adjective, verb or position word, not the person's first name. Texts and names are invented.
describe('names, second round', () => {
  it('an adjective, a stage verb or a position word opening the sentence leaves the name', () => {
    const q = extract(
      'Defiant Tom Varrick says he will not quit as Dunmore coach. "I have never walked away from anything," he said.\n' +
        'Enter Stuart K. Pellow, a graduate of the Brelford school. "I am all yours," he tells me.\n' +
        'Fly-half Peter Oskander admitted his kicking let the side down. "I missed three easy ones," Oskander said.',
    );
    expect(speakerOf(q, 'never walked away')).toBe('Tom Varrick');
    expect(speakerOf(q, 'all yours')).toBe('Stuart K. Pellow');
    expect(speakerOf(q, 'three easy ones')).toBe('Peter Oskander');
  });

  it('a hyphenated compound with lower-case parts is no given name, before a rarer given name too', () => {
    const q = extract('Film-maker Zephyrine Holt says the festival is too timid. "Nobody takes a risk any more," she said.');
    expect(speakerOf(q, 'takes a risk')).toBe('Zephyrine Holt');
  });

  it('keeps a rarer given name the text writes again away from a sentence start', () => {
    const q = extract(
      'Norbert Leo Quist said on Friday: "The town has waited a decade for this."\n' +
        'The festival director, Norbert Leo Quist, has run it since the mill closed.',
    );
    expect(speakerOf(q, 'waited a decade')).toBe('Norbert Leo Quist');
  });

  it('keeps a rarer given name that does not open a sentence', () => {
    const q = extract('"The vote counts for nothing," said Cornell William Fayre, president of the Dunmore league.');
    expect(speakerOf(q, 'vote counts for nothing')).toBe('Cornell William Fayre');
  });

  it('a title-cased preposition after a given name is the family name ("said Al From")', () => {
    const q = extract(
      '"We lost three elections in a row," said Tom From, who founded the Dunmore council.\n' +
        'The Bill Of Rights society met on Friday. "Nobody reads it," said Ada Quell.',
    );
    expect(speakerOf(q, 'three elections in a row')).toBe('Tom From');
    expect(speakerOf(q, 'Nobody reads it')).toBe('Ada Quell');
    const r = extract('Tom From said on Monday that "the council will close by spring."');
    expect(speakerOf(r, 'council will close')).toBe('Tom From');
  });
});

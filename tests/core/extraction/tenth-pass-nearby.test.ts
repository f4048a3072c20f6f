import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; people and towns are invented (docs/EXTRACTION.md, "Issue 13, tenth
// pass: the nearby person", h-attr13). Two constructions gave a person named near the quote, or no person at all.

describe('a sentence adverb, a preposition or "I\'m" is no name', () => {
  it('"Regardless, the Harbour Board said ...": the board, not "Regardless"', () => {
    const q = extract('Regardless, the Harbour Board said it found no evidence that the letter was ever sent.');
    expect(speakerOf(q, 'it found no evidence')).toBe('Harbour Board');
  });

  it('"Absent Dunmore\'s plan, ... When Tolver pointed out ..., Ringer seized ...": Dunmore is named, not "Absent Dunmore"', () => {
    const q = extract(
      "Kelsa Ringer and Abel Dunmore met in Corran on Monday. Absent Dunmore's own plan, which he has not published, Ringer pointed to the bills he had filed.\n" +
        'When Tolver pointed out that Dunmore calls it "care for all," Ringer seized upon the phrase.',
    );
    // (The direct quote: since "pointed out that" reports speech, Tolver's clause holds the same words.)
    expect(q.find((x) => x.kind === 'direct' && x.text.includes('care for all'))?.speaker?.name).toBe('Abel Dunmore');
  });

  it('"I\'m old enough to remember Governor Ada Brisk declaring ...": the writer\'s contraction names no one', () => {
    const q = extract('I\'m old enough to remember Governor Ada Brisk going on the radio in 1979, declaring that "the mills will come back."');
    expect(speakerOf(q, 'the mills will come back')).not.toBe("I'm");
  });
});

describe('a US state after a town is a place', () => {
  it('"At a rally in Marston, N.H., on Tuesday, Senator Ada Brisk ... endorsed X, saying ...": the senator', () => {
    const q = extract('At a rally in Marston, N.H., on Tuesday, Senator Ada Brisk of Vermont endorsed Mr. Tolver, saying that he would "make a fine governor."');
    expect(speakerOf(q, 'make a fine governor')).toBe('Ada Brisk');
  });

  it('"a woman in Tallow Creek, Nebraska, told him ...": not the state', () => {
    const q = extract('Mr. Tolver is telling voters he is tough enough after a woman in Tallow Creek, Nebraska, told him she worries he is "too gentle" to win.');
    expect(speakerOf(q, 'too gentle')).not.toBe('Nebraska');
  });

  it('a person of a town ("Tom Quill of Laconia, N.H., stood ...") and a degree ("Kate Marsh, MD") keep their speaker', () => {
    const q = extract('Recently, Tom Quill of Laconia, N.H., stood at a town meeting to say he was leaning toward Mr. Tolver. "He has manners," he said.');
    expect(speakerOf(q, 'He has manners')).toBe('Tom Quill');
    expect(speakerOf(extract('"The study is a real step forward," said Kate Marsh, MD, a doctor in Corran.'), 'real step forward')).toBe('Kate Marsh');
  });
});

import { describe, expect, it } from 'vitest';
import { speakerOf, extractDirect } from './helpers.js';

// Every text here is written for these tests; people, firms and towns are invented (docs/EXTRACTION.md, "Issue 13,
// seventeenth pass: an office held at a body describes the person before it", lead).

const direct = extractDirect;

describe('"NAME, OFFICE at/of/for BODY, said": the person speaks, the body or place ending the office does not', () => {
  it('a capitalised office held "for" a department ("Lord Pell, Minister for Defence Dredging, said")', () => {
    const q = direct('The dredging plan was dropped on Monday. "We are still disappointed with the contractor," Lord Pell, Minister for Defence Dredging, said.');
    expect(speakerOf(q, 'We are still disappointed')).toBe('Lord Pell');
  });

  it('a lower-case office "at" a kind of body with its name ("head of music at rock station Zed FM")', () => {
    const q = direct('Record sales rose in March. "Every track sounded like a single," Nora Quill, head of music at rock radio station Kelpie, said.');
    expect(speakerOf(q, 'Every track sounded')).toBe('Nora Quill');
  });

  it('a capitalised title and a body of several words with no given name ("President Ferrow North America")', () => {
    const q = direct('Ferrow signed the deal on Friday. Rob Dace, President Ferrow North America, says: "By working together we can help hospitals do more."');
    expect(speakerOf(q, 'By working together')).toBe('Rob Dace');
  });

  it('a company suffix after a comma belongs to the body ("for Lindqvist, Inc., says")', () => {
    const q = direct('The alarm system ships next year. Steve Marl, Senior Vice President of Sales for Lindqvist, Inc., says: "Alarm management is a high priority for hospitals."');
    expect(speakerOf(q, 'Alarm management is')).toBe('Steve Marl');
  });

  it('(guard) a title before a one-word surname after a clause is that person ("Unlike Hale, Senator Voss said")', () => {
    const q = direct('The vote was close. "This bill is a mistake," Unlike Hale, Senator Voss said.');
    expect(speakerOf(q, 'This bill is a mistake')).toBe('Voss');
  });

  it('(guard) a role and a person\'s full name after another name between commas is that person', () => {
    const q = direct('The board met on Tuesday. "We will appeal," the chairman of the board, Harriet Ombe, said.');
    expect(speakerOf(q, 'We will appeal')).toBe('Harriet Ombe');
  });
});

import { describe, expect, it } from 'vitest';
import { extract, quoteStarting, speakerOfQuoteStarting } from './helpers.js';

// Session 38 (h-attr96). Every text is written for these tests; names, papers and bodies are invented. An appositive
// after the name that opens with a possessor ("NAME, Mr. Varro's former chief of staff,", "NAME, Tome's Assistant
// Managing Editor,") stated no role: the capitalised-body reader (`bodyOfficeAfterName`) wants the body's own
// capitalised name and a lower-case office, and stopped at the courtesy title's full stop or at the capitalised
// office. The possessor, its mark and the office are now the role, as written.
const roleOf = (text: string, words: string): string | null | undefined => {
  const q = quoteStarting(extract(text), words);
  return q ? (q.speaker?.role ?? null) : undefined;
};
const speakerOf = (text: string, words: string): string | null | undefined => speakerOfQuoteStarting(extract(text), words);

describe('"NAME, POSSESSOR\'s office," states the role', () => {
  it('a courtesy title before the possessor: "Ula Arden, Mr. Varro\'s former national security adviser,"', () => {
    const t = 'Ula Arden, Mr. Varro\'s former national security adviser, spoke at the forum on Tuesday.\n\n"It is a bad deal," Arden said.';
    expect(speakerOf(t, 'It is a bad deal')).toBe('Ula Arden');
    expect(roleOf(t, 'It is a bad deal')).toBe("Mr. Varro's former national security adviser");
  });

  it('a capitalised title of office words: "Sam Jakobs, Tome\'s Assistant Managing Editor,"', () => {
    const t = 'Sam Jakobs, Tome\'s Assistant Managing Editor, explained the pick on air.\n\n"She was the clear choice," Jakobs said.';
    expect(roleOf(t, 'She was the clear choice')).toBe("Tome's Assistant Managing Editor");
  });

  it('capitalised words that are no office state none: "Ned Rook, Marwick\'s Grand Hotel,"', () => {
    const t = 'Ned Rook, Marwick\'s Grand Hotel, was full on Friday.\n\n"We turned people away," Rook said.';
    expect(speakerOf(t, 'We turned people away')).toBe('Ned Rook');
    expect(roleOf(t, 'We turned people away')).toBeNull();
  });

  it('lower-case words that end in no office state none: "Ned Rook, Varro\'s neighbour in the village,"', () => {
    const t = 'Ned Rook, Varro\'s neighbour in the village, was at home.\n\n"We heard nothing," Rook said.';
    expect(roleOf(t, 'We heard nothing')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { castOf } from './helpers.js';
import { extractWithEvidence } from '../../../src/core/extraction/index.js';

// Every text here is written for these tests; names and bodies are invented (issue 13).
// Prominence is the pronoun model's count of the article's mentions of a candidate (full names plus `Person.otherMentions`).

/** The mention count the pronoun model sees for each candidate of `pronoun` at the end of `text`. */
const prominence = (text: string, pronoun: string): Record<string, number> => {
  const cast = castOf(text);
  const { candidates } = cast.pronounChoice(pronoun, text.length);
  return Object.fromEntries(candidates.map((c) => [c.person.name, Math.round(Math.expm1(c.x.prominence ?? 0))]));
};

describe('prominence: every mention of an entity counts', () => {
  it('full names, surnames and title + surname all count for the person', () => {
    const text =
      'Ada Quist opened the depot on Monday. Quist had planned it for years. Ms Quist thanked the staff. ' +
      'Later Ada Quist toured the yard with Boris Lent. He said';
    const p = prominence(text, 'he');
    // (Boris Lent, named once, is the only "he" candidate; Ada Quist is a "she" candidate.)
    expect(p['Boris Lent']).toBe(1);
    expect(prominence(text, 'she')['Ada Quist']).toBe(4);
  });

  it('a title before a surname alone counts ("Councillor Quist", "Dr Quist")', () => {
    const text = 'Ada Quist chairs the board. Councillor Quist voted. Dr Quist left early. Quist returned. She said';
    expect(prominence(text, 'she')['Ada Quist']).toBe(4);
  });

  it('a surname goes to the person of that surname named nearest before it, so two of one surname stay apart', () => {
    const text =
      'Tom Lent runs the mill. Lent hired twelve people. Mia Lent, his sister, keeps the books. Lent said the books balance. ' +
      'Lent added more. She said';
    const she = prominence(text, 'she');
    const he = prominence(text, 'he');
    expect(he['Tom Lent']).toBe(2);
    expect(she['Mia Lent']).toBe(3);
  });

  it('a capitalised word that is nobody\'s surname counts for no one', () => {
    const text = 'Ada Quist spoke in Harbor Town. Tuesday was busy. Brant came later. Quist stayed. She said';
    expect(prominence(text, 'she')['Ada Quist']).toBe(2);
  });

  it('a description bound to a person counts as a mention of that person', () => {
    const text =
      'The plan was announced by spokesman Ivo Brant on Monday.\n' +
      '"We will open in May," the spokesman said.\n' +
      'Nell Orr, a shopkeeper, was pleased.\n' +
      '"It is late," he said.';
    const seen: Record<string, number>[] = [];
    const paragraphs: { start: number; end: number }[] = [];
    let at = 0;
    for (const line of text.split('\n')) { paragraphs.push({ start: at, end: at + line.length }); at += line.length + 1; }
    extractWithEvidence(text, paragraphs, {}, (_q, e) => {
      if (e.pronounCandidates) seen.push(Object.fromEntries(e.pronounCandidates.map((c) => [c.name, Math.round(Math.expm1(c.x.prominence ?? 0))])));
    });
    expect(seen.length).toBeGreaterThan(0);
    // Full name once, "the spokesman" once.
    expect(seen[0]!['Ivo Brant']).toBe(2);
  });
});

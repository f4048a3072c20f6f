import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './helpers.js';

// Session 32 (issue 14, role questions; h-qa72's second piece re-applied alone): the office written before the name
// between a clause and its verb. Every text here is invented.
const roleOf = (text: string, words: string): string | undefined => quoteWith(extract(text), words)?.speaker?.role;

describe('an office written before the name between a clause and its verb', () => {
  it('reads "his top aide, NAME, told" as the office alone', () => {
    const text = 'Despite a run of defeats, Senator Arlo Venn remains in the race, his top aide, Teodor Brisk, told reporters.\n\n"We are nowhere near the end," Brisk said.';
    expect(roleOf(text, 'nowhere near the end')).toBe('top aide');
  });

  it('reads "His lawyer, NAME, told" at a sentence start', () => {
    const text = 'His lawyer, Osric Pellan, told the court the evidence was weak.\n\n"My client is innocent," Pellan said.';
    expect(roleOf(text, 'My client is innocent')).toBe('lawyer');
  });

  it('reads "the firm\'s finance director, NAME, said" after a clause', () => {
    const text = 'Profits at Corran Mills fell, the firm\'s finance director, Mirela Quist, said on Monday.\n\n"It was a hard year," Quist said.';
    expect(roleOf(text, 'It was a hard year')).toBe("firm's finance director");
  });

  it('reads no office after a possessive pronoun when no verb of speech follows the name', () => {
    const text = 'Arlo Venn thanked the voters, his top aide, Teodor Brisk, and the mayor.\n\n"We are nowhere near the end," Brisk said.';
    expect(roleOf(text, 'nowhere near the end')).toBeUndefined();
  });
});

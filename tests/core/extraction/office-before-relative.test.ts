import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './helpers.js';

// Session 32 (issue 14, role questions; h-qa72's third piece re-applied alone): an office right before a relative
// clause after the name ends there. Every text here is invented.
const roleOf = (text: string, words: string): string | undefined => quoteWith(extract(text), words)?.speaker?.role;

describe('an office right before a relative clause after the name', () => {
  it('ends the office at "who" ("NAME, a Republican activist who was campaigning ...")', () => {
    const text = 'Joining him at the meetings was Orrin Vask, a Republican activist who was campaigning for county tax assessor. "He was articulate," Vask said.\n\nTeller Brand, a cyber security expert who has helped investigate some of the biggest breaches, disagreed. "There are management issues," Brand said.';
    expect(roleOf(text, 'He was articulate')).toBe('Republican activist');
    expect(roleOf(text, 'management issues')).toBe('cyber security expert');
  });

  it('cuts only right after the office noun: "the mother of a boy who sails" stays whole', () => {
    const text = 'Fenna Roe, a novelist whose books sell well, spoke first. "I write every day," Roe said.\n\nOrla Pike, the mother of a boy who sails, spoke next. "It is a fine sport," Pike said.';
    expect(roleOf(text, 'I write every day')).toBe('novelist');
    expect(roleOf(text, 'It is a fine sport')).toBe('mother of a boy who sails');
  });
});

describe('an office before the name is not displaced by the office cut before "who" (session 32 mend)', () => {
  it('"Vardan\'s Orvel chairman, NAME, a former county treasurer who just joined ..." keeps the office written first', () => {
    const text = 'Vardan\'s Orvel chairman, Teodor Brisk, a former county treasurer who just signed on to the team last week, said he had not studied the rules.\n\n"The rules are news to me," Brisk said.';
    expect(roleOf(text, 'news to me')).toBe("Vardan's Orvel chairman");
  });
});

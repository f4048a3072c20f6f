import { describe, expect, it } from 'vitest';
import { isStatedRole } from '../../../src/core/extraction/gate.js';
import { extract, quoteWith } from './helpers.js';

// Session 31 (issue 14, role questions): words of the sentence read as a speaker's role, and the office written
// before the name between a clause and its verb. Every text here is invented.

const roleOf = (text: string, words: string): string | undefined => quoteWith(extract(text), words)?.speaker?.role;

describe('a stated role is an office, not a word of the sentence', () => {
  it('refuses sentence adverbs, conjunctions, participle clauses and a bare age', () => {
    for (const r of ['however', 'meanwhile', 'though', 'despite', 'because of the vote', 'suggesting', 'adding', 'exasperated', 'referring to the recent floods', 'seeming to understand the rule', '32']) expect(isStatedRole(r), r).toBe(false);
  });

  it('keeps offices, relations, capitalised descriptions and the words qualifying an office', () => {
    for (const r of ['spokesman', 'managing director', 'acting chairman', 'leading economist at Corran Bank', 'outgoing chief executive', 'former aide', 'brother', 'American', 'Rival']) expect(isStatedRole(r), r).toBe(true);
  });

  it('stores no role for "NAME, however," nor for "said NAME, suggesting that ..."', () => {
    const text = 'Velmar Ferries, however, has said that "the claims are false".\n\n"We will not stop," said Dana Holm, suggesting that the case would fail.';
    expect(roleOf(text, 'the claims are false')).toBeUndefined();
    expect(roleOf(text, 'We will not stop')).toBeUndefined();
  });
});

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

import { describe, expect, it } from 'vitest';
import { isPortfolioWord } from '../../../src/core/extraction/lexicon/index.js';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (session 31: a role's capitalised
// portfolio, "senior vice president, Technology and Intellectual Property", was read as a body that spoke).
describe('a capitalised portfolio written after an office', () => {
  it('"NAME, Body senior vice president, Technology and Intellectual Property, said:": the person speaks, the portfolio is the role\'s', () => {
    const q = extract('Velcorp frees patents\n\nComputer giant Velcorp says 500 of its patents will be released.\n\nIn a statement, Dr Ada Holt, Velcorp senior vice president, Technology and Intellectual Property, said: "True leadership is about more than numbers."\n\nThe company said it wanted other firms to release patents too.');
    expect(speakerOf(q, 'True leadership is about more than numbers.')).toBe('Ada Holt');
    expect(quoteWith(q, 'True leadership')?.speaker?.role).toBe('Velcorp senior vice president, Technology and Intellectual Property');
    // The body is not "Technology": the company's words stay the company's.
    expect(speakerOf(q, 'it wanted other firms to release patents too')).toBe('Velcorp');
  });

  it('"NAME, vice president, Marketing, said": one portfolio word after a lower-case office', () => {
    const q = extract('Orm Foods had a good year.\n\nOmar Quist, vice president, Marketing, said sales were up by a third.');
    expect(speakerOf(q, 'sales were up by a third')).toBe('Omar Quist');
    expect(quoteWith(q, 'sales were up')?.speaker?.role).toBe('vice president, Marketing');
  });

  it('"NAME, director, Research and Development, said": a portfolio joined by "and"', () => {
    const q = extract('The Tarrow lab will double in size.\n\nLena Brandt, director, Research and Development, said the lab would hire forty chemists.');
    expect(speakerOf(q, 'the lab would hire forty chemists')).toBe('Lena Brandt');
  });

  it('"NAME, Secretary of State for Culture, Media and Sport, said": a portfolio list after "for"', () => {
    const q = extract('The lottery bill passed its second reading.\n\nPim Olafsen, Secretary of State for Culture, Media and Sport, said the bill was sound.');
    expect(speakerOf(q, 'the bill was sound')).toBe('Pim Olafsen');
    expect(quoteWith(q, 'the bill was sound')?.speaker?.role).toBe('Secretary of State for Culture, Media and Sport');
  });

  it('a body\'s name is no portfolio: "NAME, an analyst at Brenholt Research, said" is the person\'s, and only capitalised portfolio words count', () => {
    const q = extract('Shares in Orm Foods rose.\n\nJo Fenwick, an analyst at Brenholt Research, said the rise would last.');
    expect(speakerOf(q, 'the rise would last')).toBe('Jo Fenwick');
    expect(isPortfolioWord({ lw: 'brenholt', cap: true })).toBe(false);
    expect(isPortfolioWord({ lw: 'research', cap: false })).toBe(false);
    expect(isPortfolioWord({ lw: 'research', cap: true })).toBe(true);
  });
});

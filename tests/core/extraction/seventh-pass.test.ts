import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (docs/EXTRACTION.md, seventh pass).
describe('a quote that closes on a quote of its own ends its clause like any other', () => {
  it('"... is, ‘I’m for it, darn it,’" X, who ..., said: the inner quote\'s comma counts', () => {
    const q = extract(
      'The levy came up at the harbour summit.\n\n' +
        '“The answer you’d like me to give is, ‘I’m for the levy, darn it,’” Nolan Price, who has proposed scrapping the levy over five years, said at the time.',
    );
    expect(speakerOf(q, 'answer you’d like me to give')).toBe('Nolan Price');
  });

  it('"She said that ‘...,’" Rep. X (D-Wash.) said', () => {
    const q = extract(
      'Ada Brenner met the port caucus on Tuesday.\n\n' +
        'Mira Holt spoke first. “She said that ‘I know the difference between having the port and not having it, and I want it,’” Rep. Ada Brenner (D-Wash.) said.',
    );
    expect(speakerOf(q, 'the difference between having the port')).toBe('Ada Brenner');
  });
});

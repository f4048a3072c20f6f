import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (session 33, h-conf27).
describe('"went on:" before a quote is a cue', () => {
  it('"The Brisk leader went on: "..."" gives the quote to the leader, not to the speaker quoted before', () => {
    const text = 'Brisk Party leader Tomas Vell went on the attack over the ferry plan. Mr Vell said Ada Moss had called the harbour "a giant mess" in her memoir. The Brisk leader went on: "She does not stop there: she thinks the whole board is weak."';
    const q = extract(text);
    expect(speakerOf(q, 'She does not stop there')).toBe('Tomas Vell');
  });

  it('"She goes on: "..."" after another speaker\'s words reads the pronoun', () => {
    const text = '"The tolls must fall," said Tomas Vell. Ada Moss disagreed with the harbour board on Tuesday. She goes on: "We cannot run ferries on goodwill alone."';
    const q = extract(text);
    expect(speakerOf(q, 'We cannot run ferries')).toBe('Ada Moss');
    expect(quoteWith(q, 'We cannot run ferries')?.cue).toBe('goes');
  });

  it('"went on the offensive" and "went on to win" stay no cue', () => {
    const q = extract('Tomas Vell went on the offensive at the harbour. "The tolls must fall," said Ada Moss.');
    expect(speakerOf(q, 'The tolls must fall')).toBe('Ada Moss');
    const r = extract('Ada Moss went on to win the harbour seat. She said: "The tolls must fall."');
    expect(quoteWith(r, 'The tolls must fall')?.cue).toBe('said');
  });
});

import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (session 35, h-conf32).
describe('"ROLE of the BODY Given Surname": the office\'s body, then the person who holds it', () => {
  it('"Shadow leader of the Commons Peter Arnott said:" is Arnott, not the party leader the description "leader" would bind to', () => {
    const text = [
      'Tory leader Martin Hale set out plans to cut the number of civil servants on Monday.',
      '"It is all very well saying departments should be smaller, but what about ministers?" he said.',
      'Shadow leader of the Commons Peter Arnott said: "This will be part of our aim to reduce costly interference."',
    ].join('\n');
    const q = extract(text);
    expect(speakerOf(q, 'reduce costly interference')).toBe('Peter Arnott');
    expect(quoteWith(q, 'reduce costly interference')?.speaker?.role).toBe('Shadow leader of the Commons');
    expect(speakerOf(q, 'what about ministers')).toBe('Martin Hale');
  });

  it('a capitalised office and a body of several words ("Chairman of the Environmental Audit Committee John Farrow")', () => {
    const q = extract('Chairman of the Environmental Audit Committee John Farrow said: "We are not convinced."\nChancellor of the Exchequer Gordon Brant said the economy would "grow again".');
    expect(speakerOf(q, 'We are not convinced')).toBe('John Farrow');
    expect(quoteWith(q, 'We are not convinced')?.speaker?.role).toBe('Chairman of the Environmental Audit Committee');
    expect(speakerOf(q, 'grow again')).toBe('Gordon Brant');
  });

  it('a body whose name only ends in a given name and a word stays the body ("director of the Karen Kane Foundation")', () => {
    const q = extract('The director of the Karen Kane Foundation said the grant was "a lifeline".');
    expect(speakerOf(q, 'a lifeline')).not.toBe('Karen Kane');
    const r = extract('Ann Lewis of the James Martin Center said the vote was "a disgrace".');
    expect(speakerOf(r, 'a disgrace')).toBe('Ann Lewis');
  });
});

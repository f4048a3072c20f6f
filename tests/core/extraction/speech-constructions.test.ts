import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented.
describe('"went on to say": an infinitive that goes on with the subject\'s words', () => {
  it('attributes a quote after "went on to say,"', () => {
    const q = extract('Councillor Peter Hobbs spoke on Monday.\nHobbs went on to say, "From the bottom of my heart, I know this plan will fail the town."');
    expect(speakerOf(q, 'bottom of my heart')).toBe('Peter Hobbs');
  });

  it('reads the clause after "went on to say" and "continued to say" as reported speech', () => {
    const q = extract('Mayor Janet Alvarez spoke on Tuesday. Alvarez went on to say that the ferry would run again by June.\nShe continued to say that the harbour fees would stay as they were.');
    const went = quoteWith(q, 'the ferry would run again by June');
    expect(went?.kind).toBe('indirect');
    expect(went?.speaker?.name).toBe('Janet Alvarez');
    expect(speakerOf(q, 'the harbour fees would stay')).toBe('Janet Alvarez');
  });

  it('"declined to say" and "wanted to say" report no words', () => {
    const q = extract('Mayor Janet Alvarez spoke on Tuesday. Alvarez declined to say whether the ferry would run again by June. She wanted to say the harbour fees would stay.');
    expect(quoteWith(q, 'the ferry would run again')).toBeUndefined();
    expect(quoteWith(q, 'the harbour fees would stay')).toBeUndefined();
  });
});

describe('"issued a statement": a verb that puts out the subject\'s words', () => {
  it('attributes the quote that follows "issued a statement,"', () => {
    const q = extract('Mayor Janet Alvarez lost the vote on Monday.\nImmediately after the vote, Alvarez issued a statement, "Last night our town made a mistake and we will fix it."');
    expect(speakerOf(q, 'made a mistake')).toBe('Janet Alvarez');
  });

  it('attributes the quote a statement "condemns" and the clause it is "saying"', () => {
    const q = extract(
      'Councillor Peter Hobbs released a statement Thursday night condemning "what looks like a reckless plan by the mayor."\n' +
        'On Saturday, the harbour trust put out a short statement saying that the mayor was "a remarkable person".',
    );
    expect(speakerOf(q, 'reckless plan')).toBe('Peter Hobbs');
    expect(speakerOf(q, 'remarkable person')).toMatch(/harbour trust/i);
  });

  it('issuing anything but a statement reports nothing', () => {
    const q = extract('Mayor Janet Alvarez read the papers on Monday. Alvarez issued new permits saying that the harbour could open at dawn.');
    expect(quoteWith(q, 'the harbour could open')).toBeUndefined();
  });
});

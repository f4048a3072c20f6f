import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; people, clubs and towns are invented (docs/EXTRACTION.md, "Issue 13,
// tenth pass: descriptions after the verb and demonyms", h-attr17).

describe('"the American", "the Dutchman": a demonym after "the" describes one person, never a name of its own', () => {
  it('"said the German" is the player just talked about', () => {
    const q = extract(
      'Tessa Marwold won the Harbour Open on Sunday.\n' +
        'Lena Vorstrand was the stronger player but could not match her opponent\'s accuracy. "It was my first final, a new experience," said the German.',
    );
    expect(speakerOf(q, 'It was my first final')).toBe('Lena Vorstrand');
  });

  it('"the Texan said" is the governor the paragraph is about', () => {
    const q = extract('Dale Corrigan endorsed the senator on Monday. The former governor said the race was open. "Voters want something new," the Texan said.');
    expect(speakerOf(q, 'Voters want something new')).toBe('Dale Corrigan');
  });

  it('"the Irishman said" after another person is introduced stays a marked unnamed source, not "Irishman"', () => {
    const q = extract(
      'Rory Tallon scored the second goal. He conceded the win, which included goals from Pim Oderkerk, was not pretty. "It was not our best display," the Irishman said.',
    );
    const quote = quoteWith(q, 'It was not our best display');
    expect(quote?.speaker?.name).toBe('the Irishman');
    expect(quote?.speaker?.anonymous).toBe(true);
  });

  it('guard: "the Russian and Varnish defence ministries" is no person described', () => {
    const q = extract('A refugee said that the Russian and Varnish defence ministries\' claim is "entirely false".');
    expect(speakerOf(q, 'entirely false')).not.toBe('the Russian');
  });
});

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

  it('"the Kiwi said" is not the man just placed elsewhere ("Scottish referee Ivo Dallan") but the one named before him', () => {
    const q = extract(
      'The match was won 3-0 in Carran. A Tam Rewi try was ruled out by Scottish referee Ivo Dallan. Dallan said that Rewi was held short. But the Kiwi said he grounded the ball.',
    );
    expect(speakerOf(q, 'Rewi was held short')).toBe('Ivo Dallan');
    // (Session 40, h-attr105: the player named in "A Tam Rewi try", who took no turn, is whom "the Kiwi" stands for.)
    expect(speakerOf(q, 'he grounded the ball')).toBe('Tam Rewi');
  });

  it('"the Scot said" is the person the text calls Scottish, though somebody else was introduced after', () => {
    const q = extract(
      'Scottish striker Ian Corran scored twice on Saturday. Corran said the side had improved since the defeat by Vetra Kalm in March. "We are a better team now," the Scot said.',
    );
    expect(speakerOf(q, 'We are a better team now')).toBe('Ian Corran');
  });
});

describe('a description after the verb with the name in apposition: the name speaks', () => {
  it('"said the committee chairman, MP Tam Brisk." is Tam Brisk, and the next quote keeps him', () => {
    const q = extract(
      'The committee called for the audit office to be given a free hand. "Our aim is not to rewrite the rules," said the committee chairman, MP Tam Brisk. "The spending is not subject to full scrutiny."',
    );
    expect(speakerOf(q, 'Our aim is not to rewrite')).toBe('Tam Brisk');
    expect(speakerOf(q, 'The spending is not subject')).toBe('Tam Brisk');
  });

  it('"said another forum user, Ada Vell." is Ada Vell', () => {
    const q = extract('Many posts were angry. "We are anxious," said another forum user, Ada Vell. "It has to stop."');
    expect(speakerOf(q, 'We are anxious')).toBe('Ada Vell');
  });
});

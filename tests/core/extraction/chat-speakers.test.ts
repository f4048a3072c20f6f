import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented.
describe('an age description ("the 30-year-old") is the person just talked about', () => {
  it('"The 29-year-old said:" after a sentence about a named person is that person', () => {
    const q = extract(
      'Jane Marlow took the national indoor 60m title on Saturday in a personal best time.\n' +
        'The 29-year-old said: "I felt strong from the gun and I knew I could hold on at the end."\n' +
        'Her coach Peter Hale said the result was no surprise.',
    );
    expect(speakerOf(q, 'felt strong from the gun')).toBe('Jane Marlow');
    expect(speakerOf(q, 'result was no surprise')).toBe('Peter Hale');
  });

  it('"..., said the 20-year-old." after the player\'s own sentence', () => {
    const q = extract('Tomas Verhoek came through the qualifying draw to reach his first final.\n"For me this was a big step," said the 20-year-old.');
    expect(speakerOf(q, 'big step')).toBe('Tomas Verhoek');
  });

  it('stays unresolved when somebody new is named between the person and the age', () => {
    const q = extract(
      'Helen Dorsey arrived at the premiere with the cast.\n' +
        'The younger stars were represented in the shape of Mia Castell, who plays the sister in the series. The 14-year-old said: "I was hoping to meet everyone."',
    );
    expect(speakerOf(q, 'hoping to meet everyone')).not.toBe('Helen Dorsey');
  });
});

describe('"the statement said" speaks for whoever the text says put the statement out', () => {
  it('"In a statement, the club said ..." then "...," the statement said', () => {
    const q = extract(
      'The Kestrel Harbour Club has turned down a second offer from the investor Paul Tamsin.\n' +
        'In a statement, the club said it would study any new proposal. "The board continues to believe that the plan is too risky," the statement said.\n' +
        'Mr Tamsin said he was disappointed.',
    );
    expect(speakerOf(q, 'plan is too risky')).toBe(speakerOf(q, 'study any new proposal'));
    expect(speakerOf(q, 'plan is too risky')).toMatch(/Club/);
    expect(speakerOf(q, 'he was disappointed')).toBe('Paul Tamsin');
  });

  it('"X issued a statement" then "The statement continued:"', () => {
    const q = extract(
      'On Monday, Orla Fenwick issued a statement about the closure of the mill.\n' +
        'The statement continued: "Nobody who worked here will lose their pension."',
    );
    expect(speakerOf(q, 'lose their pension')).toBe('Orla Fenwick');
  });

  it('a statement nobody is said to have put out stays an unnamed document', () => {
    const q = extract('Orla Fenwick visited the mill on Monday.\n"Nobody who worked here will lose their pension," the statement said.');
    expect(speakerOf(q, 'lose their pension')).not.toBe('Orla Fenwick');
  });
});

describe('a title-cased headline verb is no part of a name', () => {
  it('"Why Critics Are Cheering Nadia Brell\'s ..." above the story does not name a speaker "Critics Are Cheering Nadia Brell"', () => {
    const q = extract(
      'Why Critics Are Cheering Nadia Brell\'s Harbour Plan\n' +
        'Nadia Brell said on Monday that the harbour would reopen in spring. "We have waited long enough," Brell said.',
    );
    expect(speakerOf(q, 'waited long enough')).toBe('Nadia Brell');
    expect(q.every((x) => !/\b(?:Are|Is|Was|Were)\b/.test(x.speaker?.name ?? ''))).toBe(true);
  });

  it('"VOTE Was Ann Roe right to quit?" above the story leaves the speaker "Ann Roe"', () => {
    const q = extract('VOTE Was Ann Roe right to quit the show?\nAnn Roe said the producers had been cruel. "It was bullying," Roe said.');
    expect(speakerOf(q, 'It was bullying')).toBe('Ann Roe');
  });
});

import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (docs/EXTRACTION.md, seventh
// pass, h-attr8). A name right after "which"/"who" before a speech verb is the subject of an object-relative clause.
describe('the subject of an object-relative clause speaks, not the thing it describes', () => {
  it('"the pact, which X had called "..."": X, not the pact', () => {
    const q = extract(
      'Senator Mark Dale spoke on Tuesday about the Harbour Trade Compact.\n\n' +
        'And the Harbour Trade Compact, which Dale had called a "disaster for workers," was signed in 1994.',
    );
    expect(speakerOf(q, 'disaster for workers')).toBe('Mark Dale');
  });

  it('"Y, who X on Wednesday called "...": X, not Y', () => {
    const q = extract(
      'Senator Mark Dale spoke on Tuesday.\n\n' +
        'Much of his anger was directed at Ron Pike, who Dale on Wednesday called "a careless manager."',
    );
    expect(speakerOf(q, 'a careless manager')).toBe('Mark Dale');
  });

  it('"in Orlin, Texas, which X claims showed "...": X, not the place', () => {
    const q = extract(
      'Nadia Quist wrote about the summit.\n\n' +
        'Quist praised the speech at the summit in Orlin, Texas, which Quist claims showed "the best of our party."',
    );
    expect(speakerOf(q, 'the best of our party')).toBe('Nadia Quist');
  });
});

describe('what an object-relative clause reports stays inside it', () => {
  it('"..., which X claims was ...": the sentence around the clause is no quote of X', () => {
    const q = extract(
      'Velora Oil filed for protection in Tarn.\n\n' +
        'The court ruling is a blow to efforts to win damages for the sale of Brisk Field, which Velora claims was sold illegally.',
    );
    expect(q.some((x) => x.text.startsWith('The court ruling'))).toBe(false);
  });

  it('"the win, which X conceded when polls closed, ...": a time clause after the verb is no quote of X', () => {
    const q = extract(
      'Ada Brenner lost the Tarn primary.\n\n' +
        'Pike’s victory, which Brenner conceded when polls closed at 8 p.m., gave his campaign a fresh burst of momentum.',
    );
    expect(q.some((x) => x.text.includes('polls closed'))).toBe(false);
  });
});

describe('a place region followed by a time phrase is no subject', () => {
  it('"At an event in Orlin, Texas, on Sunday, Mrs. X tried ..., saying that ...": X, not the state', () => {
    const q = extract(
      'Nadia Quist toured the state.\n\n' +
        'At a campaign event in Orlin, Texas, on Sunday, Mrs. Quist tried to expand on her statement, saying that the country should "rally our partners."',
    );
    expect(speakerOf(q, 'rally our partners')).toBe('Nadia Quist');
  });

  it('"..., with X reportedly yelling: "...": the name of the absolute clause before the colon', () => {
    const q = extract(
      'Senator Mark Dale held a rally in Tarn on Saturday, and Dale spoke for an hour.\n\n' +
        'At the Dale rally in Orlin, Texas, on Saturday, some of his supporters shoved a protester, with Dale reportedly yelling: “Get him out of here!”',
    );
    expect(speakerOf(q, 'Get him out of here')).toBe('Mark Dale');
  });
});

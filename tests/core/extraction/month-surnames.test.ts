import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; the people are invented (session 35, h-attr86).
describe('a month word after any known given name is a family name ("Brian May", "Karen March")', () => {
  it('a sentence opening with the full name gives the person, with the direct and the reported words', () => {
    const q = extract('Brian May said the tour was "the best we ever had".');
    expect(speakerOf(q, 'the best we ever had')).toBe('Brian May');
    expect(q.some((x) => x.kind === 'indirect' && x.speaker?.name === 'Brian May')).toBe(true);
  });

  it('the full name after a quote and before the verb ("... ," Karen March said.)', () => {
    const q = extract('"The plan is unworkable," Karen March said. "Nobody asked the growers," Jill June told the meeting.');
    expect(speakerOf(q, 'The plan is unworkable')).toBe('Karen March');
    expect(speakerOf(q, 'Nobody asked the growers')).toBe('Jill June');
  });

  it('an instrument player\'s title before the name is the role ("Guitarist Brian Holt")', () => {
    const q = extract('Guitarist Brian Holt said the tour was "the best we ever had".');
    const quote = q.find((x) => x.kind === 'direct');
    expect(quote?.speaker?.name).toBe('Brian Holt');
    expect(quote?.speaker?.role).toBe('Guitarist');
  });

  it('a month after a word that is no given name stays a date ("Last May", "Since June")', () => {
    const q = extract('Last May the council said the road was "safe enough". Since June residents have said it is "a death trap".');
    expect(speakerOf(q, 'safe enough')).toBe('Council');
    expect(q.every((x) => !/May|June/.test(x.speaker?.name ?? ''))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';
import type { ExtractedQuote } from '../../../src/core/extraction/model.js';

/** The reported clause (indirect quote) whose text is exactly `words`, or undefined. */
function clause(quotes: readonly ExtractedQuote[], words: string): ExtractedQuote | undefined {
  return quotes.find((q) => q.kind === 'indirect' && q.text === words);
}

// Detection recall (issue 13): reported speech and quotes the reader used to miss, one class per case, each on a
// text written for it.
describe('reported speech before a final cue', () => {
  it('finds the clause before "Mr. X said" (an abbreviation full stop inside the subject)', () => {
    const q = extract('Nora Vance runs the depot. Repairs are slower in frozen ground, Ms. Vance said.');
    expect(clause(q, 'Repairs are slower in frozen ground')?.speaker?.name).toBe('Nora Vance');
  });

  it('finds the clause before "Sen. X said"', () => {
    const q = extract('The convoy reached the border before dawn, Sen. Ada Cole said.');
    expect(clause(q, 'The convoy reached the border before dawn')?.speaker?.name).toBe('Ada Cole');
  });
});

describe('"according to" sources', () => {
  it('finds the clause before "according to" a document at the end of the sentence', () => {
    const q = extract('The mayor skipped the opening ceremony, according to a leaked memo.');
    const c = clause(q, 'The mayor skipped the opening ceremony');
    expect(c?.speaker?.name.toLowerCase()).toBe('a leaked memo');
    expect(c?.speaker?.anonymous).toBe(true);
  });

  it('keeps a source that names nobody as an unnamed source', () => {
    const q = extract('According to early figures from the county tally, turnout fell in every ward.');
    const c = clause(q, 'turnout fell in every ward');
    expect(c?.speaker?.anonymous).toBe(true);
  });

  it('reads no source in "according to plan"', () => {
    const q = extract('The launch went according to plan.');
    expect(q.filter((x) => x.kind === 'indirect')).toEqual([]);
  });
});

describe('what stands between a speech verb and its clause', () => {
  it('skips a long setting phrase that ends in "that"', () => {
    const q = extract('Mira Osei said in an interview with the Harbour Gazette last month that the ferry would close.');
    expect(clause(q, 'the ferry would close')?.speaker?.name).toBe('Mira Osei');
  });

  it('skips an aside between dashes', () => {
    const q = extract('Tomas Reed said — on his podcast, as it happens — that the council had misled voters.');
    expect(clause(q, 'the council had misled voters')?.speaker?.name).toBe('Tomas Reed');
  });

  it('reads "told NAME CLAUSE" without "that"', () => {
    const q = extract('Lena Brandt told Reuters the harbour deal was dead.');
    const c = clause(q, 'the harbour deal was dead');
    expect(c?.speaker?.name).toBe('Lena Brandt');
    expect(c?.audience).toBe('Reuters');
  });

  it('reads "agreed that CLAUSE" as reported speech', () => {
    const q = extract('Paul Okafor, an analyst at Drumlin Research, agreed that the tablet could sell well.');
    expect(clause(q, 'the tablet could sell well')?.speaker?.name).toBe('Paul Okafor');
  });

  it('reads "X however said" as X speaking', () => {
    const q = extract('Greta Lund however said she would welcome a review of the rules.');
    expect(clause(q, 'she would welcome a review of the rules')?.speaker?.name).toBe('Greta Lund');
  });
});

describe('unnamed groups as subjects', () => {
  it('reads a plural agent noun phrase without an article as a group that speaks', () => {
    const q = extract('Local ferry operators have said the new timetable will cost them passengers.');
    const c = clause(q, 'the new timetable will cost them passengers');
    expect(c?.speaker?.name).toBe('Local ferry operators');
  });

  it('does not read a plural thing as a speaker', () => {
    const q = extract('Quarterly numbers said little about the harbour.');
    expect(q.filter((x) => x.kind === 'indirect')).toEqual([]);
  });
});

describe('the subject of a final cue', () => {
  it('reads ", officials said" after a clause as the officials speaking, not the clause', () => {
    const q = extract('After the storm, the port has not been loading grain, harbour officials said.');
    const c = clause(q, 'After the storm, the port has not been loading grain');
    expect(c?.speaker?.name).toBe('harbour officials');
  });
});

describe('clause boundaries', () => {
  it('reads "CLAUSE, X said while visiting ..." as the clause before the cue', () => {
    const q = extract('Ferry traffic doubled after the bridge closed, Hal Moreno said while visiting the terminal in Dover.');
    expect(clause(q, 'Ferry traffic doubled after the bridge closed')?.speaker?.name).toBe('Hal Moreno');
    expect(q.some((x) => x.kind === 'indirect' && x.text.startsWith('while visiting'))).toBe(false);
  });

  it('reads "This is ..., X said" as a clause, not an adverbial', () => {
    const q = extract('Ada Rusk runs the fund. This is also lifting the mood in the market, Rusk said.');
    expect(clause(q, 'This is also lifting the mood in the market')?.speaker?.name).toBe('Ada Rusk');
  });

  it('keeps "10:30 p.m. Aug. 9" inside one sentence', () => {
    const q = extract('Guards alleged that no rounds were made from 10:30 p.m. Aug. 9 to 6 a.m. the next day.');
    expect(q.find((x) => x.kind === 'indirect')?.text).toBe('no rounds were made from 10:30 p.m. Aug. 9 to 6 a.m. the next day');
  });

  it('ends the second half of "A, X said, B" where a quote of its own begins', () => {
    const q = extract('To cut the risk, the engineers said, the city fitted vented covers, "so the gas cannot build up," Ines Varga said.');
    const c = q.find((x) => x.kind === 'indirect');
    expect(c?.text).toBe('To cut the risk, the engineers said, the city fitted vented covers');
    expect(c?.speaker?.name).toBe('the engineers');
  });

  it('reads a past-participle aside after the subject ("The lawsuit, filed in ..., said")', () => {
    const q = extract('The lawsuit, filed in the district court in Leeds, said the club had ignored the warnings.');
    expect(clause(q, 'the club had ignored the warnings')).toBeDefined();
  });
});

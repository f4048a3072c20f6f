import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (session 30, h-attr69).
describe('a month abbreviation at the end of a sentence', () => {
  it('"... from Jan. The harbour ..." ends the reported clause at the month', () => {
    const q = extract('Ada Moss said the ferry would run again from Jan. The harbour will stay shut until then.');
    expect(quoteWith(q, 'the ferry would run again')?.text).toBe('the ferry would run again from Jan');
  });

  it('"Jan. 5" and "Feb. 12" keep their full stop: one sentence', () => {
    const q = extract('Ada Moss said the crossing opened on Jan. 5 and would close by Feb. 12 at the latest.');
    expect(quoteWith(q, 'the crossing opened')?.text).toBe('the crossing opened on Jan. 5 and would close by Feb. 12 at the latest');
  });

  it('"hosted by Bart and Dec. Nora Lint said ...": the name after the stop opens a sentence of its own', () => {
    const q = extract('The quiz show was hosted by Bart and Dec. Nora Lint said the ratings had fallen sharply.');
    expect(speakerOf(q, 'the ratings had fallen sharply')).toBe('Nora Lint');
  });
});

describe('a bare plural of sources before the verb, after an appositive', () => {
  it('"X, the online service it uses ..., sources said": the sources speak, not the appositive', () => {
    const q = extract('The harbour board is also using data collected from Veltrix, the online service it uses to sell ferry tickets, sources said.');
    const found = quoteWith(q, 'The harbour board is also using data');
    expect(found?.speaker?.name).toBe('sources');
    expect(found?.speaker?.anonymous).toBe(true);
  });

  it('"Ada Holt and Tom Brisk, both residents of the street, said": a list before keeps its plural appositive', () => {
    const q = extract('Ada Holt and Tom Brisk, residents of the street, said the pier was unsafe.');
    expect(quoteWith(q, 'the pier was unsafe')).toBeDefined();
    expect(speakerOf(q, 'the pier was unsafe')).not.toBe('residents');
  });
});

describe('an all-capitals masthead before a role noun and a name', () => {
  it('"According to USA TODAY contributor Lena Frost, ...": the person speaks, not "USA"', () => {
    const q = extract('According to USA TODAY contributor Lena Frost, the bridge over the Lisk will close in spring.');
    expect(speakerOf(q, 'the bridge over the Lisk will close')).toBe('Lena Frost');
  });

  it('"said USA TODAY contributor and ferry historian Lena Frost": two offices of one person', () => {
    const q = extract('The bridge over the Lisk will close in spring, said USA TODAY contributor and ferry historian Lena Frost.');
    expect(speakerOf(q, 'The bridge over the Lisk will close')).toBe('Lena Frost');
  });
});

describe('a second name: "AKA", "a.k.a.", "also known as"', () => {
  it('"Orvin Platt, AKA Night Harbour, said ...": the person named first speaks, not "AKA Night Harbour"', () => {
    const q = extract('Orvin Platt, AKA Night Harbour, said the album was finished.');
    expect(speakerOf(q, 'the album was finished')).toBe('Orvin Platt');
  });

  it('"a.k.a." and "also known as" before the verb: the first name speaks', () => {
    expect(speakerOf(extract('Orvin Platt, a.k.a. Night Harbour, said the album was finished.'), 'the album was finished')).toBe('Orvin Platt');
    expect(speakerOf(extract('Orvin Platt, also known as Night Harbour, said the album was finished.'), 'the album was finished')).toBe('Orvin Platt');
  });

  it('"..., said Orvin Platt, AKA Night Harbour.": the alias is no part of the words and no role', () => {
    const q = extract('The album was finished at last, said Orvin Platt, AKA Night Harbour.');
    const found = quoteWith(q, 'The album was finished');
    expect(found?.text).toBe('The album was finished at last');
    expect(found?.speaker?.name).toBe('Orvin Platt');
    const aka = quoteWith(extract('"It was a long winter," said Orvin Platt, better known as Night Harbour.'), 'It was a long winter');
    expect(aka?.speaker?.role).toBeUndefined();
  });

  it('"said her producer Orvin Platt, AKA Night Harbour, wrote ...": the reported clause runs through the alias', () => {
    const q = extract('Dana Kell said her band and producer Orvin Platt, AKA Night Harbour, wrote a dozen new songs for the album.');
    expect(quoteWith(q, 'her band and producer')?.text).toContain('wrote a dozen new songs');
  });
});

describe('a dotted acronym (U.S., F.M.A.)', () => {
  it('"... based in the U.S. He added ...": the stop after the acronym ends the sentence before a pronoun', () => {
    const q = extract('Tom Brask said the ferry firm is based in the U.S. He added that no one had been charged.');
    expect(quoteWith(q, 'the ferry firm is based')?.text).toBe('the ferry firm is based in the U.S');
    expect(speakerOf(q, 'no one had been charged')).toBe('Tom Brask');
  });

  it('"the U.S. Senate" stays one name inside its sentence', () => {
    const q = extract('Tom Brask said the U.S. Senate would vote on the ferry bill in May.');
    expect(quoteWith(q, 'the U.S. Senate would vote')?.text).toBe('the U.S. Senate would vote on the ferry bill in May');
  });

  it('"said a former U.S. border official": an unnamed official speaks, not "U.S"', () => {
    const q = extract('"Nothing was done," said a former U.S. border official who oversaw the inquiry.');
    const found = quoteWith(q, 'Nothing was done');
    expect(found?.speaker?.name).not.toBe('U.S');
    expect(found?.speaker?.anonymous).toBe(true);
  });

  it('"according to the F.M.A.": the acronym names a body, never a person a later "he" refers to', () => {
    const q = extract('The ferry is cleared to sail again, according to the F.M.A.\n\nThe ferry, built in 1991, is his favourite toy, he said in an interview on Saturday.');
    expect(quoteWith(q, 'The ferry is cleared')?.speaker?.isOrganisation).toBe(true);
    // (The "he said" line after it is no quote at all here; whatever is read, only the first is the body's.)
    expect(q.filter((x) => x.speaker?.name === 'F.M.A')).toHaveLength(1);
  });
});

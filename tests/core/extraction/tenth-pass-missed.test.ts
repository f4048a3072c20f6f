import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; people and towns are invented (docs/EXTRACTION.md, "Issue 13, tenth
// pass: missed quotes and missing speakers", h-attr14).

describe('a courtesy title with its full stop before a possessive ("Mrs. Holt\'s campaign said")', () => {
  it('the campaign speaks a quote after "said in a statement that"', () => {
    const q = extract('Mayor Dana Holt spoke in Corran on Monday. Mrs. Holt\'s campaign said in a statement that "Dana Holt won\'t be bullied" by the council.');
    expect(speakerOf(q, "won't be bullied")).toBe("Mrs. Holt's campaign");
  });

  it('a quote before ", Mr. Tolver\'s aides said" and reported speech after "Mr. Tolver\'s aides say"', () => {
    const q = extract('"We are not done yet," Mr. Tolver\'s aides said on Friday.\nMr. Tolver\'s advisers say he will spend every day in the north until the vote.');
    expect(speakerOf(q, 'We are not done yet')).toBe("Mr. Tolver's aides");
    expect(speakerOf(q, 'he will spend every day in the north')).toBe("Mr. Tolver's advisers");
  });

  it('an abbreviation\'s full stop inside a description ("A representative for Mr. Tolver said") keeps the whole of it', () => {
    const q = extract('A representative for Mr. Tolver said the ferry talks were over.\nA U.S. District Court judge in Corran said the ferry law was sound.');
    expect(speakerOf(q, 'the ferry talks were over')).toBe('A representative for Mr. Tolver');
    expect(speakerOf(q, 'the ferry law was sound')).toBe('A U.S. District Court judge');
  });

  it('the person named before "Mrs. Holt\'s chief of staff," still speaks', () => {
    const q = extract('"It is long and tiring," Lena Park, Mrs. Holt\'s chief of staff, said in an interview.');
    expect(speakerOf(q, 'It is long and tiring')).toBe('Lena Park');
  });

  it('the person after "Mrs. Holt\'s spokeswoman," still speaks', () => {
    const q = extract("Mrs. Holt's spokeswoman, Lena Park, said the ferry talks were over.");
    expect(speakerOf(q, 'the ferry talks were over')).toBe('Lena Park');
    expect(quoteWith(q, 'the ferry talks were over')?.kind).toBe('indirect');
  });
});

describe('quotation marks written the wrong way round', () => {
  it('a closing curly mark, a space and an ellipsis open a quote that starts mid-sentence', () => {
    const q = extract(
      'The Corran Courier said the mayor should visit the harbour.\n' +
        '” … if the governor can visit the harbour without harm to the repairs, then surely the woman who wants his job can do the same,” wrote the Corran Courier.',
    );
    expect(quoteWith(q, 'if the governor can visit the harbour')?.kind).toBe('direct');
  });

  it('the quote after such a mark is the speaker\'s of the quote before it', () => {
    const q = extract(
      'Holt did not come to the county meeting.\n' +
        '” … in the case of Marston, the Holt train has already left the station,” wrote the Corran Courier. “Holt’s grip on the county followed months of organising.”',
    );
    expect(speakerOf(q, 'in the case of Marston')).toBe('Corran Courier');
    expect(speakerOf(q, 'grip on the county')).toBe('Corran Courier');
  });

  it('an opening curly mark after a comma and before a space closes the quote ("It\'s unusual,“ said X)', () => {
    const q = extract('“It’s unusual,“ said Larry Nobel, an attorney in Corran. “It is a hard thing to pull off.”');
    expect(speakerOf(q, 'It’s unusual')).toBe('Larry Nobel');
    expect(speakerOf(q, 'a hard thing to pull off')).toBe('Larry Nobel');
    expect(quoteWith(q, 'said Larry Nobel')).toBeUndefined();
  });

  it('British style still reopens a quote after a full stop ("... suspects. “Unless ...")', () => {
    const q = extract('“We will find the suspects. “Unless they leave the county first,” said Inspector Rhona Vail.');
    expect(speakerOf(q, 'Unless they leave the county first')).toBe('Rhona Vail');
  });
});

describe('"pointed out that" reports speech', () => {
  it('"X pointed out that CLAUSE" and "X points out that CLAUSE" are X\'s reported speech', () => {
    const q = extract('Mr Leigh also pointed out that the new ferry system had been delayed twice.\nThe Corran Ferry Company points out that this will also help anyone travelling with a bicycle.');
    expect(speakerOf(q, 'the new ferry system had been delayed twice')).toBe('Leigh');
    expect(quoteWith(q, 'the new ferry system had been delayed twice')?.kind).toBe('indirect');
    expect(speakerOf(q, 'this will also help anyone travelling with a bicycle')).toBe('Corran Ferry Company');
  });

  it('no clause when something is pointed out on a map, and no speaker for "it was pointed out that"', () => {
    const q = extract('Dana Holt pointed out the north pier on the map.\nIf it was pointed out that one of my columns held a poem, I would apologise.');
    expect(quoteWith(q, 'the north pier on the map')).toBeUndefined();
    expect(quoteWith(q, 'one of my columns held a poem')).toBeUndefined();
  });
});

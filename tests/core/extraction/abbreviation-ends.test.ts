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

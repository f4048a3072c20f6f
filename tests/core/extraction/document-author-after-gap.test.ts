import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented.
describe('a document speaks for the author named after its put-out participle', () => {
  it('"a lawsuit filed by X", "a declaration filed by X": "filed" puts a document out too', () => {
    const q = extract(
      'The three partners hid their losses, according to a lawsuit filed by Yelena Torvik.\n' +
        'Emails went to the wrong office, according to a declaration filed by Tomas Brenn, the records director.',
    );
    expect(speakerOf(q, 'The three partners hid their losses')).toBe('Yelena Torvik');
    expect(speakerOf(q, 'Emails went to the wrong office')).toBe('Tomas Brenn');
  });

  it('a short place or time phrase between the participle and "by": "filed in Lisk by", "issued over the summer by"', () => {
    const q = extract(
      'The partners planned to open a spa in the tower, according to a lawsuit filed in Lisk by Yelena Torvik, a former minister.\n' +
        'A report issued over the summer by the Northshire Ferry Council noted that fares had doubled.\n' +
        'Brisk leads Tolver by three points, according to the average of recent polls compiled by Harbour Numbers.',
    );
    expect(speakerOf(q, 'The partners planned to open a spa')).toBe('Yelena Torvik');
    expect(speakerOf(q, 'fares had doubled')).toBe('Northshire Ferry Council');
    expect(speakerOf(q, 'Brisk leads Tolver by three points')).toBe('Harbour Numbers');
  });

  it('no author through a clause, and a name cut before "and" is no author', () => {
    const q = extract(
      'Fares will rise, according to a report released in May when Ada Brisk said by then the ferry would be sold.\n' +
        'The two men cheated investors, according to a civil complaint filed on Monday by the U.S. Securities and Harbour Board.',
    );
    expect(speakerOf(q, 'Fares will rise')).not.toBe('Ada Brisk');
    // ("Securities" ends a company's name, so the name reader stops before "and": the whole board or the document.)
    expect(['U.S. Securities and Harbour Board', 'a civil complaint']).toContain(speakerOf(q, 'The two men cheated investors'));
  });

  it('"a written statement": a put-out participle before the document noun is no cut', () => {
    const q = extract('A written statement released by Channel Nine said the anchor would return.');
    expect(speakerOf(q, 'the anchor would return')).toBe('Channel Nine');
  });
});

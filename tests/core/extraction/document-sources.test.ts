import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented.
describe('a document speaks for the body that published it', () => {
  it('"a report in the Harbour Gazette", "an article in Pressline": the publication', () => {
    const q = extract(
      'Ferry fares will rise by a third next spring, according to a report in the Harbour Gazette.\n' +
        'A new article in Pressline says the mayor will not stand again.',
    );
    expect(speakerOf(q, 'Ferry fares will rise')).toBe('Harbour Gazette');
    expect(speakerOf(q, 'the mayor will not stand again')).toBe('Pressline');
  });

  it('"a report Tuesday from KXTV", "the statement released by Channel Nine": past time words and participles', () => {
    const q = extract(
      'A report Tuesday from KXTV said the governor would open the bridge.\n' +
        'The statement released by Channel Nine said the anchor had agreed to return.',
    );
    expect(speakerOf(q, 'the governor would open the bridge')).toBe('KXTV');
    expect(speakerOf(q, 'the anchor had agreed')).toBe('Channel Nine');
  });

  it('"a recent Coastal News poll", "a BNN survey": the body named before the document', () => {
    const q = extract('A recent Coastal News poll said most voters want the ferry back. A BNN survey said few of them would pay more for it.');
    expect(speakerOf(q, 'most voters want the ferry back')).toBe('Coastal News');
    expect(speakerOf(q, 'few of them would pay more')).toBe('BNN');
  });

  it('a place is no author: "a report in a Northshire paper", "the Northshire poll" stay unnamed', () => {
    const q = extract('An earlier report in a Northshire paper said the mayor had used the images. The Northshire poll said most voters liked her.');
    expect(quoteWith(q, 'the mayor had used the images')).toBeDefined();
    expect(speakerOf(q, 'the mayor had used the images')).not.toBe('Northshire');
    expect(speakerOf(q, 'most voters liked her')).not.toBe('Northshire');
  });
});

describe('a participle that opens a body\'s name stays in it', () => {
  it('"the Associated Press", "the United Press", "United Harbours" keep their first word', () => {
    const q = extract(
      'The ferry carried 544 cars last month, according to the Associated Press.\n' +
        'The United Press said the harbour would close. United Harbours said it "would fight the closure".',
    );
    expect(speakerOf(q, 'carried 544 cars')).toBe('Associated Press');
    expect(speakerOf(q, 'the harbour would close')).toBe('United Press');
    expect(speakerOf(q, 'would fight the closure')).toBe('United Harbours');
  });

  it('a capitalised participle opening a sentence is still no part of the name after it', () => {
    const q = extract('Speaking on Monday, Greta Lind said the vote was "a fair one".');
    expect(speakerOf(q, 'a fair one')).toBe('Greta Lind');
  });
});

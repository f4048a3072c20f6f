import { describe, expect, it } from 'vitest';
import { extract, speakerOfQuoteStarting } from './helpers.js';

// Every text here is written for these tests; names and bodies are invented (session 40, h-attr107).
describe('after the cue, a body named with "and" before an office and its holder: the holder speaks', () => {
  it('a capitalised office inside the run ("said Economic and Trade Minister Anna Kessler")', () => {
    const text = 'Markets steady\n\nShares were flat on Monday in Tokyo.\n\n"Growth will return by the summer," said Economic and Trade Minister Anna Kessler.';
    expect(speakerOfQuoteStarting(extract(text), 'Growth will return')).toBe('Anna Kessler');
  });

  it('a lower-case office after the run ("said Ridley and Judd executive producer Amy Rowe"), and the quote after it', () => {
    const text = 'Book list out\n\nThe show named its ten books on Tuesday.\n\n"This is our best list yet," said Ridley and Judd executive producer Amy Rowe. "We were spoilt for choice."';
    const quotes = extract(text);
    expect(speakerOfQuoteStarting(quotes, 'This is our best list')).toBe('Amy Rowe');
    expect(speakerOfQuoteStarting(quotes, 'We were spoilt')).toBe('Amy Rowe');
  });

  it('the body\'s own person after its possessive ("added Harrow and Lane\'s Sanjay Mehra")', () => {
    const text = 'Mobile boom\n\nPhone sales rose again in March.\n\n"The market will double," added Harrow and Lane\'s Sanjay Mehra.';
    expect(speakerOfQuoteStarting(extract(text), 'The market will double')).toBe('Sanjay Mehra');
  });

  it('two people joined by "and", no office between, stay read as before', () => {
    const text = 'Brain study\n\nThe team tested the device on four patients.\n\n"The results were striking," said Jonah Weller and Dennis Carrow.';
    expect(speakerOfQuoteStarting(extract(text), 'The results were striking')).toBe('Jonah Weller');
  });

  it('two bodies joined by "and" in a reported clause name no holder', () => {
    const text = 'Bid talk\n\nShares in Tarn Freight rose on Friday.\n\nAnalysts said Velcorp and Deutsche Rail were the likeliest bidders.';
    const quotes = extract(text);
    expect(quotes.some((q) => q.speaker?.name === 'Deutsche Rail')).toBe(false);
  });
});

describe('after the cue, a possessor, one office noun the role lexicon lacks, and a full name: the named person speaks', () => {
  it('"said Marsh\'s agent Joanna Pell" and "said Marsh\'s publicist Wendy Day" are theirs, not the singer\'s', () => {
    const text = 'Singer cancels tour\n\nThe pop star Lena Marsh has cancelled her tour after a fall on stage in Lyon.\n\n"She is resting and will be fine," said Marsh\'s agent Joanna Pell.\n\n"We are sorry for the fans," said Marsh\'s publicist Wendy Day. "She will be back in May."';
    const quotes = extract(text);
    expect(speakerOfQuoteStarting(quotes, 'She is resting')).toBe('Joanna Pell');
    expect(speakerOfQuoteStarting(quotes, 'We are sorry')).toBe('Wendy Day');
    expect(speakerOfQuoteStarting(quotes, 'She will be back')).toBe('Wendy Day');
  });

  it('a verb after the possessive\'s noun is no office: "said Labour\'s plans showed Mr Blair ..." names no Blair', () => {
    const text = 'Poll row\n\nThe parties argued over tax on Monday.\n\n"It was a good year for the party," said Labour\'s plans showed Mr Blair was right.';
    expect(speakerOfQuoteStarting(extract(text), 'It was a good year')).not.toBe('Blair');
  });
});

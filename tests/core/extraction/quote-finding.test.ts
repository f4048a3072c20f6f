import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './helpers.js';
import type { ExtractedQuote } from '../../../src/core/extraction/model.js';
import { splitParagraphs } from '../../../src/core/articles/paragraphs.js';
import { findQuoteSpans } from '../../../src/core/extraction/marks.js';

/** The direct quote whose text is exactly `words`, or undefined. */
function direct(quotes: readonly ExtractedQuote[], words: string): ExtractedQuote | undefined {
  return quotes.find((q) => q.kind === 'direct' && q.text === words);
}

// Which quotation-mark spans are quotes (issue 13, session 21). Texts written for each case.
describe('a programme, a title or a slogan after "on" or an owner\'s "\'s" is no quote', () => {
  it('drops the programme a speaker appeared on, its full stop or comma inside the marks', () => {
    const q = extract('"The ferry will run all winter," Tova Lind said on HBC\'s "Harbour Morning." "We have the boats."');
    expect(direct(q, 'Harbour Morning.')).toBeUndefined();
    expect(direct(q, 'The ferry will run all winter,')?.speaker?.name).toBe('Tova Lind');
    expect(quoteWith(q, 'We have the boats.')?.speaker?.name).toBe('Tova Lind');
  });

  it('drops a programme after "on" and a campaign\'s slogan after its owner', () => {
    const q = extract('Bren Adair appeared on "Coast Talk Tonight," saying the port was ready. Adair\'s "Build the Quay Again" hats sold out.');
    expect(quoteWith(q, 'Coast Talk Tonight')).toBeUndefined();
    expect(quoteWith(q, 'Build the Quay Again')).toBeUndefined();
  });

  it('drops a programme after "told" or "an interview with", and a book after "the author of"', () => {
    const q = extract('"The pier stays," Tova Lind told "Harbour Morning," adding that it would reopen. "It is settled," said Ivo Brandt, the author of "Salt and Iron," in an interview with "Coast Talk Tonight."');
    expect(quoteWith(q, 'Harbour Morning')).toBeUndefined();
    expect(quoteWith(q, 'Salt and Iron')).toBeUndefined();
    expect(quoteWith(q, 'Coast Talk Tonight')).toBeUndefined();
    expect(direct(q, 'It is settled,')?.speaker?.name).toBe('Ivo Brandt');
  });

  it('keeps a phrase after "on" that is not in title case, and a whole sentence after an owner', () => {
    const q = extract('Ivo Brandt blamed the closures on "a decade of neglect," he said. Brandt\'s "We Will Not Sell The Pier Today, Tomorrow Or Ever, Whatever The Board Decides," drew cheers.');
    expect(direct(q, 'a decade of neglect,')?.speaker?.name).toBe('Ivo Brandt');
  });
});

describe('marks some sources get wrong', () => {
  const spans = (text: string): string[] => findQuoteSpans(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));

  it('closes an inner quote at an opening curly mark glued to a word\'s end', () => {
    expect(spans('“We want an “urgent review“ of the pier,” said Ada Pike. “Now.”')).toEqual(['We want an “urgent review“ of the pier,', 'Now.']);
    // (a quote inside a quote still opens after a space)
    expect(spans('“She called it “the last ferry” and left,” he said.')).toEqual(['She called it “the last ferry” and left,']);
  });

  it('reads an invisible format character before a mark as a space', () => {
    expect(spans('\u202a”Keep the ferry running all winter!” posted Bren Adair.')).toEqual(['Keep the ferry running all winter!']);
  });
});

describe('a short quote in the object of the subject\'s stance verb is the subject\'s', () => {
  it('keeps a short phrase a subject bemoaned, questioned or blamed, with the subject as speaker', () => {
    const q = extract('Mara Quill also bemoaned a harbour in which crews "barely speak anymore" after the strike.');
    expect(direct(q, 'barely speak anymore')?.speaker?.name).toBe('Mara Quill');
    const r = extract('Ivo Brandt questioned the board\'s "ferry first" plan and its cost.');
    expect(direct(r, 'ferry first')?.speaker?.name).toBe('Ivo Brandt');
  });

  it('still drops a short phrase after a verb that takes no stance', () => {
    const q = extract('Ada Pike joined the board for a "unity" lunch on Friday.');
    expect(quoteWith(q, 'unity')).toBeUndefined();
  });
});

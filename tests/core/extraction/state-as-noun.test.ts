import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

describe('"state" / "states" as the noun of a polity, not the speech verb (session 31 h-attr73, merged session 32)', () => {
  it('reads no quote from a list of states and a clause after "states that"', () => {
    const text = [
      'Carl Tolver, the campaign\'s field director, showed a map of the country.',
      'The map showed a win in swing states like Harbour, Lakeside and Ridge, but in states that Republicans have not carried since the 1980s: Marlow, Penfold and Astley.',
    ].join('\n\n');
    const quotes = extract(text);
    expect(quoteWith(quotes, 'have not carried since')).toBeUndefined();
    expect(quotes.map((q) => q.speaker?.name)).not.toContain('Ridge');
  });

  it('keeps "state" before a capitalised office as the speech verb', () => {
    const text = '"We will not drop the case," state Senate leader Ann Kell told reporters in Harbourtown on Monday.';
    expect(speakerOf(extract(text), 'We will not drop the case')).toBe('Ann Kell');
  });

  it('keeps "the memo stated" of a document with no named writer as the document, not a person', () => {
    const text = [
      'Carl Tolver, the party chairman, spoke in Harbourtown on Friday.',
      'A party memo was released as the polls closed. "We have built strong teams in every county," the memo stated.',
    ].join('\n\n');
    expect(speakerOf(extract(text), 'strong teams in every county')).not.toBe('Carl Tolver');
  });
});

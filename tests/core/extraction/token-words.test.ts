import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/core/extraction/marks.js';
import { tokenize } from '../../../src/core/extraction/tokens.js';

// Texts written for these tests. The tokenizer reads words with one sticky regex and falls back to its
// character scanner at a paragraph's end and around surrogates (h-perf2): the words must come out the same.
function words(text: string, ps = 0, pe = text.length): string[] {
  const spans = findQuoteSpans(text, [{ start: ps, end: pe }]);
  const byOpen = new Map<number, number>();
  spans.forEach((s, i) => byOpen.set(s.open, i));
  return tokenize(text, ps, pe, spans, byOpen).map((t) => (t.kind === 'quote' ? '<q>' : t.w));
}

describe('words of a paragraph', () => {
  it('joins letters through an apostrophe, full stop, hyphen or ampersand only before another letter', () => {
    expect(words("Mr. O'Hara's U.S. firm AT&T won't join al-Assad's talks - ever.")).toEqual([
      'Mr', '.', "O'Hara", "'s", 'U.S', '.', 'firm', 'AT&T', "won't", 'join', 'al-Assad', "'s", 'talks', '-', 'ever', '.',
    ]);
  });

  it('keeps accented letters and combining marks in the word, and digits joined by a full stop', () => {
    expect(words('Zoë Vélez paid 3.5 million, cafe\u0301 owner said.')).toEqual(['Zoë', 'Vélez', 'paid', '3.5', 'million', ',', 'cafe\u0301', 'owner', 'said', '.']);
  });

  it('stops a word at the paragraph end even when the text goes on', () => {
    const text = 'Dana Brisk-Holm said so';
    // The paragraph ends inside "Brisk-Holm": right after the hyphen (no letter follows it there), and before it.
    expect(words(text, 0, 11)).toEqual(['Dana', 'Brisk', '-']);
    expect(words(text, 0, 9)).toEqual(['Dana', 'Bris']);
  });

  it('reads words around characters outside the basic plane, and a lone surrogate as no word', () => {
    expect(words('Tam \u{1D400}bc won \u{1F600} today.')).toEqual(['Tam', '\u{1D400}bc', 'won', '\u{1F600}', 'today', '.']);
    expect(words('Tam\ud800 won.').filter((w) => /\w/.test(w))).toEqual(['Tam', 'won']);
  });

  it('keeps a quote one token between words', () => {
    expect(words('Lee said "we won" on Monday.')).toEqual(['Lee', 'said', '<q>', 'on', 'Monday', '.']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractDirect, quoteWith, speakerOf } from './helpers.js';

describe('a possessor, a capitalised qualifier and an office before a name (session 30)', () => {
  it('reads the name as the subject, not the possessor', () => {
    const text = [
      'Film critics expect few surprises at Sunday\'s awards.',
      'Harbour Weekly\'s US editor Tomas Velk thinks the year\'s films failed to excite. "Nobody fell in love with a film this year," he said.',
    ].join('\n\n');
    expect(speakerOf(extractDirect(text), 'Nobody fell in love')).toBe('Tomas Velk');
  });

  it('reads a nationality before the office the same way', () => {
    const text = [
      'Harbour Rovers won again on Saturday.',
      'Wexmoor\'s French striker Luc Danvers scored both goals in the second half. "It was a good day for the whole squad," he said.',
    ].join('\n\n');
    expect(speakerOf(extractDirect(text), 'good day for the whole')).toBe('Luc Danvers');
  });
});

describe('a capitalised word opening the sentence before a noun and its verb names nobody (session 30)', () => {
  it('does not read "Early" in "Early talks have taken place" as a speaker', () => {
    const text = [
      'Tomas Raybeck is ready to commit his future to Harbour Rovers.',
      'Early talks have taken place and the defender said: "Hopefully something will be agreed soon."',
      '"We are close to a deal," Tomas Raybeck said.',
    ].join('\n\n');
    const quotes = extractDirect(text);
    // (The quote after "the defender said:" is not read at all here; no quote of the text is "Early"'s.)
    expect(speakerOf(quotes, 'We are close to a deal')).toBe('Tomas Raybeck');
    expect(quotes.filter((q) => q.speaker?.name === 'Early')).toHaveLength(0);
  });

  it('does not read "demand" in "Consumer demand will remain weak" as a speech verb', () => {
    const text = [
      'The Wexmoor Trade Council (WTC) said growth would slow next year.',
      'Consumer demand will remain weak in the valley and exports will carry the economy. "The orderly rise of wages is a challenge for every employer," it noted.',
    ].join('\n\n');
    const q = quoteWith(extractDirect(text), 'orderly rise of wages');
    expect(q).toBeDefined();
    expect(q?.speaker?.name).not.toBe('Consumer');
  });
});

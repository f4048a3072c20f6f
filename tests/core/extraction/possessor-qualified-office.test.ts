import { describe, expect, it } from 'vitest';
import { extractDirect, speakerOf } from './helpers.js';

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

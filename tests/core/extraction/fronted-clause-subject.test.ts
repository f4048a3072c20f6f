import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

describe('the named subject after a fronted clause with a comma inside (session 32)', () => {
  const text = [
    'Paul Denton, the party chairman, opened the meeting in Harbourtown on Friday.',
    '"We will win this county and the two next to it," Mr. Denton said.',
    'Later, Mr. Denton was joined by Carl Tolver, the campaign\'s new field director, to lay out the plan for the autumn.',
    'As the members ate lunch in a small, crowded room overlooking the river, Mr. Tolver walked them through a map of every ward in the county.',
    'And in the northern wards, he said the party could force its rivals to spend money on defence.',
  ].join('\n\n');

  it('reads the "he" after it as that subject, not as the last speaker', () => {
    expect(speakerOf(extract(text), 'could force its rivals')).toBe('Carl Tolver');
  });

  it('leaves a fronted clause whose comma opens the subject alone', () => {
    const plain = [
      'Paul Denton, the party chairman, opened the meeting in Harbourtown on Friday.',
      '"We will win this county and the two next to it," Mr. Denton said.',
      'As the members ate lunch, the waiters walked them through a list of dishes.',
      'In the northern wards, he said the party could force its rivals to spend money on defence.',
    ].join('\n\n');
    expect(speakerOf(extract(plain), 'could force its rivals')).toBe('Paul Denton');
  });
});

import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './helpers.js';

// Every text here is written for these tests; names and places are invented (issue 14, h-qa5). A reported
// clause shown as an answer must be what the speaker said: not the place the story was filed from, nor the
// attribution and the reporter's own adjunct after it.
describe('the edges of a reported clause before "X said"', () => {
  it('a dateline opening the paragraph is not part of the clause', () => {
    const q = quoteWith(extract('PORTON — The old bridge will be closed to traffic, the transport minister Ansel Brandt said.'), 'old bridge');
    expect(q?.text).toBe('The old bridge will be closed to traffic');
    const ap = quoteWith(extract('EASTON, Calvary (AP) — The old bridge will be closed to traffic, Ansel Brandt said.'), 'old bridge');
    expect(ap?.text).toBe('The old bridge will be closed to traffic');
  });

  it('a capitalised word opening an ordinary sentence stays in the clause', () => {
    const q = quoteWith(extract('NATO troops will leave the valley by spring, Ansel Brandt said.'), 'valley');
    expect(q?.text).toBe('NATO troops will leave the valley by spring');
  });

  it('an adjunct of the saying after "X said on Tuesday," is not the rest of the clause', () => {
    const q = quoteWith(
      extract(
        'The old bridge will be closed to traffic, Westmark\'s transport minister said on Tuesday, after years of debate over its safety.\n' +
          '"The bridge has had its day," Transport Minister Ansel Brandt said in a statement.',
      ),
      'old bridge',
    );
    expect(q?.speaker?.name).toBe('Ansel Brandt');
    expect(q?.text).toBe('The old bridge will be closed to traffic');
  });

  it('a parenthetical "X said," inside the clause still keeps both halves', () => {
    const q = quoteWith(extract('The old bridge, Ansel Brandt said, will be closed to traffic by the end of the year.'), 'old bridge');
    expect(q?.text).toContain('closed to traffic by the end of the year');
  });
});

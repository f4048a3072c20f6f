import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

describe('colon lead-ins', () => {
  it('a verb followed by a colon introduces the next quote, not the finished one before it', () => {
    const qs = extract(
      'Council leader Maria Ortega said: "The budget is balanced for the first time in a decade." ' +
        'Tom Reilly, for the Greens, added: "Balanced on the backs of the libraries, perhaps."',
    );
    expect(speakerOf(qs, 'balanced for the first time')).toBe('Maria Ortega');
    expect(speakerOf(qs, 'backs of the libraries')).toBe('Tom Reilly');
  });

  it('a split quote ending in a comma still takes the attribution after it', () => {
    const qs = extract('"We will appeal," Reilly said: "this is not over."');
    expect(speakerOf(qs, 'We will appeal')).toBe('Reilly');
    expect(speakerOf(qs, 'this is not over')).toBe('Reilly');
  });
});

import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';
import { splitParagraphs } from '../../../src/core/articles/paragraphs.js';
import { extractWithEvidence } from '../../../src/core/extraction/index.js';

// Every text here is written for these tests; names and places are invented (docs/EXTRACTION.md, session 32,
// h-attr76, after session 31's h-attr74): a one-word name that reports its own words by "it" or "its" is a body, not a person's surname.
describe('a one-word name that says "it" or "its" of itself is a body', () => {
  it('"Varnex said its profits ..." files Varnex as an organisation, every quote of it', () => {
    const q = extract(
      'Varnex lifts profits\n\n' +
        'Varnex said its profits rose 8% last year on strong sales in Dunmore.\n\n' +
        'Varnex said that demand for its heaters would stay high through the winter.',
    );
    expect(speakerOf(q, 'its profits rose')).toBe('Varnex');
    expect(quoteWith(q, 'its profits rose')?.speaker?.isOrganisation).toBe(true);
    expect(quoteWith(q, 'demand for its heaters')?.speaker?.isOrganisation).toBe(true);
  });

  it('"Varnex said it would cut ..." files it as an organisation too', () => {
    const q = extract('Varnex to cut jobs\n\nVarnex said it would cut 200 jobs at its plant in Dunmore by March.');
    expect(quoteWith(q, 'would cut 200 jobs')?.speaker?.isOrganisation).toBe(true);
  });

  it('not a person named by a title, nor an "it" before a form of "be"', () => {
    const q = extract(
      'Talks resume\n\n' +
        'Mr Oduya arrived in Dunmore on Monday. Oduya said it would cut the waiting lists by half.\n\n' +
        'Castel was in the square. Castel said it was not typical of the town to protest.',
    );
    expect(quoteWith(q, 'waiting lists')?.speaker?.isOrganisation).toBeFalsy();
    expect(quoteWith(q, 'not typical of the town')?.speaker?.isOrganisation).toBeFalsy();
  });

  it('keeps the person reading in the confidence model and still hears "he" of nobody it names', () => {
    const text =
      'Varnex cuts jobs\n\n' +
        'Varnex said it would cut 200 jobs at its plant in Dunmore by March.\n\n' +
        '"We have no choice," Varnex said in a statement on Monday.';
    const seen: string[] = [];
    extractWithEvidence(text, splitParagraphs(text), {}, (q, e) => { if (q.speaker?.name === 'Varnex') seen.push(e.speaker); });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s === 'person')).toBe(true);
    expect(quoteWith(extract(text), 'no choice')?.speaker?.isOrganisation).toBe(true);
  });
});

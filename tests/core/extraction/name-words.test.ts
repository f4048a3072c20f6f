import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/core/extraction/marks.js';
import { runStartingAt } from '../../../src/core/extraction/names.js';
import { tokenize } from '../../../src/core/extraction/tokens.js';
import { extract, quoteWith } from './helpers.js';

// Every text here is written for these tests; the people are invented (issue 13, h-names): words that are also
// organisation words, surname particles and month words, read as parts of a person's name.
const speakerOf = (text: string, words: string) => quoteWith(extract(text), words)?.speaker;

/** The run of name words that starts at the first token `first` of `text`, as its words. */
function nameRunFrom(text: string, first: string): string {
  const spans = findQuoteSpans(text, [{ start: 0, end: text.length }]);
  const byOpen = new Map<number, number>();
  spans.forEach((s, i) => byOpen.set(s.open, i));
  const tokens = tokenize(text, 0, text.length, spans, byOpen);
  const i = tokens.findIndex((t) => t.w === first);
  return tokens.slice(i, runStartingAt(tokens, i, tokens.length)).map((t) => t.w).join(' ');
}

describe('names that hold a word of another kind', () => {
  it('a common given name and an organisation word that is also a family name is a person ("Don Herald")', () => {
    const text = 'Port Harlow Mayor Don Herald said the pier would "open again by summer".\n\nBut Herald, the first mayor in a decade to live on the seafront, said the town "cannot wait for Whitehall".';
    const first = speakerOf(text, 'open again by summer');
    expect(first?.name).toBe('Don Herald');
    expect(first?.isOrganisation).toBeFalsy();
    expect(first?.role).toBe('Port Harlow Mayor');
    // The surname alone later is the same person, not the newspaper word.
    const later = speakerOf(text, 'cannot wait for Whitehall');
    expect(later?.name).toBe('Don Herald');
    expect(later?.isOrganisation).toBeFalsy();
  });

  it('a body of a place keeps its organisation word ("Victoria Police") and "the Herald" stays a newspaper', () => {
    expect(speakerOf('Victoria Police said the road would "stay shut until Monday".', 'stay shut')?.isOrganisation).toBe(true);
    const text = 'Councillor Jim Herald welcomed the plan.\n\nThe Herald said the plan was "a good start for the harbour".';
    const q = speakerOf(text, 'good start');
    expect(q?.name).not.toBe('Jim Herald');
  });

  it('lower-case particles after a given name are part of the name ("Anna van der Kolk", "Luis de la Vega")', () => {
    expect(speakerOf('"The data is clear," said Anna van der Kolk, a hydrologist at Delft.', 'data is clear')?.name).toBe('Anna van der Kolk');
    expect(speakerOf('Luis de la Vega said the harvest was "the worst in thirty years".', 'worst in thirty')?.name).toBe('Luis de la Vega');
  });

  it('a month word after a given name is a family name ("Brian May", "Mrs May")', () => {
    expect(speakerOf('"We played it loud," said guitarist Brian June.', 'played it loud')?.name).toBe('Brian June');
    expect(speakerOf('Shadow minister Carol March said the bill was "a mess".', 'a mess')?.name).toBe('Carol March');
    expect(speakerOf('Opposition leader Theresa May said the vote was "a disgrace".\n\n"It must be repeated," Mrs May added.', 'must be repeated')?.name).toBe('Theresa May');
  });

  it('a month word followed by a day or a year, or opening a headline verb, is no family name', () => {
    const dated = speakerOf('Councillor Ann Tolley said on Tuesday that the budget, due in May 2026, was "far too thin".', 'far too thin');
    expect(dated?.name).toBe('Ann Tolley');
    const heading = 'Voters May Decide Port Harlow Pier\n\nCouncillor Ann Tolley said the pier was "a relic".';
    expect(speakerOf(heading, 'a relic')?.name).toBe('Ann Tolley');
    // A headline's verb after a given name that is also a noun: "Bill" is no "Bill May".
    expect(nameRunFrom('Harbour Bill May Pass This Week', 'Bill')).toBe('Bill');
    expect(nameRunFrom('The harbour was sold by Bill May in 2004.', 'Bill')).toBe('Bill May');
    expect(nameRunFrom('The harbour was sold to Bill in May 2004.', 'Bill')).toBe('Bill');
    expect(nameRunFrom('The harbour was sold to Bill May 5, a Tuesday.', 'Bill')).toBe('Bill');
  });
});

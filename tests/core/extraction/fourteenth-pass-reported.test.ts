import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; people, papers and towns are invented (docs/EXTRACTION.md, "Issue 13,
// fourteenth pass: reported speech the reader passed over", h-attr24).

describe('a named hearer after its article, then the reported clause', () => {
  it('"told the AP his firm ...": the clause after the hearer is reported speech', () => {
    const q = extract('The charity hired two lobbying firms in 2012. Ned Parrow told the AP his firm worked closely with the charity.');
    expect(quoteWith(q, 'his firm worked closely')?.kind).toBe('indirect');
    expect(speakerOf(q, 'his firm worked closely')).toBe('Ned Parrow');
  });

  it('"told The Harbour Post her ferry ...": a capitalised article too', () => {
    const q = extract('The envoy Mara Lund left the island on Monday. Lund told The Harbour Post her ferry would return in May.');
    expect(speakerOf(q, 'her ferry would return in May')).toBe('Mara Lund');
  });

  it('keeps a plain object after "told the" ("told the story of his life") out', () => {
    const q = extract('Ned Parrow told the story of his life to a packed hall in Marston.');
    expect(q.filter((x) => x.kind === 'indirect')).toHaveLength(0);
  });
});

describe('a comment clause on "as" reports the rest of its sentence', () => {
  it('"As The Harbour Post reported, CLAUSE"', () => {
    const q = extract('The ferry has run at a loss for years. As The Harbour Post reported, the ferry will close in May after the council vote.');
    expect(quoteWith(q, 'the ferry will close in May')?.kind).toBe('indirect');
    expect(speakerOf(q, 'the ferry will close in May')).toBe('Harbour Post');
  });

  it('"But as Nia Rowe noted last week, CLAUSE": a coordinator and a time adjunct', () => {
    const q = extract('But as Nia Rowe noted last week, the pier has been shut for three years.');
    expect(speakerOf(q, 'the pier has been shut')).toBe('Nia Rowe');
  });

  it('"As Rowe put it, CLAUSE"', () => {
    const q = extract('Nia Rowe runs the island trust. As Rowe put it, the ferry is a lifeline for the island.');
    expect(speakerOf(q, 'the ferry is a lifeline')).toBe('Nia Rowe');
  });

  it('a time clause on "as" is no comment clause ("As Rowe said goodbye, ...", an aside in the subject)', () => {
    const q = extract('As Nia Rowe said goodbye, the crowd cheered loudly at the pier.\nAs Ada Fenn, a pilot with a gift for jokes, chatted with her friend at the table, her brother grew impatient.');
    expect(q.filter((x) => x.kind === 'indirect')).toHaveLength(0);
  });
});

describe('"joked that" reports a clause; "joked with" does not', () => {
  it('"X joked that CLAUSE"', () => {
    const q = extract('Dana Holt, the ferry captain, spoke at the launch. Holt joked that the ferry was older than she was.');
    expect(speakerOf(q, 'the ferry was older than she was')).toBe('Dana Holt');
  });

  it('"joked with her friend at the table, CLAUSE" and "joked about moving" report nothing', () => {
    const q = extract('Dana Holt joked with her friend at the table, her brother grew impatient with the band.\nIn a later interview with The Harbour Post, Holt joked about moving to the island for good.');
    expect(q.filter((x) => x.kind === 'indirect')).toHaveLength(0);
  });
});

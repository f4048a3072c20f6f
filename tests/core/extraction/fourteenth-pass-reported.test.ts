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

describe('a name opening the sentence, a long appositive, then ", said CLAUSE"', () => {
  it('"Sandra Holt, a ferry supporter from Corran, Miss., attending ..., said she could not ...": Holt speaks the clause', () => {
    const q = extract('Sandra Holt, a ferry supporter from Corran, Miss., attending the harbour convention, said she could not support the toll.');
    expect(speakerOf(q, 'she could not support the toll')).toBe('Sandra Holt');
    expect(quoteWith(q, 'a ferry supporter from Corran')).toBeUndefined();
  });

  it('"Will Rowe, for example, said Tam\'s visit would ...": a name after the verb that opens the clause', () => {
    const q = extract("Will Rowe, for example, said Tam's visit would likely earn the party attention all weekend.");
    expect(speakerOf(q, "visit would likely earn the party")).toBe('Will Rowe');
  });

  it('keeps ", said X" inverted when the name after the verb ends the clause', () => {
    const q = extract('Security, stability and prosperity would be the themes of the summit, said Mr Straw.');
    expect(speakerOf(q, 'would be the themes of the summit')).toBe('Straw');
  });
});

describe('a quantity or a part of the day after the verb', () => {
  it('"said nearly every conversation ..." is a clause, not an adverb', () => {
    const q = extract('Mike Shields, president of the Harbour Fund, a group allied with the council, said nearly every conversation he has had with donors centers on the toll.');
    expect(speakerOf(q, 'nearly every conversation he has had')).toBe('Mike Shields');
  });

  it('"said early Friday that ..." reports the clause after "that"', () => {
    const q = extract('The harbour minister, Bernard Kessel, said early Friday that 80 people were hurt and 18 others were missing.');
    expect(speakerOf(q, '80 people were hurt')).toBe('Bernard Kessel');
    expect(quoteWith(q, '80 people were hurt')?.text.startsWith('80')).toBe(true);
  });
});

describe('a speech verb inside an object relative: its subject speaks the rest of the relative clause', () => {
  it('"policies, which he said had harmed the town": the clause starts at the finite verb', () => {
    const q = extract('Mayor Ada Holt spoke for an hour. She cited the council\'s policies, which she said had harmed the harbour town.');
    expect(quoteWith(q, 'had harmed the harbour town')?.text).toBe('had harmed the harbour town');
    expect(speakerOf(q, 'had harmed the harbour town')).toBe('Ada Holt');
  });

  it('"a bill, which critics said was unfair to ferry workers": the group speaks, not the sentence\'s subject', () => {
    const q = extract('Governor Tam Rusk vetoed a bill, which critics said was unfair to ferry workers.');
    expect(speakerOf(q, 'was unfair to ferry workers')).toBe('critics');
  });

  it('"a charity that prosecutors said was suspected of fraud"; a number\'s comma and "Mr." stay inside', () => {
    const q = extract('It was a charity in Corran that prosecutors said was suspected of fraud.\nThe leaflet, which the Harbour Office says has cost about 2,500 pounds to print, was withdrawn.\nThe party, which they said has treated Mr. Rusk unfairly, met on Friday.');
    expect(speakerOf(q, 'was suspected of fraud')).toBe('prosecutors');
    expect(quoteWith(q, 'has cost about')?.text).toBe('has cost about 2,500 pounds to print');
    expect(quoteWith(q, 'has treated Mr. Rusk')?.text).toBe('has treated Mr. Rusk unfairly');
  });

  it('keeps "that" after a speech verb or a coordinator a complementiser, and "What he said was" the writer\'s', () => {
    const q = extract('Ada Holt said she would act and that the harbour reports were not "well informed" at all.\nTraders were sceptical that the latest reports heralded a deal.\nWhat Rusk said was never true.');
    expect(q.some((x) => x.speaker?.name === 'the harbour')).toBe(false);
    expect(q.some((x) => x.text.startsWith('heralded'))).toBe(false);
    expect(q.some((x) => x.text.startsWith('was never true'))).toBe(false);
  });
});

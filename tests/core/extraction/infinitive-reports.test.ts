import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; people, places and bodies are invented (docs/EXTRACTION.md, "Issue 13,
// twenty-fourth pass: reported commitments and requests", h-attr50).

const indirect = (text: string): string[] => extract(text).filter((q) => q.kind === 'indirect').map((q) => q.text);

describe('a past verb of commitment reports its to-infinitive (vowed / promised / pledged to ...)', () => {
  it('"Holt vowed on Monday to freeze ferry fares ...": Holt\'s words, from "to", after a time phrase', () => {
    const qs = extract('Harbour fares\n\nMayor Ada Holt vowed on Monday to freeze ferry fares until the end of the decade.');
    expect(quoteWith(qs, 'to freeze ferry fares')?.text).toBe('to freeze ferry fares until the end of the decade');
    expect(speakerOf(qs, 'to freeze ferry fares')).toBe('Ada Holt');
  });

  it('"promised not to close ..." keeps its "not"; the report ends before ", and" and a second verb', () => {
    expect(indirect('Harbour fares\n\nTom Brack promised not to close the night service, and pledged to the unions a new contract.'))
      .toEqual(['not to close the night service']);
  });

  it('the report ends at ", but" before a verb of the subject ("..., but warned that ...")', () => {
    expect(indirect('Harbour fares\n\nMayor Ada Holt vowed to review the ferry timetable, but warned that money was short.'))
      .toEqual(['to review the ferry timetable', 'money was short']);
  });

  it('(guard) "to" before no verb is no report: "pledged to the cause", "vowed to supporters"', () => {
    expect(indirect('Harbour fares\n\nTom Brack pledged to the harbour fund a share of his salary.')).toEqual([]);
    expect(indirect('Harbour fares\n\n"We will win this," Tom Brack vowed to supporters at the pier.')).toEqual([]);
    // (A plural after "to" with no quote before the verb: the hearers, not a verb.)
    expect(indirect('Harbour fares\n\nTom Brack pledged to members of the ferry union a new contract.')).toEqual([]);
  });

  it('(guard) the base and -s forms are nouns or forecasts: "Tory promises to cut tax", "what promises to be a long summer"', () => {
    expect(indirect('Harbour fares\n\nThe minister dismissed the Tory promises to cut ferry tax by half.')).toEqual([]);
    expect(indirect('Harbour fares\n\nThe regatta opens what promises to be a long summer for the harbour.')).toEqual([]);
  });

  it('(guard) a pronoun right after a noun opens a relative: "the work she promised to bring to the office" reports nothing', () => {
    expect(indirect('Harbour fares\n\nVoters wanted more than the hard work she promised to bring to the harbour office.')).toEqual([]);
    expect(indirect('Harbour fares\n\nThe town raised $5 million of the $9 million it pledged to help pay for the new pier.')).toEqual([]);
  });

  it('an adverb before the pronoun is no noun: "Just as predictably she promised to ..." is her report', () => {
    const qs = extract('Harbour fares\n\nMayor Ada Holt faced the crews on Monday. Just as predictably she promised to freeze ferry fares for a year.');
    expect(quoteWith(qs, 'to freeze ferry fares')?.text).toBe('to freeze ferry fares for a year');
    expect(speakerOf(qs, 'to freeze ferry fares')).toBe('Ada Holt');
  });
});

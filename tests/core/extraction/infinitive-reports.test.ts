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
  });

  it('(guard) the base and -s forms are nouns or forecasts: "Tory promises to cut tax", "what promises to be a long summer"', () => {
    expect(indirect('Harbour fares\n\nThe minister dismissed the Tory promises to cut ferry tax by half.')).toEqual([]);
    expect(indirect('Harbour fares\n\nThe regatta opens what promises to be a long summer for the harbour.')).toEqual([]);
  });

  it('(guard) a pronoun right after a noun opens a relative: "the work she promised to bring to the office" reports nothing', () => {
    expect(indirect('Harbour fares\n\nVoters wanted more than the hard work she promised to bring to the harbour office.')).toEqual([]);
    expect(indirect('Harbour fares\n\nThe town raised $5 million of the $9 million it pledged to help pay for the new pier.')).toEqual([]);
  });
});

describe('a verb of request reports its hearer and to-infinitive (urged / asked / told X to ...)', () => {
  it('"Holt urged residents to stay away from the pier": the hearer and the request, the hearer as audience', () => {
    const qs = extract('Harbour notes\n\nMayor Ada Holt urged residents to stay away from the pier on Friday.');
    const q = quoteWith(qs, 'to stay away');
    expect(q?.text).toBe('residents to stay away from the pier on Friday');
    expect(q?.speaker?.name).toBe('Ada Holt');
    expect(q?.audience).toBe('residents');
  });

  it('"asked the ferry company not to raise fares" and "told reporters to expect a decision"', () => {
    const text = 'Harbour notes\n\nTom Brack asked the ferry company not to raise fares. Later Tom Brack told reporters to expect a decision next week.';
    expect(indirect(text)).toEqual(['the ferry company not to raise fares', 'reporters to expect a decision next week']);
  });

  it('(guard) "told Reuters the firm would ...": a verb that takes a clause keeps its clause, the hearer out of it', () => {
    expect(indirect('Harbour notes\n\nTom Brack told the committee he tried to work with the port authority for a year.'))
      .toEqual(['he tried to work with the port authority for a year']);
  });

  it('(guard) a question after the hearer stays a question: "asked workers if they planned to attend"', () => {
    expect(indirect('Harbour notes\n\nTom Brack asked the workers if they planned to attend the meeting.'))
      .toEqual(['if they planned to attend the meeting']);
  });

  it('(guard) "asked for volunteers to move" names no hearer; "was asked to speak" is passive', () => {
    expect(indirect('Harbour notes\n\nThe captain asked for volunteers to move to the back of the ferry.')).toEqual([]);
    expect(indirect('Harbour notes\n\nTom Brack was asked to speak at the harbour meeting.')).toEqual([]);
  });
});

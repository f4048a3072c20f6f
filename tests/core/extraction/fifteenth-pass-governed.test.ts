import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; people, papers and towns are invented (docs/EXTRACTION.md, "Issue 13,
// fifteenth pass: the attribution is no part of the words, the name after the verb speaks", h-attr25).

const indirect = (text: string) => extract(text).filter((q) => q.kind === 'indirect');

describe('"CLAUSE, said NAME, APPOSITIVE." reports only the clause', () => {
  it('a determiner appositive ("the mayor") ends the sentence', () => {
    const q = indirect('The harbour plan, which the council approved last year, is dead, said Ada Holt, the mayor of Marston.');
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toBe('The harbour plan, which the council approved last year, is dead');
    expect(speakerOf(q, 'is dead')).toBe('Ada Holt');
  });

  it('a who-clause and an appositive with a comma inside ("at the University of Marston, Kent")', () => {
    expect(indirect('The ferry will stop running in May, said Ada Holt, who chairs the harbour board.')[0]!.text).toBe('The ferry will stop running in May');
    expect(indirect('Tolls on the bridge will double next year, says Ben Orr, an economist at the University of Marston, Kent.')[0]!.text).toBe('Tolls on the bridge will double next year');
  });

  it('keeps the rest of the clause after the speaker ("By contrast, said X, the code ... were")', () => {
    const q = indirect('By contrast, said Ben Orr, the tolls on the old bridge were never raised.');
    expect(q[0]!.text).toContain('the tolls on the old bridge were never raised');
  });

  it('keeps a clause that goes on after a comma part ("..., San Marco, helps ...")', () => {
    const q = indirect('This new system, says Ben Orr, an engineer at the University of Marston, San Marco, helps ships dock at night.');
    expect(q[0]!.text).toContain('helps ships dock at night');
  });

  it('a document has no who-clause of its own ("suggests the survey, who will spend ...")', () => {
    const q = indirect('The worst offenders will be those under thirty, suggests the survey, who will spend five hours a week online.');
    expect(q[0]!.text).toContain('who will spend five hours');
  });
});

describe('"NP, said NAME, CLAUSE": the name after the verb speaks, not the noun phrase before it', () => {
  it('"The ferry, said Ada Holt, will stop ..."', () => {
    const q = extract('The ferry, said Ada Holt, will stop running in May.');
    expect(speakerOf(q, 'will stop running in May')).toBe('Ada Holt');
  });

  it('"The answer, says Prof Orr, is ..."', () => {
    const q = extract('The answer, says Prof Ben Orr, is a second ferry for the island.');
    expect(speakerOf(q, 'is a second ferry')).toBe('Ben Orr');
  });

  it('"And Holt, said Quist, who ..., does not forgive"', () => {
    const q = extract('Ada Holt ran the port for a decade. And Holt, said Mara Quist, who still works for her, does not forgive or forget.');
    expect(speakerOf(q, 'does not forgive or forget')).toBe('Mara Quist');
  });

  it('keeps "X, the mayor, said Monday, ..." with its subject before the verb', () => {
    const q = extract('Ada Holt, the mayor, said Monday the ferry would stop in May.');
    expect(speakerOf(q, 'the ferry would stop in May')).toBe('Ada Holt');
  });
});

describe('"Current and former officials said": two tenures of one office are one unnamed group', () => {
  it('reads the group as an anonymous source', () => {
    const q = extract('Current and former officials said the harbour plan had stalled for months.');
    expect(speakerOf(q, 'the harbour plan had stalled')).toBe('Current and former officials');
    expect(q[0]!.speaker?.anonymous).toBe(true);
  });

  it('"past and current employees told the paper that ..."', () => {
    const q = extract('Past and current employees told the paper that the port was badly run.');
    expect(speakerOf(q, 'the port was badly run')).toBe('Past and current employees');
  });

  it('keeps a name joined by "and" out of the group ("Holt and former officials")', () => {
    const q = extract('Ada Holt and former officials said the harbour plan had stalled.');
    expect(speakerOf(q, 'the harbour plan had stalled')).not.toBe('Ada Holt and former officials');
  });
});

import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; people, places and bodies are invented (docs/EXTRACTION.md, "Issue 13,
// twenty-third pass: which clauses are reported speech", h-attr46).

const indirect = (text: string): string[] => extract(text).filter((q) => q.kind === 'indirect').map((q) => q.text);

describe('after "QUOTE," X said, what follows the verb is a setting or a time, not a second reported clause', () => {
  it('"...," Holt said as she accepted the prize: no indirect quote "she accepted the prize"', () => {
    const text = 'Harbour awards\n\n"Everyone on the crew worked hard for this," Ada Holt said as she accepted the prize.';
    expect(indirect(text)).toEqual([]);
    expect(speakerOf(extract(text), 'worked hard')).toBe('Ada Holt');
  });

  it('"...," Holt said when a reporter asked her about the fares: no indirect quote', () => {
    expect(indirect('Ferry fares\n\n"We will not raise them this year," Ada Holt said when a reporter asked her about the fares.')).toEqual([]);
  });

  it('"...," Holt said at a rally in Portwell, Maine, last month: no indirect quote "Maine, last month"', () => {
    expect(indirect('Ferry fares\n\n"The boats are full every morning," Ada Holt said at a rally in Portwell, Maine, last month.')).toEqual([]);
  });

  it('(guard) a relative after the name keeps its clause: "...," said Ada Holt, who added that the boats would run', () => {
    expect(indirect('Ferry fares\n\n"We are ready," said Ada Holt, who added that the boats would run all winter.')).toEqual(['the boats would run all winter']);
  });

  it('(guard) a quoted title inside the sentence keeps the clause: on "Harbour Hour," Holt told the host she believed the fares would fall', () => {
    const qs = indirect('Ferry fares\n\nFriday on the radio show "Harbour Hour," Mayor Ada Holt told the host she believed the fares would fall next year.');
    expect(qs.some((q) => q.includes('the fares would fall'))).toBe(true);
  });

  it('(guard) a coordinator after the quote opens a new clause: "...," and Holt said the fares would fall', () => {
    const qs = indirect('Ferry fares\n\n"We have waited long enough," the riders wrote, and Mayor Ada Holt said the fares would fall next year.');
    expect(qs.some((q) => q.includes('the fares would fall'))).toBe(true);
  });
});

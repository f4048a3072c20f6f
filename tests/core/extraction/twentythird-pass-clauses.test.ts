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

describe('a verb inside a fronted subordinate clause reports only up to that clause\'s comma', () => {
  it('"Although Ada Holt said the fares were too high, the board voted ...": the clause ends before the main clause', () => {
    const qs = indirect('Ferry fares\n\nAlthough Mayor Ada Holt said the fares were too high, the board voted on Monday to raise them again.');
    expect(qs).toEqual(['the fares were too high']);
  });

  it('"When Holt argued that the boats were unsafe, ..." ends at the comma; a number\'s comma ("2,500") goes on', () => {
    const qs = indirect('Ferry fares\n\nWhen Mayor Ada Holt argued that 2,500 riders had been stranded, the board met again.');
    expect(qs).toEqual(['2,500 riders had been stranded']);
  });

  it('(guard) a sentence that opens with its subject keeps the whole clause after "said"', () => {
    const qs = indirect('Ferry fares\n\nMayor Ada Holt said the fares were too high, and the board would hear the riders on Monday.');
    expect(qs).toEqual(['the fares were too high, and the board would hear the riders on Monday']);
  });
});

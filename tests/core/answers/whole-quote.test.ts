import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shownOf, type OnRecord } from '../../../src/core/index.js';
import { interruptsOneQuotation, joinHalves, quotedSpans, shownRanges } from '../../../src/core/answers/whole-quote.js';
import { coreOf } from './texts.js';

/**
 * One quotation, one answer (issue 14): the extractor stores a quotation interrupted by its attribution as two
 * quotes. The question's words sit in one half and the words wanted in the other; the answer shows it whole.
 * Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'pier.txt': `Dunmore pier to reopen in June

The mayor of Dunmore, Elsa Varnholt, spoke to traders on Monday.

"The old pier has been a disgrace for years," Varnholt said. "We will rebuild every plank by June with money from the harbour fund."

"Nobody will stop us," she said, "until the lighthouse café is serving customers again."

"The night ferry has been late all winter," harbourmaster Ines Okafor said. "Nobody on the island is told why. "The timetable is rewritten every single week."

Oskar Pell, who runs the fish market, was not convinced. "The pier works are far too slow," Pell said. "They are right on schedule," Varnholt replied.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a quotation split at its attribution', () => {
  it('is shown whole when the question matches one half and the words sit in the other ("A," she said. "B.")', async () => {
    const a = await core.ask('what did Varnholt say about the old pier');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Elsa Varnholt');
    expect(a.hits[0]?.text).toBe('The old pier has been a disgrace for years … We will rebuild every plank by June with money from the harbour fund.');
    expect(a.hits[0]?.parts).toHaveLength(2);
  });

  it('is shown whole when the attribution interrupts one sentence ("A," she said, "b.")', async () => {
    const a = await core.ask('what did Varnholt say about the lighthouse café');
    expect(a.hits[0]?.text).toBe('Nobody will stop us … until the lighthouse café is serving customers again.');
  });

  it('is shown once, not once per half', async () => {
    const a = await core.ask('what did Varnholt say', { limit: 10 });
    const shown = a.hits.flatMap((h) => h.parts ?? [h.id]);
    expect(new Set(shown).size).toBe(shown.length);
    expect(a.hits.filter((h) => h.text.includes('rebuild every plank'))).toHaveLength(1);
  });

  it('is shown whole, every piece in order, when the quotation goes on after a paragraph break the text lost', async () => {
    const a = await core.ask('what did Okafor say about the night ferry');
    expect(a.hits[0]?.text).toBe('The night ferry has been late all winter … Nobody on the island is told why. … The timetable is rewritten every single week.');
    expect(a.hits[0]?.parts).toHaveLength(3);
    expect(a.hits).toHaveLength(1);
  });

  it('never joins two people\'s words', async () => {
    const a = await core.ask('what did Pell say about the pier works');
    expect(a.hits[0]?.speaker?.name).toBe('Oskar Pell');
    expect(a.hits[0]?.text).toBe('The pier works are far too slow,');
    expect(a.hits[0]?.parts).toBeUndefined();
  });

  it('is shown again whole from a shared answer', async () => {
    const a = await core.ask('what did Varnholt say about the old pier');
    const again = await core.reshow(shownOf(a));
    expect(again.gone).toBe(0);
    expect(again.answer.hits[0]?.text).toBe(a.hits[0]?.text);
  });
});

describe('the gap between two halves', () => {
  it('is one short attribution clause between commas or before a full stop', () => {
    expect(interruptsOneQuotation('We will not stop,', '" she said, "')).toBe(true);
    expect(interruptsOneQuotation('We will not stop', '”, she said, “')).toBe(true);
    expect(interruptsOneQuotation('We will not stop,', '" Gov. Pell said. "')).toBe(true);
    // Every abbreviation the extractor knows, not a second shorter list: a company, an office number, a country.
    expect(interruptsOneQuotation('We will not stop,', '" said a No. 10 spokesman for Rusk & Co. in the U.S., "')).toBe(true);
    expect(interruptsOneQuotation('We will not stop,', '" said the Hon. Ada Rusk, "')).toBe(true);
    expect(interruptsOneQuotation('We will not stop,', '” said Sen. Ada Rusk (D-Ore.), a member of the harbour board. “')).toBe(true);
    // No comma ending the first half: the words before the attribution are a whole sentence of their own.
    expect(interruptsOneQuotation('We will not stop.', '" said Pell. "')).toBe(false);
    expect(interruptsOneQuotation('We will not stop,', '" she said. Then she left the room and the traders argued. "')).toBe(false);
  });

  it('pairs the marks of a paragraph in order and joins halves without the first\'s comma', () => {
    const p = '"One," he said, "two."';
    expect(quotedSpans(p).map((s) => p.slice(s.start, s.end))).toEqual(['One,', 'two.']);
    expect(joinHalves('One,', 'two.')).toBe('One … two.');
  });

  it('finds each half of the words shown in their paragraph, in order, or says it cannot', () => {
    const p = '"The pier stays shut," the mayor said, "until the council pays."';
    const shown = joinHalves('The pier stays shut,', 'until the council pays.');
    expect(shownRanges(p, shown)?.map((r) => p.slice(r.start, r.end))).toEqual(['The pier stays shut', 'until the council pays.']);
    expect(shownRanges(p, 'until the council pays.')).toEqual([{ start: p.indexOf('until'), end: p.length - 1 }]);
    expect(shownRanges(p, joinHalves('until the council pays,', 'The pier stays shut.'))).toBeNull();
    expect(shownRanges(p, 'words the paragraph never held')).toBeNull();
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Honesty rule: a speaker found only by a description around the quote is answered with words said, never with a
 * reporter's summary, whose description words may be about the person it speaks of (`wordsSaid` in
 * answers/intents/quote.ts). Articles written for this test; the people are invented.
 */
const ROW = `Row over premier's jobs remark

Premier Tom Harrow told a rally on Monday that he would speak about harbour jobs. "The new harbour will be open by the spring, and the ships will come back," he said.

The Courier columnist wrote on Tuesday that the jobs remark was glib and horrifying.
`;
const FERRY = `Ferry timetable cut

"Cutting the winter ferry timetable will leave the islands cut off for weeks," the Gazette columnist Ann Pike told listeners on Wednesday.
`;

let core: OnRecord;
afterAll(async () => { await core?.close(); });

describe('a speaker found by description is answered with words said', () => {
  it("does not show a reported line the description sits beside as the described speaker's answer", async () => {
    core = await coreOf({ 'row.txt': ROW, 'ferry.txt': FERRY });
    const a = await core.ask('what did the Courier columnist say about the jobs remark');
    expect(a.hits.filter((h) => h.kind !== 'direct')).toEqual([]);
    expect(a.status).toBe('not_found');
  });

  it('still answers a description with the words the described speaker said', async () => {
    const a = await core.ask('what did the Gazette columnist say about the winter ferry timetable');
    expect(a.hits[0]?.speaker?.name).toBe('Ann Pike');
    expect(a.hits[0]?.kind).toBe('direct');
  });
});

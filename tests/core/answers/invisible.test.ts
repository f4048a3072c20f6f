import { describe, expect, it } from 'vitest';
import { createOnRecord, type OnRecord } from '../../../src/core/index.js';
import { SqliteQuoteStore } from '../../../src/core/store/sqlite/store.js';
import { stripInvisible } from '../../../src/core/text/invisible.js';

/** Zero-width characters (pasted from web pages, or crafted) inside a name must not hide the speaker. */
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '\u2060'];

const article = (name: string, surname: string) => `Ferries to run all winter

Councillor Maria ${name} said the harbour ferries would keep running through the winter.

"We will keep the ferries running all winter, whatever the weather," ${surname} told the council on Tuesday.
`;

async function coreOf(text: string): Promise<OnRecord> {
  const store = new SqliteQuoteStore({ dir: ':memory:' });
  await store.init();
  const core = createOnRecord({ store, refreshMs: 0 });
  await core.ingestDocument({ content: text, source: 'ferries.txt' });
  return core;
}

describe('zero-width characters in names', () => {
  it.each(INVISIBLE.map((c) => [JSON.stringify(c), c]))('in the question (%s inside "Kirby", three times) the name is still found', async (_n, c) => {
    const core = await coreOf(article('Kirby', 'Kirby'));
    // Three splits: more than a typo repair would bridge, so only ignoring the characters finds the name.
    const a = await core.ask(`what did K${c}ir${c}b${c}y say about the ferries`);
    expect(a.understood.speaker?.query).toBe('Kirby');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Maria Kirby');
    expect(a.hits[0]?.text).toContain('keep the ferries running');
    await core.close();
  });

  it.each(INVISIBLE.map((c) => [JSON.stringify(c), c]))('in the article (%s inside "Kirby") the quote is attributed to Kirby', async (_n, c) => {
    const core = await coreOf(article(`Kir${c}by`, `Kir${c}by`));
    const a = await core.ask('what did Kirby say about the ferries');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Maria Kirby');
    expect(a.hits[0]?.text).toBe('We will keep the ferries running all winter, whatever the weather,');
    await core.close();
  });

  it('keeps joiners where spelling or emoji need them, and maps offsets', () => {
    expect(stripInvisible('Kir\u200dby').text).toBe('Kirby');
    expect(stripInvisible('می\u200cخواهم').text).toBe('می\u200cخواهم'); // Persian: the non-joiner is spelling
    expect(stripInvisible('👩\u200d👧').text).toBe('👩\u200d👧');
    const { text, at } = stripInvisible('a\u200bb\u00adc d');
    expect(text).toBe('abc d');
    expect([at(0), at(2), at(4), at(5), at(7)]).toEqual([0, 1, 2, 3, 5]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnRecord, type OnRecord } from '../../../src/core/index.js';
import { SqliteQuoteStore } from '../../../src/core/store/sqlite/store.js';

/**
 * Role questions over articles written for these tests, each with the date it was published: the role index
 * answers with whoever held the office at the time asked (else most recently), says so when a role fits several
 * people about equally, and reads a "boss" as the manager he is.
 */
const ARTICLES: { source: string; published?: string; content: string }[] = [
  {
    source: 'knives-2003.txt',
    published: '2003-05-12',
    content: `Police chief warns on knife crime

Metropolitan Police Commissioner Sir John Stevens said knife crime in the capital had to be tackled at school.

"Every knife taken off the street is a life saved," Sir John Stevens said.
`,
  },
  {
    source: 'knives-2005.txt',
    published: '2005-09-30',
    content: `New commissioner targets knife crime

Metropolitan Police Commissioner Sir Paul Stephenson said knife crime would be his first priority.

"Knife crime is the first thing I will deal with as commissioner," Sir Paul Stephenson said.
`,
  },
  {
    source: 'ministers.txt',
    content: `Ministers meet on trade

Finance Minister Alma Reyes said the talks on tariffs had gone well.

"The tariffs will come down within the year," Reyes said.

Finance Minister Tomas Varga said his country wanted the same.

"We want the tariffs gone before winter," Varga said.
`,
  },
  {
    source: 'derby.txt',
    content: `Keegan happy with derby draw

Newcastle boss Kevin Keegan said the draw was a fair result.

"A point at the Stadium of Light is a fair result for us," Keegan said.
`,
  },
];

let core: OnRecord;
beforeAll(async () => {
  const store = new SqliteQuoteStore({ dir: ':memory:' });
  await store.init();
  core = createOnRecord({ store, refreshMs: 0, now: () => new Date('2006-01-10T12:00:00Z') });
  for (const a of ARTICLES) await core.ingestDocument({ content: a.content, source: a.source, ...(a.published ? { meta: { published: a.published } } : {}) }, { collection: 'default' });
});
afterAll(() => core.close());

describe('role questions: who held the office when', () => {
  // Equally exact and equally quoted: before dates were kept, the two tied and the earlier name came first.
  it('without a time asked, the most recent holder answers', async () => {
    const a = await core.ask('what did the Met police commissioner say about knife crime');
    expect(a.hits[0]?.speaker?.name).toBe('Paul Stephenson');
  });

  it('asked about a year, the holder then answers', async () => {
    const a = await core.ask('what did the Met police commissioner say about knife crime in 2003');
    expect(a.hits[0]?.speaker?.name).toBe('John Stevens');
    expect(a.hits.every((h) => h.speaker?.name === 'John Stevens')).toBe(true);
  });
});

describe('role questions: a role several people hold about equally', () => {
  it('answers with the alternatives made explicit, never as if only one held it', async () => {
    const a = await core.ask('what did the finance minister say about tariffs');
    const shown = a.hits[0]?.speaker?.name;
    expect(['Alma Reyes', 'Tomas Varga']).toContain(shown);
    const other = shown === 'Alma Reyes' ? 'Tomas Varga' : 'Alma Reyes';
    expect(a.note).toContain(`"the finance minister" fits more than one speaker on record about equally: these are ${shown}'s quotes; also ${other}.`);
    expect(a.alternatives.map((s) => s.name)).toEqual([other]);
  });

  it('says nothing of the kind when the role names one person', async () => {
    const a = await core.ask('what did the Newcastle boss say about the draw');
    expect(a.hits[0]?.speaker?.name).toBe('Kevin Keegan');
    expect(a.note ?? '').not.toContain('fits more than one');
  });
});

describe('role questions: one office under several names', () => {
  it('"the Newcastle manager" is the man the article calls "Newcastle boss"', async () => {
    const a = await core.ask('what did the Newcastle manager say about the draw');
    expect(a.hits[0]?.speaker?.name).toBe('Kevin Keegan');
  });
});

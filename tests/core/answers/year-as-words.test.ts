import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A year read as a time window may be what the quote is about ("the years before 1997", "growth in 2006"): in an
 * archive of undated articles the window leaves nothing, so the question is read again with the year as a word,
 * and only a quote saying the year in its own words answers it (session 13, h-qa19). Articles written for this test.
 */
const ARTICLES: Record<string, string> = {
  'poster.txt': `Party unveils its poster

Campaign chief Ruth Ellery said the new poster would be on every billboard by Monday.

"Nobody remembers the years before 1997 as a golden age," Ellery said.

"We will fight for every seat," she added.
`,
  'striker.txt': `Striker may leave

Rovers chairman Dan Pelling says his club will not stand in the way of striker Ned Quell.

"If Ned wants to go in January, we will listen to offers," Pelling said.

"Our wage bill has to come down," he added.
`,
  'port.txt': `Port traffic forecast

Harbour economist Owen Marsh expects traffic through the port to keep rising.

"Container numbers will grow strongly in 2006 and beyond," Marsh said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a year that is the topic, not a window', () => {
  it('"the years before 1997" finds the quote that says 1997', async () => {
    const a = await core.ask('Ellery on the years before 1997');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.text).toContain('years before 1997');
  });

  it('"in 2006" finds the quote that says 2006', async () => {
    const a = await core.ask('what did Marsh say about container growth in 2006');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Owen Marsh');
  });

  it('a year no quote of the speaker says is still "no quote found", never another quote of theirs', async () => {
    const a = await core.ask('what did Ellery say about the seats in 2003');
    expect(a.status).toBe('not_found');
  });
});

describe('a month that is the topic, not a window (session 15)', () => {
  it('"going in january" finds the quote that says January in an undated archive', async () => {
    const a = await core.ask('what did pelling say about quell going in january');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.text).toContain('go in January');
  });

  it('a month no quote of the speaker says is still "no quote found"', async () => {
    const a = await core.ask('what did pelling say about the wage bill in march');
    expect(a.status).toBe('not_found');
  });
});

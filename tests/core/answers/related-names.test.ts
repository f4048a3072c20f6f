import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A question naming a person is answered with that person's words or "no quote found" (issue 14, honesty). A
 * speaker whose role names somebody after a word of kinship ("who came with her husband Tomas Brandt") is related
 * to that person, not them: the role index reads a role's last word as its office, so "Brandt" was read as her
 * office and "what did Tomas Brandt say" answered with her words. Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'gala.txt': `Lighthouse gala opens the season

The Saltmarsh lighthouse gala opened the festival season on Friday.

"I had never seen the lighthouse lit from the sea before tonight, and now I cannot stop looking at it," said Lena Marsh, who attended the gala with her husband Tomas Brandt.
`,
  'harbour.txt': `Harbour wall to be rebuilt

The council will rebuild the harbour wall before winter, engineer Odile Varga said.

"The harbour wall will be finished before the first storms," Varga said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a person named in somebody else\'s role', () => {
  it('is not that somebody: "what did Tomas Brandt say" has no quote of his', async () => {
    const a = await core.ask('what did Tomas Brandt say about the lighthouse gala');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Lena Marsh');
    expect(a.status).not.toBe('found');
  });

  it('nor in keywords', async () => {
    const a = await core.ask('Tomas Brandt on the gala');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Lena Marsh');
  });

  it('while the holder herself is still found by her name', async () => {
    const a = await core.ask('what did Lena Marsh say about the lighthouse');
    expect(a.hits[0]?.speaker?.name).toBe('Lena Marsh');
  });
});

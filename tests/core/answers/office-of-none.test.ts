import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A word before a surname that several speakers share, which is none of their names and no office of theirs, only
 * a word of other speakers' roles ("Duke" of "Duke University", "historian"): the typed person is
 * somebody else, never whichever of them spoke of the topic. Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'ferry.txt': `Ferry fares to rise again

"We cannot keep the old fares when fuel costs what it does," said Tom Hollis, a harbour councillor.
`,
  'fares.txt': `Economists doubt the ferry plan

"Ferry fares should fall, not rise, if the town wants visitors," said Anna Hollis, an economist with the chamber of trade.
`,
  'archive.txt': `Old harbour records found

"These ledgers show the ferry ran at a loss for a century," said Priya Nair, a historian at Duke University.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('an office word none of the people sharing the surname holds', () => {
  it('is somebody else: "Duke Hollis" and "historian Hollis" get no Hollis quote', async () => {
    for (const q of ['what did Duke Hollis say about ferry fares', 'what did historian Hollis say about ferry fares']) {
      const a = await core.ask(q);
      expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Tom Hollis');
      expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Anna Hollis');
    }
  });

  it('a given name, or an office one of them holds, still picks that one', async () => {
    expect((await core.ask('what did Anna Hollis say about ferry fares')).hits[0]?.speaker?.name).toBe('Anna Hollis');
    expect((await core.ask('what did Tom Hollis say about ferry fares')).hits[0]?.speaker?.name).toBe('Tom Hollis');
    expect((await core.ask('what did economist Hollis say about ferry fares')).hits[0]?.speaker?.name).toBe('Anna Hollis');
  });
});

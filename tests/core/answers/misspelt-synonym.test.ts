import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A misspelt name is a guess and a synonym is another (issue 14, never the wrong person): "Moyer goals" answered
 * with a Moore's "...where matches usually start and finish" (WordNet: a goal is a finish), when the person meant
 * was somebody out of the repair's reach. A speaker reached only through a misspelling must have said one of the
 * question's own words, in the quote or around it. Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'captain.txt': `Captain questions tactics

Former captain Dorian Moore said the side relied too much on its backs.

"The point of influence needs to move closer to the pack, which is where matches usually start and finish," Moore said.
`,
  'ferry.txt': `Ferry fares frozen

Island Ferries spokesman Piet Oduya said fares would not rise this year.

"Fares stay where they are until next spring," Oduya said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a speaker reached through a misspelling', () => {
  it('is no answer when only a synonym of the topic is in their words', async () => {
    const a = await core.ask('Mooer goals');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Dorian Moore');
  });

  it('is still the answer when the question\'s own word is', async () => {
    const a = await core.ask('Mooer pack');
    expect(a.hits[0]?.speaker?.name).toBe('Dorian Moore');
  });

  it('spelt right, is answered through the synonym as before', async () => {
    const a = await core.ask('Moore goals');
    expect(a.hits[0]?.speaker?.name).toBe('Dorian Moore');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from '../answers/texts.js';

/**
 * An office with its qualifiers typed before a surname ("Majority Leader Harlow", "Governor Quinlan") names that
 * surname's bearer whose own office it is (session 41, h-qa105). Two holes: a qualifier ("majority") is no title
 * word, and a surname that another speaker's role holds ("a spokesman for Harlow") was read as an office word, so
 * the phrase named nobody; and a title the registry skips as a name's prefix ("Governor") named every bearer, the
 * sprinter as much as the governor. Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'nominee.txt': `No hearing for the nominee

"The nominee will not get a hearing in this chamber before the election," said Senate Majority Leader Dana Harlow.
`,
  'aide.txt': `Leader holds firm

"The leader will not change course on the nominee, whatever the polls say," said Ben Ostrow, a spokesman for Harlow.
`,
  'homes.txt': `Housing plan

"We need forty thousand more homes and the nominee debate will not delay them," said Pete Harlow, the housing minister.
`,
  'state-race.txt': `Governor on the race

"The race for the senate seat is wide open and every county matters," said Governor Ruth Quinlan.
`,
  'track-race.txt': `Sprinter on the race

"The race was the hardest of my life and my legs were gone at the finish," said Joe Quinlan, the sprinter.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('an office with its qualifiers before a surname', () => {
  it('names the bearer who holds that office, though another role holds the surname', async () => {
    for (const q of ['Majority Leader Harlow on the nominee', 'what did Majority Leader Harlow say about the nominee', 'what did Leader Harlow say about the nominee']) {
      const a = await core.ask(q);
      expect(a.hits.length, q).toBeGreaterThan(0);
      expect(a.hits.every((h) => h.speaker?.name === 'Dana Harlow'), q).toBe(true);
    }
  });

  it('names nobody when no bearer holds the office, never the aide whose role names the surname', async () => {
    const a = await core.ask('what did Health Secretary Harlow say about the nominee');
    const names = a.hits.map((h) => h.speaker?.name);
    expect(names).not.toContain('Ben Ostrow');
    expect(names).not.toContain('Dana Harlow');
  });
});

describe('a title the registry skips as a name prefix', () => {
  it('keeps only the bearer whose own office it is', async () => {
    const a = await core.ask('what did Governor Quinlan say about the race');
    expect(a.hits.length).toBeGreaterThan(0);
    expect(a.hits.every((h) => h.speaker?.name === 'Ruth Quinlan')).toBe(true);
  });

  it('confirms nobody by a courtesy title, and keeps every bearer when none holds the office', async () => {
    for (const q of ['what did Mr Quinlan say about the race', 'what did Senator Quinlan say about the race']) {
      const a = await core.ask(q);
      expect(a.hits.map((h) => h.speaker?.name), q).toContain('Joe Quinlan');
    }
  });
});

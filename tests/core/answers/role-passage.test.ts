import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { NAMED_RULES } from '../../../src/core/answers/intents/quote.js';
import { coreOf } from './texts.js';

/**
 * A role holder quoted once, the topic stated only by the reporter's paragraphs around the quote (session 35, h-qa85):
 * the quote holds none of the question's words, so the own-coverage floor refuses it. The candidate rule
 * (`NAMED_RULES.rolePassage`, off in the app: `words-only-around.test.ts` pins the floor, since the passage states every
 * topic of a short story alike) lets the holder's quote answer when the passage states the topic and the role asked.
 * These tests turn it on. Articles invented for these tests.
 */
const ARTICLES: Record<string, string> = {
  'growth.txt': `Brenmoor economy slows

The statistics office published its figures on Tuesday.

"Exports held up better than the shops did," said Pavel Orn, the chief statistician.

"It was a little softer than we hoped, but no real shock," said Ilse Marrow, an economist at Calder Bank.

The third quarter growth figure of 0.2% was the weakest in two years.
`,
};

let core: OnRecord;
const app = NAMED_RULES.rolePassage;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
  NAMED_RULES.rolePassage = 1;
});
afterAll(() => {
  NAMED_RULES.rolePassage = app;
  core.close();
});

describe("a role holder's quote whose topic the passage around it states (the rule on)", () => {
  it('answers the role question when the paragraphs around state every topic word and the role', async () => {
    const a = await core.ask('what did the Calder Bank economist say about the third quarter growth figure');
    expect(a.hits[0]?.speaker?.name).toBe('Ilse Marrow');
    expect(a.hits[0]?.text).toContain('a little softer than we hoped');
  });
  it('is refused with the rule off: the quote and its sentence hold none of the topic', async () => {
    NAMED_RULES.rolePassage = 0;
    try {
      const a = await core.ask('what did the Calder Bank economist say about the third quarter growth figure');
      expect(a.hits).toHaveLength(0);
    } finally {
      NAMED_RULES.rolePassage = 1;
    }
  });
  it("topic words around her quote only inside another speaker's quote are no passage of hers", async () => {
    // "Exports" and "shops" stand in the statistician's quote, the paragraph before hers: his words, not the reporter's.
    const a = await core.ask('what did the Calder Bank economist say about exports and the shops');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Ilse Marrow');
  });
  it('asked by name, the floor still holds: the role asked is what ties the passage to the speaker', async () => {
    const a = await core.ask('what did Ilse Marrow say about the third quarter growth figure');
    expect(a.hits).toHaveLength(0);
  });
});

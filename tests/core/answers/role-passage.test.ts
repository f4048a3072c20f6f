import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { NAMED_RULES } from '../../../src/core/answers/intents/quote.js';
import { coreOf } from './texts.js';

/**
 * A role holder quoted once, the topic stated only by the reporter's passage around the quote (session 35, h-qa85):
 * the quote holds none of the question's words, so the own-coverage floor refuses it. The rule
 * (`NAMED_RULES.rolePassage`) lets the holder's quote answer when the passage states the topic and the role asked, and
 * (session 38, h-qa94) states the topic where it introduces the quote: its sentence, lead-in or the text before it. A
 * paragraph after the quote moves the story on, so its topic is refused (`words-only-around.test.ts` too). On in the
 * app; these tests set it on and off themselves. Articles invented for these tests.
 */
const ARTICLES: Record<string, string> = {
  'growth.txt': `Brenmoor economy slows

The statistics office published its figures on Tuesday.

The third quarter growth figure of 0.2% was the weakest in two years. "Exports held up better than the shops did," said Pavel Orn, the chief statistician.

"It was a little softer than we hoped, but no real shock," said Ilse Marrow, an economist at Calder Bank.

The harbour toll rose in the spring for the first time in a decade.
`,
  'ferries.txt': `Ferry fares frozen

"The fares are too high for families, and the winter timetable is worse," said Hanne Volt, who runs the visitor centre.

"We expected something like this," said Ruben Aske, a strategist at Orrin Capital.

The winter timetable starts in November with two sailings a day.
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
  it('answers the role question when the text before the quote states every topic word and the role', async () => {
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
    // "Exports" and "shops" stand in the statistician's quote, in the paragraph before hers: his words, not the reporter's.
    const a = await core.ask('what did the Calder Bank economist say about exports and the shops');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Ilse Marrow');
  });
  it('a topic stated only in the paragraph after the quote is no introduction of it', async () => {
    const a = await core.ask('what did the Calder Bank economist say about the harbour toll');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Ilse Marrow');
  });
  it("a topic before the quote only inside another speaker's quote introduces nothing of his (session 38, h-rev38)", async () => {
    // "winter timetable" stands before his quote only in Hanne Volt's, and in the reporter's paragraph after it.
    const a = await core.ask('what did the Orrin Capital strategist say about the winter timetable');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Ruben Aske');
  });
  it('asked by name, the floor still holds: the role asked is what ties the passage to the speaker', async () => {
    const a = await core.ask('what did Ilse Marrow say about the third quarter growth figure');
    expect(a.hits).toHaveLength(0);
  });
});

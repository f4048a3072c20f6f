import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAME_SPEAKER_FILL } from '../../../src/core/answers/intents/quote.js';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A named speaker's other words, whose topic the reporter wrote around them, fill the places after the first
 * answer (session 23, h-qa49; `SAME_SPEAKER_FILL`). An article written for this test.
 */
const ARTICLES: Record<string, string> = {
  'tolls.txt': `Harbour tunnel tolls to rise in Velmar

Transport minister Greta Vessel defended the rise in harbour tunnel tolls on Monday. "The tolls on the harbour tunnel pay for its upkeep and nothing else," she said.

Critics warned that lorry drivers would desert the harbour tunnel and clog the old swing bridge instead. The minister disagreed. "We expect a small shift and nothing worse," Vessel said.
`,
  'library.txt': `New library opens in Velmar

Transport minister Greta Vessel opened the city's new library on Tuesday. "Reading rooms should stay open late for students," she said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

const QUESTION = 'what did Vessel say about lorry drivers deserting the harbour tunnel';

describe("the named speaker's places after the first answer", () => {
  it("shows the speaker's words whose topic is in the reporter's sentences around them after the quote that holds the words", async () => {
    const a = await core.ask(QUESTION);
    expect(a.hits[0]?.speaker?.name).toBe('Greta Vessel');
    expect(a.hits[0]?.text).toContain('harbour tunnel');
    expect(a.hits.map((h) => h.text)).toContain('We expect a small shift and nothing worse,');
    expect(a.hits.every((h) => h.speaker?.name === 'Greta Vessel')).toBe(true);
    // The library line holds none of the question's words anywhere around it: no answer, even in a free place.
    expect(a.hits.some((h) => h.text.includes('Reading rooms'))).toBe(false);
  });

  it('leaves the places empty without the rule (the behaviour before session 23)', async () => {
    SAME_SPEAKER_FILL.on = false;
    try {
      const a = await core.ask(QUESTION);
      expect(a.hits[0]?.text).toContain('harbour tunnel');
      expect(a.hits.some((h) => h.text.includes('small shift'))).toBe(false);
    } finally {
      SAME_SPEAKER_FILL.on = true;
    }
  });

  it('gives no quote when none passes the floors: a topic the speaker never spoke about stays unanswered', async () => {
    const a = await core.ask('what did Vessel say about the football season');
    expect(a.hits).toHaveLength(0);
  });
});

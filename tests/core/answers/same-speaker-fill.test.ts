import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAME_SPEAKER_FILL } from '../../../src/core/answers/intents/quote.js';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A named speaker's other words, whose topic the reporter wrote just before them, fill the places after the first
 * answer (session 23, h-qa49; narrowed to the quote's sentence and lead-in and to the story shown in session 24,
 * h-qa53: `SAME_SPEAKER_FILL`). Articles written for this test.
 */
const ARTICLES: Record<string, string> = {
  'tolls.txt': `Harbour tunnel tolls to rise in Velmar

Transport minister Greta Vessel defended the rise in harbour tunnel tolls on Monday. "The tolls on the harbour tunnel pay for its upkeep and nothing else," she said.

Critics warned that lorry drivers would desert the harbour tunnel and clog the old swing bridge instead.

The council will publish its spending plans for the port in June.

Traffic counts at the tunnel are due in May. "We expect a small shift and nothing worse," Vessel said.

On another matter, Vessel praised the city's cyclists. "They have earned every metre of their new lanes," she said.
`,
  'ferries.txt': `Harbour ferry fares to fall

Transport minister Greta Vessel announced cheaper ferry fares on Friday.

Work on a second tunnel starts next year. "Families will save money every week," Vessel said.
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
  it('shows the speaker\'s words whose lead-in states the topic after the quote that holds the words', async () => {
    const a = await core.ask(QUESTION);
    expect(a.hits[0]?.speaker?.name).toBe('Greta Vessel');
    expect(a.hits[0]?.text).toContain('harbour tunnel');
    expect(a.hits.map((h) => h.text)).toContain('We expect a small shift and nothing worse,');
    expect(a.hits.every((h) => h.speaker?.name === 'Greta Vessel')).toBe(true);
    // The library line holds none of the question's words anywhere around it: no answer, even in a free place.
    expect(a.hits.some((h) => h.text.includes('Reading rooms'))).toBe(false);
  });

  it('never fills with words whose topic only the headline or the paragraph before holds', async () => {
    // The cyclists line has the headline's "harbour tunnel" around it (a third of the question's words), but its
    // own sentence and lead-in are about something else.
    const a = await core.ask(QUESTION);
    expect(a.hits.some((h) => h.text.includes('new lanes'))).toBe(false);
    // The session-23 fill, which read the whole neighbourhood, showed it.
    SAME_SPEAKER_FILL.close = false;
    try {
      const wide = await core.ask(QUESTION);
      expect(wide.hits.some((h) => h.text.includes('new lanes'))).toBe(true);
    } finally {
      SAME_SPEAKER_FILL.close = true;
    }
  });

  it("never fills with the speaker's words from another story, even when their lead-in holds a question word", async () => {
    // The fares line: "tunnel" in its lead-in and "harbour" in the headline, but the answer shown is from the tolls
    // story.
    const a = await core.ask(QUESTION);
    expect(a.hits.some((h) => h.text.includes('save money'))).toBe(false);
    SAME_SPEAKER_FILL.sameArticle = false;
    try {
      const any = await core.ask(QUESTION);
      expect(any.hits.some((h) => h.text.includes('save money'))).toBe(true);
    } finally {
      SAME_SPEAKER_FILL.sameArticle = true;
    }
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

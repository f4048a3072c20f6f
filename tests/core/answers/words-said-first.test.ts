import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORDS_SAID_FIRST } from '../../../src/core/answers/intents/quote.js';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A named speaker's answer opens with words said, not the reporter's summary of them, when both passed the floors
 * (session 25, h-qa56: `WORDS_SAID_FIRST`). The summary here sits paragraphs away from the direct quote, so the
 * summary lift (which reaches only the quote a summary introduces) does not apply. Articles written for this test.
 */
const ARTICLES: Record<string, string> = {
  'toll.txt': `Bridge toll to rise in Korvik

Councillor Ines Varga said the bridge toll would rise in March to pay for repairs to the old bridge deck.

The council meets again next week to set the budget for the harbour.

Fishermen at the harbour said they had not been asked about the new moorings.

Asked about drivers who cross the bridge every day, Varga said: "Nobody likes a higher bridge toll, but a closed bridge would cost every driver far more."
`,
  'library.txt': `Library hours cut

Otto Brandt, the city librarian, said the library's opening hours would be cut on Saturdays from April.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => {
  WORDS_SAID_FIRST.on = true;
  return core.close();
});

describe("a named speaker's words said come before the reporter's summary of them", () => {
  const question = 'what did Varga say about the bridge toll rise';

  it('without the rule the summary, holding every question word, is the first answer', async () => {
    WORDS_SAID_FIRST.on = false;
    const a = await core.ask(question);
    WORDS_SAID_FIRST.on = true;
    expect(a.hits[0]?.kind).toBe('indirect');
    expect(a.hits.some((h) => h.kind === 'direct' && h.text.includes('closed bridge'))).toBe(true);
  });

  it('shows the direct quote first and keeps the summary among the answers', async () => {
    const a = await core.ask(question);
    expect(a.hits[0]?.speaker?.name).toBe('Ines Varga');
    expect(a.hits[0]?.kind).toBe('direct');
    expect(a.hits[0]?.text).toContain('closed bridge');
    expect(a.hits.some((h) => h.kind === 'indirect' && h.text.includes('would rise in March'))).toBe(true);
  });

  it('leaves a summary first when the speaker has no direct quote that passed the floors', async () => {
    const a = await core.ask('what did Brandt say about library opening hours');
    expect(a.hits[0]?.speaker?.name).toBe('Otto Brandt');
    expect(a.hits[0]?.kind).toBe('indirect');
  });

  it('changes only the order of the answers shown: the same quotes, the same first speaker, the same refusals', async () => {
    for (const q of [question, 'what did Varga say about bridge deck repairs', 'what did Brandt say about library opening hours', 'what did Brandt say about the bridge toll']) {
      WORDS_SAID_FIRST.on = false;
      const before = await core.ask(q);
      WORDS_SAID_FIRST.on = true;
      const after = await core.ask(q);
      expect(after.status).toBe(before.status);
      expect(after.hits[0]?.speaker?.name).toBe(before.hits[0]?.speaker?.name);
      expect(after.hits.map((h) => h.text).sort()).toEqual(before.hits.map((h) => h.text).sort());
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAMED_COMMONER_SYNONYMS } from '../../../src/core/answers/intents/quote.js';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A named speaker's question that finds nothing is read once more with its words' WordNet synonyms that are
 * commoner than the words themselves ("freed" as "released"), which the first reading leaves out because such a
 * synonym is as often another sense of the word. The answer it finds must hold one of the question's own words in
 * the quote, its sentence or lead-in. Here "released" is in more quotes than "freed", so the first reading skips it.
 * Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'hostages.txt': `Aid workers home after ten days

"We are profoundly relieved that both were released," Prime Minister Lena Varga said after the two hostages came home on Tuesday.

She thanked the mediators who had worked through the weekend.
`,
  'port.txt': `Customs backlog cleared

"The convoy was released from customs at dawn," said port official Tomas Bel.

"Two more lorries were released an hour later," Bel added.
`,
  'museum.txt': `Museum opens new wing

"The old prints were finally freed from the basement," said curator Ana Ruiz.

"The exhibition on hostages and their families opens in May," Ruiz said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a named speaker read again by synonyms commoner than the question words', () => {
  it('"freed" finds the quote\'s "released" when the first reading finds nothing', async () => {
    const a = await core.ask('what did Varga say about the hostages being freed');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Lena Varga');
    expect(a.hits[0]?.text).toContain('both were released');
  });

  it('without the second reading the same question finds nothing (the first reading skips "released")', async () => {
    NAMED_COMMONER_SYNONYMS.on = false;
    try {
      const a = await core.ask('what did Varga say about the hostages being freed');
      expect(a.status).toBe('not_found');
    } finally {
      NAMED_COMMONER_SYNONYMS.on = true;
    }
  });

  it('a commoner synonym alone is no answer: none of the question\'s own words stands by the quote', async () => {
    const a = await core.ask('what did Bel say about being freed');
    expect(a.status).toBe('not_found');
  });
});

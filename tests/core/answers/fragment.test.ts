import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A fragment found only through its surroundings (issue 14): two quotes of one speaker that share a lead-in tie on
 * it, and the first is often a few words ("That's perfect," she said. "It's the mark of ..."). The reporter wants
 * the words that say something. Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'hockey.txt': `Keeper saves the derby

The Harbour Hawks beat the Mill Town Owls 3-2 on Friday.

In the final minute, defender Ona Lisowski dived to block a slapshot with her glove.

"Lovely stuff," coach Brigid Ferreira said. "That is what a leader does when the game is on the line."

Ferreira said the team would rest on Sunday.
`,
  'council.txt': `Council backs the ferry

The council voted to keep the night ferry running through the winter.

"Yes," councillor Tamsin Achterberg said when asked whether the ferry would run on Sundays as well.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a fragment that holds none of the question\'s words', () => {
  it('ranks below the same speaker\'s fuller quote after it when both are found through one lead-in', async () => {
    const a = await core.ask('what did Ferreira say about Lisowski blocking the slapshot');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Brigid Ferreira');
    expect(a.hits[0]?.text).toContain('what a leader does');
  });

  it('is still the answer when it is all the speaker said on the topic', async () => {
    const a = await core.ask('what did Achterberg say about the ferry on Sundays');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.text).toBe('Yes,');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { RANK_WEIGHTS } from '../../../src/core/answers/rank.js';
import { coreOf } from './texts.js';

/**
 * A phrase the reporter repeats from a speaker's fuller quote (issue 14, right speaker, other words): the repeated
 * phrase is a two-word quote, so BM25 ranks it above the fuller quote holding the same words, and the reporter
 * asking what the speaker said gets the phrase without what was said around it. Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'bridge.txt': `Town delays the bridge ban

Kilnworth council has put off a vote on banning lorries from the old river bridge.

"We could shut the bridge to lorries tomorrow, but that is the last resort for a town that lives on its quarry trade," Mayor Odile Brannagh said on Monday.

Hauliers welcomed the delay, and the quarry's owners said they would pay for an inspection.

Brannagh later told the council that a ban remained "the last resort".
`,
  'harbour.txt': `Harbour keeps its night crossings

The harbour board voted to keep the night crossings to the islands through the winter.

"Full steam ahead," chairman Ruaraidh Telfer said after the vote.

"We will run full steam ahead until the new boats come, and we will not cut a single crossing while I chair this board," Telfer added.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a phrase of a fuller quote, repeated by the reporter', () => {
  it('gives way to the same speaker\'s fuller quote that says it', async () => {
    const a = await core.ask('what did Brannagh say about the last resort');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Odile Brannagh');
    expect(a.hits[0]?.text).toContain('quarry trade');
  });

  it('ranks first without the lift (what the lift changes)', async () => {
    const keep = RANK_WEIGHTS.echoLift;
    RANK_WEIGHTS.echoLift = 0;
    try {
      const a = await core.ask('what did Brannagh say about the last resort');
      expect(a.hits[0]?.text).not.toContain('quarry trade');
    } finally {
      RANK_WEIGHTS.echoLift = keep;
    }
  });

  it('does not lift over a short quote that opens its own sentence', async () => {
    // "'Full steam ahead,' Telfer said" is a quote of its own, not the reporter repeating the later words.
    const a = await core.ask('what did Telfer say about full steam ahead');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.text).toBe('Full steam ahead,');
  });
});

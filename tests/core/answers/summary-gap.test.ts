import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RANK_WEIGHTS } from '../../../src/core/answers/rank.js';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A summary lifts the direct words it introduces, not a quote the reporter reaches only after moving on to
 * something else (session 21, h-qa44; `RANK_WEIGHTS.summaryGap`). An article written for this test.
 */
const ARTICLES: Record<string, string> = {
  'parcels.txt': `Online shopping grows slowly in Tarvania

Analyst Odile Brack said shoppers in Tarvania rarely use credit cards because they fear getting into debt. "Most people pay cash to the courier when the parcel arrives," she said.

Foreign banks opening branches in Tarvania next year could bring more credit cards, but for now they are rare, Brack said. Yet even when shoppers are not spending money online, they still read the news and watch the films that foreign websites show about daily life in other countries. "The web is where people see a world beyond the border," she said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a summary lifts only the words said right after it', () => {
  it('does not lift a quote that follows the summary only after a sentence on another subject', async () => {
    const a = await core.ask('what did Brack say about foreign banks bringing credit cards to Tarvania');
    expect(a.hits[0]?.speaker?.name).toBe('Odile Brack');
    // The speaker's words on how people pay, not the line on the web the reporter reached after a sentence on the news.
    expect(a.hits[0]?.text).toContain('pay cash');
    expect(a.hits[0]?.text).not.toContain('world beyond the border');
  });

  it('lifts it when any gap is allowed (the behaviour before session 21)', async () => {
    const keep = RANK_WEIGHTS.summaryGap;
    RANK_WEIGHTS.summaryGap = 1e9;
    try {
      const a = await core.ask('what did Brack say about foreign banks bringing credit cards to Tarvania');
      expect(a.hits[0]?.text).toContain('world beyond the border');
    } finally {
      RANK_WEIGHTS.summaryGap = keep;
    }
  });
});

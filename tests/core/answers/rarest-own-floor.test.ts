import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAMED_RULES } from '../../../src/core/answers/intents/quote.js';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A named speaker's quote that holds the question's rarest word in its own sentence passes a lower coverage floor
 * (`NAMED_RULES.rarestOwnCoverage`, session 32, h-qa76): the reporter names the topic in the sentence that gives the
 * speaker's short answer ("Ms Penhale said about a third of curfew orders were breached"), the quote says only "about
 * a third", and the question's other words ("how many", "broken") are its gist in other words. A quote whose sentence
 * holds only a commoner word of the question is still refused. Articles invented for the test.
 */
const ARTICLES: Record<string, string> = {
  'curfews.txt': `Curfew orders under fire

The harbour council has issued more curfew orders this year than any other council in the county.

Council leader Orla Penhale said the figures showed the orders worked. Asked how often curfew orders were breached, Ms Penhale said "about a third" were.

"We will keep using them where the police ask us to," she said.

Opposition councillor Deri Vance said the council had lost count. "Nobody knows how many are broken," he said.
`,
  'market.txt': `Market stalls to move

Traders at the harbour market will move to the quay next spring, the council said.

Council leader Orla Penhale said: "The quay gives the stalls more room and the buses a place to turn."

"Many traders have asked for this for years," she added.
`,
  'ferry.txt': `Ferry timetable changes

The winter ferry timetable will start a week early, the operator said.

Operator spokesman Piet Harlow said: "Many of the crossings are empty in November, so fewer boats will sail."
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
}, 60_000);
afterAll(() => core.close());

describe('the rarest word in the quote\'s own sentence', () => {
  it('answers a named speaker whose sentence holds the rarest word', async () => {
    const a = await core.ask('what did Orla Penhale say about how many curfews get broken');
    expect(a.hits[0]?.speaker?.name).toBe('Orla Penhale');
    expect(a.hits[0]?.text).toContain('about a third');
  });

  it('without the lower floor the same question is refused', async () => {
    const keep = NAMED_RULES.rarestOwnCoverage;
    NAMED_RULES.rarestOwnCoverage = NAMED_RULES.minCoverage;
    try {
      const a = await core.ask('what did Orla Penhale say about how many curfews get broken');
      expect(a.hits.map((h) => h.text)).not.toContain('about a third');
    } finally {
      NAMED_RULES.rarestOwnCoverage = keep;
    }
  });

  it('a quote holding only a commoner word of the question is still refused', async () => {
    // "Many traders have asked for this": her own words hold "many", not the rarest word "curfews".
    const a = await core.ask('what did Orla Penhale say about how many curfews get broken');
    expect(a.hits.map((h) => h.text).join(' ')).not.toContain('Many traders');
    const b = await core.ask('what did Piet Harlow say about how many ferry tickets get refunded');
    expect(b.status).not.toBe('found');
  });
});

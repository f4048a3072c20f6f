import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A role held by one person, quoted once in a story, whose question words are only in the paragraphs around the
 * quote (session 27, h-qa62): the quote answers neither the story's topic nor any other topic of the same story.
 * The own-words floor (`MIN_OWN_COVERAGE`, answers/intents/quote.ts) refuses both: the paragraphs around hold every
 * topic of a short story alike, so waiving the floor for a one-holder role (tried, halves A +2-3 role answers) also
 * answers "<holder> on <another topic of the story>": on the halves A the very quote it gained ("AG Edwards economist
 * on the third quarter growth figure") answered a "none" question asked by name ("... about the presidential election").
 * Since session 38 (h-qa94) a role holder's quote may answer from the passage around it (`NAMED_RULES.rolePassage`)
 * only when the topic stands where the reporter introduces the quote, before it: here it stands only in the paragraph
 * after, so both stay refused. Invented article.
 */
const ARTICLES: Record<string, string> = {
  'growth.txt': `Shoppers stay at home

Shoppers stayed away from the high street in the summer months, retailers said.

"It was a little slower than we had pencilled in, but nobody should be alarmed," said Dana Whitcombe, an economist at Harlow Brothers.

The third quarter growth figure was the weakest for two years, and it comes a month before the presidential election.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
}, 60_000);
afterAll(() => core.close());

describe('a one-holder role whose question words are only around the quote', () => {
  it('the role resolves to its holder', async () => {
    const a = await core.ask('what did the Harlow Brothers economist say');
    expect(a.hits[0]?.speaker?.name).toBe('Dana Whitcombe');
  });

  it('the story\'s topic, only in the paragraph after the quote, is not what the quote says', async () => {
    const a = await core.ask('what did the Harlow Brothers economist say about the third quarter growth figure');
    expect(a.hits).toHaveLength(0);
  });

  it('nor is another topic of the same paragraph', async () => {
    const a = await core.ask('what did the Harlow Brothers economist say about the presidential election');
    expect(a.hits).toHaveLength(0);
    const byName = await core.ask('what did Dana Whitcombe say about the presidential election');
    expect(byName.hits).toHaveLength(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { TOPIC_RULES } from '../../../src/core/answers/intents/quote.js';
import { holdsCompound } from '../../../src/core/answers/compounds.js';
import { hyphenCompounds } from '../../../src/core/questions/understand.js';
import { coreOf } from './texts.js';

/**
 * A topic-only question's hyphenated compound names one thing (issue 14, session 27): "quote on self-driving cars"
 * is not answered by a car dealer's "a car they hardly drive", whose words hold "car" and "drive" apart, nor "a
 * four-day week" by "four times a day". Where the compound stands whole the answer is kept. Articles written for
 * these tests; people invented.
 */
const ARTICLES: Record<string, string> = {
  'dealer.txt': `Dealers see slow spring

Car dealer Tomas Reyes said buyers were waiting for lower prices.

"Most buyers will not pay a premium for a car they hardly drive," Reyes said.
`,
  'coach.txt': `Coach praises young squad

Coach Dana Whitlow said her players had grown in self-belief.

"Self-belief is what won us the final," Whitlow said.

She added: "The self-confidence of this group surprised me."
`,
  'trial.txt': `Shorter week trial ends

Engineer Lena Fischer led the trial at the plant.

"Staff on a four-day week were less tired and made fewer mistakes," Fischer said.
`,
  'rota.txt': `Nurses rota

Ward manager Pat Ellery said nurses were called in too often.

"Some were rung four times a day on their week off," Ellery said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a topic-only question holds its hyphenated compound whole', () => {
  it('reads the compounds of a question as their terms in order', () => {
    expect(hyphenCompounds('quote on self-driving cars and a four-day week')).toEqual([
      { terms: ['self', 'drive'], joined: 'selfdriv' },
      { terms: ['four', 'day'], joined: 'fourdai' },
    ]);
    // A compound with one term after stop words is no phrase to hold.
    expect(hyphenCompounds('quote on under-age drinking')).toEqual([]);
  });

  it('reads a long hostile question in linear time', () => {
    // A run of letters with no hyphen once cost a pass over the rest of the run from each of its letters: 100,000
    // letters about 8 s. A compound after such a run, and inside a run of hyphens, is still read from its first letter.
    const cpu0 = process.cpuUsage().user;
    expect(hyphenCompounds('a'.repeat(100_000))).toEqual([]);
    expect(hyphenCompounds(`${'x'.repeat(100_000)} self-driving`)).toEqual([{ terms: ['self', 'drive'], joined: 'selfdriv' }]);
    expect(hyphenCompounds(`--self-driving--`)).toEqual([{ terms: ['self', 'drive'], joined: 'selfdriv' }]);
    expect(hyphenCompounds('ab-'.repeat(30_000))).toHaveLength(1);
    expect((process.cpuUsage().user - cpu0) / 1e6).toBeLessThan(2);
  });

  it('finds a compound only where its terms stand together', () => {
    const row = { terms: 'buyer pai premium car hardli drive', contextTerms: '', leadTerms: '', nearTerms: 'self belief' };
    const selfDriving = { terms: ['self', 'drive'], joined: 'selfdriv' };
    expect(holdsCompound(row, selfDriving)).toBe(false);
    expect(holdsCompound({ ...row, nearTerms: 'self drive bus' }, selfDriving)).toBe(true);
    // Written as one word, the compound is held too ("email" for "e-mail").
    expect(holdsCompound({ ...row, terms: 'sent email staff' }, { terms: ['e', 'mail'], joined: 'email' })).toBe(true);
  });

  it('refuses a quote that holds the parts apart', async () => {
    const a = await core.ask('quote on self-driving cars');
    expect(a.status).toBe('not_found');
  });

  it('answered the same question before the rule (the rule is what refuses it)', async () => {
    const keep = TOPIC_RULES.compoundWhole;
    TOPIC_RULES.compoundWhole = 0;
    try {
      const a = await core.ask('quote on self-driving cars');
      expect(a.hits[0]?.speaker?.name).toBe('Tomas Reyes');
    } finally {
      TOPIC_RULES.compoundWhole = keep;
    }
  });

  it('keeps the answer whose quote holds the compound whole', async () => {
    const a = await core.ask('quote on a four-day week');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Lena Fischer');
  });
});

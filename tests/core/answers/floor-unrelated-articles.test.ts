import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { rankCandidates } from '../../../src/core/answers/rank.js';
import { NAMED_RULES } from '../../../src/core/answers/intents/quote.js';
import type { QueryGroup } from '../../../src/core/search/bm25.js';
import { Vocabulary } from '../../../src/core/search/vocabulary.js';
import type { RankRow } from '../../../src/core/store/port.js';
import { coreOf } from './texts.js';

/**
 * An answer must not come and go with unrelated articles in the index (session 40, h-qa103; issue 14). A role holder's
 * quote whose topic words stand only in the paragraphs around it covers exactly the near field's share of the topic
 * (0.3), which is the named floor (`NAMED_RULES.minCoverage`). Summed in floating point over IDF weights, that share came
 * out 0.3 or 0.29999999999999993 depending on the IDFs, so on how many quotes the index held: each article ingested,
 * however unrelated, could drop or bring back the answer. Articles invented for these tests.
 */
const ECONOMY = `Brenmoor economy slows

The statistics office published its figures on Tuesday.

The third quarter growth figure of 0.2% was the weakest in two years. "Exports held up better than the shops did," said Pavel Orn, the chief statistician.

"It was a little softer than we hoped, but no real shock," said Ilse Marrow, an economist at Calder Bank.

The harbour toll rose in the spring for the first time in a decade.
`;
const TOWNS = ['Ashby', 'Belvar', 'Corran', 'Dunmere', 'Eskil', 'Farrow', 'Gelt', 'Harrand', 'Istow', 'Jorvale', 'Kelm', 'Lusk'];
const GIVEN = ['Tomas', 'Uma', 'Vera', 'Wendel', 'Xavi', 'Yara', 'Zeno', 'Aldo', 'Bea', 'Cato', 'Dora', 'Emil'];
/** A council story sharing the economy story's common words ("figure", "shops", "two years"), nothing of its topic. */
const unrelated = (i: number) => `${TOWNS[i]} council votes on parking

The council met on Monday to decide on the new parking rules for the town centre.

"We have waited two years for this, and the shops want an answer," said ${GIVEN[i]} Quell, a councillor in ${TOWNS[i]}.

"The figure they gave us for the car park is far too high," said ${GIVEN[(i + 5) % GIVEN.length]} Brannock${'e'.repeat(i)}, who chairs the traders' group.
`;

let core: OnRecord;
const app = NAMED_RULES.rolePassage;
beforeAll(async () => {
  core = await coreOf({ 'growth.txt': ECONOMY });
  NAMED_RULES.rolePassage = 1;
});
afterAll(() => {
  NAMED_RULES.rolePassage = app;
  core.close();
});

describe('a role answer whose topic only the passage states, with unrelated articles ingested one by one', () => {
  it('is found on the small index and still found after each unrelated article (BASE lost it at 1 and 7-10)', async () => {
    const found: string[] = [];
    for (let k = 0; k <= TOWNS.length; k++) {
      if (k > 0) await core.ingestDocument({ content: unrelated(k - 1), source: `council-${k}.txt` }, { collection: 'default' });
      const a = await core.ask('what did the Calder Bank economist say about the third quarter growth figure');
      found.push(`${k}: ${a.hits[0]?.speaker?.name ?? 'no answer'}`);
    }
    expect(found).toEqual(found.map((line) => `${line.split(':')[0]}: Ilse Marrow`));
  });
  it('the floors still refuse what they refused, at every index size: asked by name, and a topic after the quote', async () => {
    // The rows at the floor now pass it every time; nothing under it does: her name alone does not tie the passage
    // to her, and the paragraph after her quote moves the story on (role-passage.test.ts).
    const a = await core.ask('what did Ilse Marrow say about the third quarter growth figure');
    expect(a.hits).toHaveLength(0);
    const b = await core.ask('what did the Calder Bank economist say about the harbour toll');
    expect(b.hits.map((h) => h.speaker?.name)).not.toContain('Ilse Marrow');
  });
});

describe('coverage of a quote whose every topic word stands only in the paragraphs around it', () => {
  it('is exactly the near share (0.3), whatever the IDFs of the words', () => {
    const groups: QueryGroup[] = ['quarter', 'growth', 'figur'].map((word) => ({ word, alternatives: [[word]] }));
    const row = { id: 'q1', speakerId: 'ilse-marrow', kind: 'direct', confidence: 0.9, terms: 'littl softer hope real shock', contextTerms: 'littl softer hope real shock said ilse marrow economist calder bank', nearTerms: 'third quarter growth figur weakest two year', leadTerms: '' } as unknown as RankRow;
    const seen = new Set<number>();
    for (let quotes = 20; quotes <= 400; quotes += 7) {
      const df = new Map([['quarter', 1 + (quotes % 5)], ['growth', 2 + (quotes % 11)], ['figur', 3 + (quotes % 17)]]);
      const vocab = new Vocabulary({ quotes, avgLength: 12, df });
      const [r] = rankCandidates([row], groups, vocab, () => 1);
      seen.add(r?.coverage ?? -1);
    }
    expect([...seen]).toEqual([0.3]);
  });
});

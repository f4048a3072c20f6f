import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';
import { withTopicRules } from './topic-rules.js';
import { TOPIC_RULES, farInTheLead } from '../../../src/core/answers/intents/quote.js';
import type { Ranked } from '../../../src/core/answers/rank.js';
import type { RankRow } from '../../../src/core/store/port.js';

/**
 * A topic-only question the coverage floor refuses is answered by a quote far ahead of every other speaker's words
 * (`TOPIC_RULES.farLeadCoverage`, `farLeadMargin`, session 36): the reporter's question paraphrases part of the
 * quote ("withdrawing ... to cut costs" around "the lighthouse crews"), and nobody else's words come near it. The
 * quote must still carry the topic (its own words, the rarest word). Invented articles: a coast guard's cuts, a
 * bakery, a rail line, harbour dues; a museum curator who also speaks of the lighthouse crews.
 */
const COAST = {
  'lighthouse.txt': `Coast guard cuts\n\nThe coast guard said on Tuesday that the last lighthouse crews on the northern coast would be withdrawn by spring to cut costs.\n\n"Automating the lamps was always coming, and the lighthouse crews knew it," said regional commander Oskar Vellam.\n`,
  'bakery.txt': `Village bakery closes\n\nThe bakery on Mill Lane will close next month after forty years.\n\n"We baked every morning at four and loved it," said owner Marta Quill.\n`,
  'rail.txt': `Rail line delayed\n\nThe new rail line will open a year late, the transport board said.\n\n"The tunnels took longer than anyone planned," said board chair Tobias Renn.\n`,
  'harbour.txt': `Harbour dues\n\nFishermen said the harbour dues had doubled since the spring.\n\n"We cannot save money when the dues keep rising," said skipper Alun Brice.\n`,
};
const QUESTION = 'quote on withdrawing lighthouse crews to cut costs';

/** The fitted rule with the calibrated attribution floor (session 37; shipped off, see TOPIC_RULES). */
const ON = { farLeadCoverage: 0.3, farLeadMargin: 3, farLeadConfidence: 0.9 };
/** Session 36's form: any attribution the topic-only floors accept (`MIN_ATTRIBUTION`). */
const ANY_ATTRIBUTION = { ...ON, farLeadConfidence: 0.3 };

describe('a refused topic-only question answered by a quote far in the lead', () => {
  let core: OnRecord;
  beforeAll(async () => {
    core = await coreOf(COAST);
  });
  afterAll(() => core.close());

  it('answers with the one quote on the topic when the rule is on', async () => {
    await withTopicRules(ON, async () => {
      const a = await core.ask(QUESTION);
      expect(a.hits[0]?.speaker?.name).toBe('Oskar Vellam');
      expect(a.hits[0]?.text).toContain('lighthouse crews');
    });
  });

  it('is refused by the coverage floor with the rule off', async () => {
    await withTopicRules({ farLeadCoverage: TOPIC_RULES.minCoverage }, async () => {
      expect((await core.ask(QUESTION)).hits).toEqual([]);
    });
  });

  it('ships off (a "none" question answered on an unseen half), keeping the fitted margin and floor', () => {
    expect(TOPIC_RULES.farLeadCoverage).toBe(TOPIC_RULES.minCoverage);
    expect(TOPIC_RULES).toMatchObject({ farLeadMargin: ON.farLeadMargin, farLeadConfidence: ON.farLeadConfidence });
  });

  it('leaves a question whose rarest word no quote holds refused', async () => {
    await withTopicRules(ON, async () => {
      expect((await core.ask('quote on withdrawing lighthouse crews from the skerries')).hits).toEqual([]);
    });
  });
});

describe('no answer from the lower floor when another speaker comes near', () => {
  let core: OnRecord;
  beforeAll(async () => {
    core = await coreOf({
      ...COAST,
      'museum.txt': `Maritime museum opens\n\nThe museum's new wing tells the story of the northern coast.\n\n"The lighthouse crews kept logbooks we still read, and they cut a hard life," said curator Elin Sorve.\n`,
    });
  });
  afterAll(() => core.close());

  it('is refused: the curator\'s words on the lighthouse crews rank close behind', async () => {
    await withTopicRules(ON, async () => {
      expect((await core.ask(QUESTION)).hits).toEqual([]);
    });
  });
});

/**
 * The lower floor answers only on a sure attribution (session 37): the quote below stands in its own paragraph with
 * no speaker named; the extractor gives it to the commander of the paragraph before, below the calibrated 0.9. A
 * weak topic match on a weak attribution is two guesses: no answer.
 */
describe('no answer from the lower floor on an attribution under the calibrated level', () => {
  let core: OnRecord;
  beforeAll(async () => {
    core = await coreOf({
      ...COAST,
      'lighthouse.txt': `Coast guard cuts\n\nThe coast guard said on Tuesday that the last lighthouse crews on the northern coast would be withdrawn by spring to cut costs.\n\nRegional commander Oskar Vellam spoke to the press at the quay after the meeting.\n\n"Automating the lamps was always coming, and the lighthouse crews knew it."\n`,
    });
  });
  afterAll(() => core.close());

  it('is refused with the floor, answered with any attribution accepted', async () => {
    await withTopicRules(ON, async () => {
      expect((await core.ask(QUESTION)).hits).toEqual([]);
    });
    await withTopicRules(ANY_ATTRIBUTION, async () => {
      const a = await core.ask(QUESTION);
      expect(a.hits[0]?.speaker?.name).toBe('Oskar Vellam');
      expect(a.hits[0]?.confidence).toBeLessThan(0.9);
    });
  });
});

describe('farInTheLead', () => {
  function candidate(id: string, speakerId: string | null, score: number, kind: 'direct' | 'indirect' = 'direct', confidence = 0.95): Ranked<RankRow> {
    const quote = { id, speakerId, kind, confidence, terms: '', contextTerms: '', nearTerms: '', sortDate: '2024-03-01' } as unknown as RankRow;
    return { quote, score, coverage: 0.45, coord: 1, ownCoverage: 0.45, matched: [] };
  }
  const fits = () => true;

  it('takes the first attributed direct quote when it scores the margin over every other speaker', () => {
    const lead = candidate('a', 'vellam', 90);
    expect(farInTheLead([lead, candidate('b', 'vellam', 80), candidate('c', 'quill', 20)], fits, 3)).toEqual([lead]);
  });

  it('is nothing when a summary ranks above it, even its own speaker\'s', () => {
    expect(farInTheLead([candidate('s', 'vellam', 200, 'indirect'), candidate('a', 'vellam', 90)], fits, 3)).toEqual([]);
  });

  it('counts an unattributed line or a reported one as a rival', () => {
    expect(farInTheLead([candidate('a', 'vellam', 90), candidate('u', null, 40)], fits, 3)).toEqual([]);
  });

  it('is nothing when the leader does not carry the topic', () => {
    expect(farInTheLead([candidate('a', 'vellam', 90)], () => false, 3)).toEqual([]);
  });
});

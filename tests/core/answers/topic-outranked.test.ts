import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';
import { TOPIC_RULES, outrankedShare, unlessOutranked } from '../../../src/core/answers/intents/quote.js';
import type { Ranked } from '../../../src/core/answers/rank.js';
import type { RankRow } from '../../../src/core/store/port.js';

/**
 * A topic-only answer is none when another speaker's candidate that passes the same floors, said or reported, ranks
 * above it (`TOPIC_RULES.outranked`, session 32): the topic's best evidence is somebody else's, and the direct quote
 * below it holds the words by chance. Invented candidates and articles: a ferry union's reported line, a harbour
 * clerk's quote, a warden's; a campaigner's reported line on fishermen, the clerk's quote on the quay, a trader's.
 */
function candidate(id: string, speakerId: string, score: number, kind: 'direct' | 'indirect'): Ranked<RankRow> {
  const quote = { id, speakerId, kind, confidence: 0.95, terms: '', contextTerms: '', nearTerms: '', sortDate: '2024-03-01' } as unknown as RankRow;
  return { quote, score, coverage: 0.8, coord: 1, ownCoverage: 0.8, matched: [] };
}

describe('a topic-only answer outranked by another speaker that passes the floors', () => {
  const union = candidate('union-line', 'ferry-union', 90, 'indirect');
  const clerk = candidate('clerk-quote', 'tomas-ekwueme', 40, 'direct');
  const clerkAgain = candidate('clerk-quote-2', 'tomas-ekwueme', 35, 'direct');
  const warden = candidate('warden-quote', 'odile-brandt', 30, 'direct');
  const passesAll = () => true;

  it('is none when the other speaker\'s line passes the floors and scores more', () => {
    expect(unlessOutranked([clerk, warden], [union, clerk, warden], passesAll, 1)).toEqual([]);
  });

  it('answers when the line above it fails the floors: only a rival that passes counts', () => {
    expect(unlessOutranked([clerk, warden], [union, clerk, warden], (r) => r !== union, 1)).toEqual([clerk, warden]);
  });

  it('answers when the line above it is the same speaker\'s', () => {
    const ownSummary = candidate('clerk-summary', 'tomas-ekwueme', 80, 'indirect');
    expect(unlessOutranked([clerk, clerkAgain], [ownSummary, clerk, clerkAgain, warden], passesAll, 1)).toEqual([clerk, clerkAgain]);
  });

  it('answers when nobody else scores more, and with the rule off', () => {
    expect(unlessOutranked([clerk, warden], [clerk, warden], passesAll, 1)).toEqual([clerk, warden]);
    expect(unlessOutranked([clerk], [union, clerk], passesAll, 0)).toEqual([clerk]);
  });

  it('is on as shipped, a near tie counting, with the rivals held to the answer\'s own floor', () => {
    expect(TOPIC_RULES.outranked).toBeGreaterThan(1);
    expect(TOPIC_RULES.rivalCoverage).toBe(TOPIC_RULES.minCoverage);
  });
});

/**
 * Session 36 (h-qa87): a near tie is a coin toss between two speakers, so it is no answer either (`outranked` above 1:
 * another person's candidate scoring more than 1 / outranked of the first answer). Another record of the first
 * answer's own person ("Tomas Ekwueme" and "Tom Ekwueme") is no rival.
 */
describe('the honesty rule for a topic-only near tie between two speakers', () => {
  const clerk = candidate('clerk-quote', 'tomas-ekwueme', 40, 'direct');
  const wardenClose = candidate('warden-close', 'odile-brandt', 39, 'direct');
  const wardenFar = candidate('warden-far', 'odile-brandt', 30, 'direct');
  const clerkOtherRecord = candidate('clerk-short-name', 'tom-ekwueme', 39, 'direct');
  const passesAll = () => true;
  const records = (id: string): ReadonlySet<string> => (id === 'tomas-ekwueme' || id === 'tom-ekwueme' ? new Set(['tomas-ekwueme', 'tom-ekwueme']) : new Set([id]));

  it('is none when another speaker\'s candidate scores within the margin of the answer', () => {
    expect(unlessOutranked([clerk, wardenClose], [clerk, wardenClose], passesAll, 1.04, records)).toEqual([]);
  });

  it('answers when the other speaker\'s candidate is clearly behind, or the tie was not counted (share 1)', () => {
    expect(unlessOutranked([clerk, wardenFar], [clerk, wardenFar], passesAll, 1.04, records)).toEqual([clerk, wardenFar]);
    expect(unlessOutranked([clerk, wardenClose], [clerk, wardenClose], passesAll, 1, records)).toEqual([clerk, wardenClose]);
  });

  it('counts a near tie only for a view of two words or more: a one-word subject is answered by any holder', () => {
    expect(outrankedShare(2)).toBe(TOPIC_RULES.outranked);
    expect(outrankedShare(1)).toBe(1);
    expect(unlessOutranked([clerk, wardenClose], [clerk, wardenClose], passesAll, outrankedShare(1), records)).toEqual([clerk, wardenClose]);
  });

  it('answers when the close candidate is another record of the same person', () => {
    expect(unlessOutranked([clerk, clerkOtherRecord], [clerk, clerkOtherRecord], passesAll, 1.04, records)).toEqual([clerk, clerkOtherRecord]);
  });
});

describe('a topic-only question that two people answer equally well', () => {
  let core: OnRecord;
  const ask = 'quote on the harbour tolls rising next spring';
  beforeAll(async () => {
    core = await coreOf({
      'clerk.txt': `Council meeting\n\nClerk Tomas Ekwueme spoke after the meeting.\n\n"The harbour tolls will be rising next spring," Ekwueme said.\n`,
      'warden.txt': `Council meeting\n\nWarden Odile Brandt spoke after the meeting.\n\n"The harbour tolls will be rising next spring," Brandt said.\n`,
      'market.txt': `Market hall opens\n\nTrader Pia Sundqvist welcomed the new hall.\n\n"I like the new market hall and so do my customers," Sundqvist said.\n`,
    });
  });
  afterAll(() => core.close());

  it('is no answer: either speaker could be the one meant', async () => {
    const a = await core.ask(ask);
    expect(a.hits).toEqual([]);
  });

  it('was one of the two with the tie not counted', async () => {
    const keep = TOPIC_RULES.outranked;
    TOPIC_RULES.outranked = 1;
    try {
      const a = await core.ask(ask);
      expect(a.hits[0]?.speaker?.name).toMatch(/Tomas Ekwueme|Odile Brandt/);
    } finally {
      TOPIC_RULES.outranked = keep;
    }
  });
});

describe('a topic-only question whose best line is another speaker\'s reported words', () => {
  let core: OnRecord;
  beforeAll(async () => {
    core = await coreOf({
      'lagoon.txt': `Lagoon fishing row\n\nCampaigner Odile Brandt said fishermen were far more likely to be stopped and searched by lagoon wardens.\n\nThe wardens did not comment.\n`,
      'ferry.txt': `Ferry timetable changes\n\nHarbour clerk Tomas Ekwueme said passengers would see new sailings.\n\n"Fishermen can be stopped at the quay and their vans searched before they board the ferries," Ekwueme said.\n`,
      'market.txt': `Market hall opens\n\nTrader Pia Sundqvist welcomed the new hall.\n\n"I like the new market hall and so do my customers," Sundqvist said.\n`,
    });
  });
  afterAll(() => core.close());

  it('is no answer: the clerk\'s quote holds the words by chance', async () => {
    const a = await core.ask('quote on fishermen being more likely to be stopped and searched');
    expect(a.hits).toEqual([]);
  });

  it('was the clerk\'s quote with the rule off', async () => {
    const keep = TOPIC_RULES.outranked;
    TOPIC_RULES.outranked = 0;
    try {
      const a = await core.ask('quote on fishermen being more likely to be stopped and searched');
      expect(a.hits[0]?.speaker?.name).toContain('Ekwueme');
    } finally {
      TOPIC_RULES.outranked = keep;
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';
import { withTopicRules } from './topic-rules.js';
import { leadingOnly, leadingQuote } from '../../../src/core/answers/intents/quote.js';
import type { Ranked } from '../../../src/core/answers/rank.js';
import type { RankRow } from '../../../src/core/store/port.js';

/**
 * A topic-only answer leads the ranking (`TOPIC_RULES.leadMargin`, session 22): its first quote is the first
 * attributed direct quote ranked, and no other speaker's words, said or reported, score above it. The app ships the
 * rule off (withdrawn on the unseen halves B); these tests hold the mechanism `scripts/fit-rank.ts --topic` sweeps,
 * at a margin of 1. Invented candidates: a harbour board's reported line on the marina, a boat dealer's quote, a
 * councillor's.
 */
const LEAD = 1;

function candidate(id: string, speakerId: string, score: number, kind: 'direct' | 'indirect', confidence = 0.95): Ranked<RankRow> {
  const quote = { id, speakerId, kind, confidence, terms: '', contextTerms: '', nearTerms: '', sortDate: '2024-03-01' } as unknown as RankRow;
  return { quote, score, coverage: 0.5, coord: 1, ownCoverage: 0.5, matched: [] };
}

describe('a topic-only answer leads the ranking', () => {
  const board = candidate('board-line', 'harbour-board', 90, 'indirect');
  const dealer = candidate('dealer-quote', 'ines-okafor', 40, 'direct');
  const dealerAgain = candidate('dealer-quote-2', 'ines-okafor', 35, 'direct');
  const councillor = candidate('councillor-quote', 'piet-lindqvist', 30, 'direct');

  it('is no answer when another speaker\'s reported line ranks above it', () => {
    expect(leadingQuote([board, dealer, councillor])?.margin).toBeCloseTo(40 / 90);
    expect(leadingOnly([dealer], [board, dealer, councillor], LEAD)).toEqual([]);
  });

  it('is no answer when a better-ranked quote failed a floor and a lower one passed', () => {
    // The dealer's quote leads but misses the floors; the councillor's, ranked below it, is not the answer.
    expect(leadingOnly([councillor], [dealer, councillor], LEAD)).toEqual([]);
  });

  it('answers when it leads: the same speaker\'s own summary above it sets no bar', () => {
    const ownSummary = candidate('dealer-summary', 'ines-okafor', 80, 'indirect');
    expect(leadingOnly([dealer, dealerAgain, councillor], [ownSummary, dealer, dealerAgain, councillor], LEAD)).toEqual([dealer, dealerAgain, councillor]);
    expect(leadingQuote([dealer])?.margin).toBe(Infinity);
  });

  it('answers as before with the rule off', () => {
    expect(leadingOnly([dealer], [board, dealer], 0)).toEqual([dealer]);
  });

  it('leaves an unsure attribution out of the lead', () => {
    const unsure = candidate('unsure', 'somebody', 100, 'direct', 0.2);
    expect(leadingQuote([unsure, dealer])?.first).toBe(dealer);
  });
});

/**
 * With the lower floor (0.45) a topic-only answer must hold more than half of the question's words somewhere around
 * it (`TOPIC_RULES.minCoord` 0.51, the session-22 candidate): of two equally rare words, a quote holding one covers
 * half the topic and is no answer. The shipped floor (0.55) refuses it on its own. Articles written for this test:
 * "ferries" and "tolls" are each in one quote, never together.
 */
describe('a topic-only answer holds more than half of the question\'s words', () => {
  let core: OnRecord;
  const candidate22 = { minCoverage: 0.45, leadMargin: 1, minCoord: 0.51 };
  beforeAll(async () => {
    core = await coreOf({
      'port.txt': `Island port reopens\n\nHarbourmaster Wren Castell said the port had reopened after the storm.\n\n"The ferries will run every hour from Monday," Castell said.\n`,
      'bridge.txt': `Bridge charges rise\n\nCouncil treasurer Idris Moon said drivers would pay more from April.\n\n"The tolls pay for the repairs and nothing else," Moon said.\n`,
    });
  });
  afterAll(() => core.close());

  it('is no answer under the shipped floors', async () => {
    const a = await core.ask('quote on tolls for the ferries');
    expect(a.hits).toEqual([]);
  });

  it('is no answer under the lower floor when it holds one of two equally rare words', async () => {
    await withTopicRules(candidate22, async () => {
      const a = await core.ask('quote on tolls for the ferries');
      expect(a.hits).toEqual([]);
    });
  });

  it('was the answer under the lower floor with half of the words enough', async () => {
    await withTopicRules({ ...candidate22, minCoord: 0.5 }, async () => {
      const a = await core.ask('quote on tolls for the ferries');
      expect(a.hits.length).toBeGreaterThan(0);
    });
  });

  it('still answers when the quote holds every word', async () => {
    const a = await core.ask('quote on ferries running every hour');
    expect(a.hits[0]?.speaker?.name).toContain('Castell');
  });
});

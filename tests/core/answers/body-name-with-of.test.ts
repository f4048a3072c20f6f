import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { readRole } from '../../../src/core/speakers/roles.js';
import { coreOf } from './texts.js';

/**
 * A role or a question that opens with a body's name written with "of"/"for" ("Bank of Arden head of rates
 * strategy", "Marsh County Department of Health press officer") read its office from the word before that "of":
 * a "bank", a "department". No question about the office reached the holder, and the question's own phrase named
 * a "bank" no role holds (session 26, h-qa59). Invented articles: a bank's strategist, a health department's
 * officer, a central bank's governor named the other way round, and a rival bank's economist.
 */
const ARTICLES: Record<string, string> = {
  'rates.txt': `Traders bet on a pause

"The governor is taking a far calmer view of prices than the market," said Oren Talbot, Bank of Arden head of rates strategy.
`,
  'fenwick.txt': `Fenwick sees a pause

Lisa Quint, an economist at Fenwick Bank, said: "A pause in March looks likely to us, whatever the governor says."
`,
  'clinic.txt': `County targets young drivers

"We want to reach young drivers where they already spend their evenings," said Mara Delve, Marsh County Department of Health press officer.
`,
  'governor.txt': `Governor warns on lending

"Lending has grown faster than wages for too long," said Governor of the Bank of Arden Piers Ollen.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a body named with "of" before the office', () => {
  it('reads the office after the body, the body as qualifiers', () => {
    const held = readRole('Bank of Arden head of rates strategy');
    expect(held?.office).toBe('head');
    expect([...(held?.qualifiers ?? [])]).toEqual(expect.arrayContaining(['bank', 'arden', 'rates', 'strategy']));
    expect(readRole('Marsh County Department of Health press officer')?.office).toBe('officer');
    expect(readRole('University of Arden professor')?.office).toBe('professor');
  });

  it('keeps an office that the "of" follows, and words that are no body\'s name', () => {
    expect(readRole('Secretary of State')?.office).toBe('secretary');
    expect(readRole('Governor of the Bank of Arden')?.office).toBe('governor');
    // Lower-case words before the "of" are no body's name: read as before.
    expect(readRole('disciplinary action of national coach')?.office).toBe('action');
    // No office after the body's name: nothing to read differently.
    expect(readRole('Bank of Arden')?.office).toBe('bank');
  });

  it('"the Bank of Arden head of rates strategy" is the strategist, not the other bank\'s economist', async () => {
    const a = await core.ask('what did the Bank of Arden head of rates strategy say about the governor');
    expect(a.hits[0]?.speaker?.name).toBe('Oren Talbot');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Lisa Quint');
  });

  // The possessive form runs to seven words: read whole as the speaker phrase (questions/intent.ts), not topic words
  // whose "Bank" and "Arden" named nobody.
  it('"Bank of Arden\'s head of rates strategy" is the strategist', async () => {
    const a = await core.ask("what did Bank of Arden's head of rates strategy say about the governor");
    expect(a.hits[0]?.speaker?.name).toBe('Oren Talbot');
  });

  it('"the Marsh County health department press officer" is the officer', async () => {
    const a = await core.ask('what did the Marsh County health department press officer say about young drivers');
    expect(a.hits[0]?.speaker?.name).toBe('Mara Delve');
  });

  // The asked body's words the role does not hold go back to the question, to be borne out around the quote (as for
  // any role): Fenwick is named nowhere near the strategist's words.
  it('a body the role does not hold is still no answer: "the Fenwick Bank head of rates strategy"', async () => {
    const a = await core.ask('what did the Fenwick Bank head of rates strategy say about the governor');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Oren Talbot');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * "what did X call Y": X is the speaker, as with "say" (session 31, h-qa71). Before, "call" was no verb of the
 * question, the whole question became topic words, and the body named inside the role ("the FBI director",
 * "the government's reviewer") was taken for the speaker: the body's own statement answered for its director.
 * Invented bureau, town and people.
 */
const ARTICLES: Record<string, string> = {
  'bureau.txt': `Bureau closes review of Kelmouth ferry contract

The Harbour Inspection Bureau said it was working on matters related to the Kelmouth ferry contract.

Harbour Inspection Bureau director Ruth Penhale said the handling of the ferry contract had been "deeply careless" but did not break the law.

"The council took risks it did not need to take with the ferry contract," Penhale said.
`,
  'fair.txt': `Kelmouth fair draws record crowd

Mayor Tobias Penhale opened the Kelmouth summer fair on Saturday and stayed for the ferry race.

Student Ama Quist, who met him at the cake stall, called him "a stubborn old ox with a soft heart".

The ferry race was won by a crew from the harbour.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('"what did X call Y"', () => {
  it('reads the role before "call" as the speaker, not the body inside it', async () => {
    const a = await core.ask('what did the Harbour Inspection Bureau director call the handling of the ferry contract');
    expect(a.understood.speaker?.query).toBe('the Harbour Inspection Bureau director');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Ruth Penhale');
    expect(a.hits.every((h) => h.speaker?.name === 'Ruth Penhale')).toBe(true);
  });

  it('reads a name before "call" as the speaker', async () => {
    const a = await core.ask('what did Penhale call the ferry contract handling');
    expect(a.understood.speaker?.query).toBe('Penhale');
    expect(a.hits[0]?.speaker?.name).toBe('Ruth Penhale');
  });

  it('keeps "call" as a topic word: the reporter\'s sentence says "called"', async () => {
    const a = await core.ask('what did Ama Quist call Tobias Penhale');
    expect(a.understood.speaker?.query).toBe('Ama Quist');
    expect(a.understood.topic).toEqual(['call', 'tobias', 'penhale']);
    expect(a.hits[0]?.text).toContain('stubborn old ox');
  });
});

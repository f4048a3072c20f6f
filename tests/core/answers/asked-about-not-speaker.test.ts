import { afterAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Honesty rule: the person a question asks about is not the speaker it asks for. A role or description in the
 * speaker's place and a person's surname among the topic's words name two people; the quote of the one spoken
 * about is no answer (`answers/asked-about.ts`). Articles written for this test; the people are invented.
 */
const ROW = `Courier columnist hits back at Harrow over jobs remark

Premier Tom Harrow told a rally on Monday: "The harbour jobs will go to the people who vote for us, and nobody else."

The Courier columnist wrote on Tuesday that the jobs remark was glib and horrifying.
`;
const PORT = `Harbour plan approved

"The harbour plan will bring two hundred jobs to the town," said harbour master Colin Reed.
`;

const TOLLS = `Gazette editor rounds on Prentice over bridge tolls

Mayor Dale Prentice Jr. told reporters on Monday: "The bridge tolls will double next spring, and drivers will thank us later."

The Gazette editor wrote on Wednesday that the tolls pledge was reckless.
`;

let core: OnRecord;
afterAll(async () => { await core?.close(); });

describe('the person a question asks about is not the speaker it asks for', () => {
  it('does not answer a description with the words of the person the topic names', async () => {
    core = await coreOf({ 'row.txt': ROW, 'port.txt': PORT });
    const a = await core.ask("what did the Courier columnist say about Harrow's jobs remark");
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Tom Harrow');
    expect(a.status).toBe('not_found');
  });

  it('still answers the same topic asked of that person by name', async () => {
    const a = await core.ask('what did Harrow say about the harbour jobs');
    expect(a.hits[0]?.speaker?.name).toBe('Tom Harrow');
  });

  it('reads the surname of a speaker named with a suffix ("Dale Prentice Jr.") as Prentice, not "Jr"', async () => {
    const tolls = await coreOf({ 'tolls.txt': TOLLS });
    try {
      expect((await tolls.ask('what did Prentice say about the bridge tolls')).hits[0]?.speaker?.name).toMatch(/^Dale Prentice/);
      const a = await tolls.ask("what did the Gazette editor say about Prentice's bridge tolls");
      expect(a.hits.map((h) => h.speaker?.name ?? '')).not.toContainEqual(expect.stringMatching(/Prentice/));
    } finally {
      await tolls.close();
    }
  });
});

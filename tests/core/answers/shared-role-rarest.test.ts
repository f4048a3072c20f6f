import { afterAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Honesty rule: a role several speakers fit about equally is settled by the topic's rarest word. Of two finance
 * ministers, the one whose quote holds only the question's common word is no answer when the rarer word the archive
 * knows is in none of their words (`answers/shared-role.ts`). Articles written for this test; the people are invented.
 */
const FILES = {
  'pensions.txt': `Pension rise promised

Finance Minister Carl Ostrow said on Monday: "Pensions will rise next year, whatever the markets do."
`,
  'tolls.txt': `Bridge tolls to go

Finance Minister Lena Varga said: "The bridge tolls will be scrapped in the spring, and drivers will save money."
`,
  'town.txt': `Town prepares for budget

Mayor Ann Kile said: "Halden will welcome the budget, and the town hall is ready for the visitors."
`,
  'union.txt': `Union warns on pensions

"Pensions are the first worry of our members this winter," said union leader Tom Fry.
`,
};

let core: OnRecord;
afterAll(async () => { await core?.close(); });

describe('a role several speakers fit is settled by the rarest word', () => {
  it('does not answer with the holder whose quote misses the rarest word', async () => {
    core = await coreOf(FILES);
    const a = await core.ask('what did the finance minister say about pensions in Halden');
    expect(a.hits).toEqual([]);
  });

  it('still answers when a holder said the rarest word', async () => {
    const a = await core.ask('what did the finance minister say about pensions next year');
    expect(a.hits[0]?.speaker?.name).toBe('Carl Ostrow');
    const b = await core.ask('what did the finance minister say about the bridge tolls');
    expect(b.hits[0]?.speaker?.name).toBe('Lena Varga');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Another holder of the very role whose role says more than the question (session 18, h-qa34;
 * `answers/other-holders.ts`): when the holders ranked first said nothing on the topic, a holder stating every asked
 * qualifier answers, however many words of its own the role adds ("chief UK economist at Brenmoor Analytics" for
 * "the Brenmoor Analytics economist"). Before, only holders fitting as exactly as the best one were read, and the
 * answer was "no quote". Invented articles.
 */
const ARTICLES: Record<string, string> = {
  'rates.txt': `Rates held again

Paul Dane, economist at Brenmoor Analytics, said: "Rates will stay where they are for the summer."

"Borrowers can relax for now," Dane said.

"House prices are flat," Dane said.

"Shops had a quiet month," Dane said.

"Exports held up well," Dane said.
`,
  'budget.txt': `Deficit warning for the budget

The deficit grew again in the spring.

Jon Lyle, chief UK economist at Brenmoor Analytics, said: "Fiscal tightening will be required after the election, whoever wins."
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
}, 60_000);
afterAll(() => core.close());

describe('other holders of the asked role', () => {
  it('a wordier role stating every asked qualifier answers when the first holders have nothing', async () => {
    const a = await core.ask('what did the Brenmoor Analytics economist say about fiscal tightening');
    expect(a.hits[0]?.speaker?.name).toBe('Jon Lyle');
  });

  it('nobody who does not hold the role answers', async () => {
    const a = await core.ask('what did the Brenmoor Analytics strategist say about fiscal tightening');
    expect(a.hits).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A question with no speaker is answered only by a quote holding its rarest word: the common words of a question
 * ("restaurant", "kitchens", "staff") can cover most of its weight and still miss what it asks about ("robots").
 * Articles written for this test: "robots" is on record (the factory), just never about restaurants.
 */
const ARTICLES: Record<string, string> = {
  'factory.txt': `Car plant adds machines

Plant manager Olu Adeyemi said the new line would open in May.

"The robots on our line weld each car frame in under a minute," Adeyemi said.
`,
  'diners.txt': `Restaurant owners count the cost

Restaurant owner Tomas Brandt said prices would rise this year.

"Restaurant kitchens need more staff and every restaurant is short of staff," Brandt said.
`,
  'union.txt': `Cooks ask for better pay

Union organiser Ada Mwangi said cooks would ballot on strike action.

"Kitchens run on cooks who are paid too little, and restaurant owners know it," Mwangi said.
`,
  'market.txt': `Market traders hopeful

Trader Lena Fischer said the market would stay open on Sundays.

"Our stalls need staff on Sundays and we pay them well," Fischer said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a topic-only answer holds the question\'s rarest word', () => {
  it('is not answered by a quote that covers only the common words', async () => {
    const a = await core.ask('quote on robots and staff in restaurant kitchens');
    expect(a.status).toBe('not_found');
    expect(a.hits).toEqual([]);
  });

  it('still answers when the quote holds the rarest word', async () => {
    const a = await core.ask('quote on robots welding car frames');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Olu Adeyemi');
  });
});

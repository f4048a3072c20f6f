import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A question with no speaker ("quote on ...") is answered only by somebody's own words, never by the reporter's
 * summary of them (issue 14): reported speech repeats the question's words because it sums up the topic, so it
 * outranks what was said, and with no name in the question nothing else tells the asker whose view it is.
 * Articles written for this test.
 */
const ARTICLES: Record<string, string> = {
  'texts.txt': `Operators brace for New Year

Mobile operators expect a record number of greetings on New Year's Eve.

Analyst Priya Ranganathan said the surge in text messages would test how well mobile networks cope with peak traffic.

"We have added capacity in every city we serve," said Marco Bellweather, a spokesman for the operator Teleway.
`,
  'ferry.txt': `Ferry fares to rise

Transport officer Lena Okafor said ferry fares would rise in the spring because fuel costs had doubled.

"Fuel costs have doubled since the winter, and ferry fares have to follow them up," Okafor said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a question with no speaker', () => {
  it('is not answered by reported speech, however well it repeats the question', async () => {
    const a = await core.ask('quote on mobile networks coping with peak text message traffic');
    expect(a.status).toBe('not_found');
    expect(a.hits).toHaveLength(0);
  });

  it('is answered by the direct quote on the topic, and the summary of it is no answer', async () => {
    const a = await core.ask('quote on ferry fares rising because of fuel costs');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Lena Okafor');
    expect(a.hits[0]?.text).toContain('Fuel costs have doubled');
    expect(a.hits.map((h) => h.text).join(' ')).not.toContain('would rise in the spring');
  });

  it('still finds the reported speech when the question names its speaker', async () => {
    const a = await core.ask('what did Ranganathan say about mobile networks coping with peak traffic');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Priya Ranganathan');
    expect(a.hits[0]?.text).toContain('peak traffic');
  });
});

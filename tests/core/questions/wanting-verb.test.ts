import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from '../answers/texts.js';

/**
 * "What did the Tarn delegate from Ohio want done about the schools" asks the delegate (session 41, h-qa105): with
 * no verb of saying after it, the phrase ran on to the name inside it and Jane Tarn's own line answered, another
 * person's words. Articles written for this test.
 */
const ARTICLES: Record<string, string> = {
  'delegate.txt': `Delegates on schools

"We want smaller classes and a nurse in every school building," said Rita Vance, a Tarn delegate from Ohio.
`,
  'candidate.txt': `Tarn on the campaign

"Our schools need money, and I will find it without raising taxes," said Jane Tarn, the candidate.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a wanting verb after a role', () => {
  it('answers with the role holder, never with the person the role is named after', async () => {
    const a = await core.ask('what did the Tarn delegate from Ohio want done about the schools');
    expect(a.hits[0]?.speaker?.name).toBe('Rita Vance');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Jane Tarn');
  });

  it('leaves a named speaker asked what she wanted as before', async () => {
    const a = await core.ask('what did Jane Tarn want for the schools');
    expect(a.hits[0]?.speaker?.name).toBe('Jane Tarn');
  });
});

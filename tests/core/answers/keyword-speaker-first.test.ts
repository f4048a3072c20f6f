import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Keywords lead with the speaker (issue 14, keyword questions): "vale ada lindqvist" is Vale on Lindqvist. The
 * longest name in the keywords was taken as the speaker, so a voter's words about a candidate on record were
 * looked for among the candidate's own quotes, and nothing was found. Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'voters.txt': `Young voters weigh the race

"The Ada Lindqvist thing has really got me on board," says Corin Vale, a nurse from Harbourside.
`,
  'rally.txt': `Lindqvist rallies in the north

"We will build the northern rail line within four years," Ada Lindqvist told the rally.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('keywords naming two people on record', () => {
  it('take the first-typed name as the speaker and the later one as the topic', async () => {
    const a = await core.ask('vale ada lindqvist');
    expect(a.hits[0]?.speaker?.name).toBe('Corin Vale');
  });

  it('still read a full name typed first as the speaker', async () => {
    const a = await core.ask('ada lindqvist rail line');
    expect(a.hits[0]?.speaker?.name).toBe('Ada Lindqvist');
  });
});

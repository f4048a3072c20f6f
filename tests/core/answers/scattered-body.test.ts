import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A body asked for by two or more capitalised words ("the Colleges Norway director") is not the office of a holder
 * whose role holds each word only apart, in other bodies' names ("director of the Norwegian Rural Housing Centre at
 * Orvan College"): session 34, h-qa82. Articles invented for these tests.
 */
const ARTICLES: Record<string, string> = {
  'housing.txt': `Rural rents keep rising

Rents in rural Norway rose again this year.

Mara Vint, director of the Norwegian Rural Housing Centre at Orvan College, said students were hit hardest. "Students renting in the villages now pay more than they do in the city, and many simply cannot find a room," she said.
`,
  'county.txt': `County party backs the nominee

Ned Kasper, the GOP chairman for Tarnland's Orvan County, said the party would campaign for the nominee. "Students and farmers alike will find a room in this campaign," Kasper said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a body named by capitalised words is named by them together', () => {
  it('the director of another body whose role holds "Norwegian" and "College" apart is no "Colleges Norway director"', async () => {
    // The role's words fit the question's one by one: without the rule she answered.
    const a = await core.ask('what did the Colleges Norway director say about students finding a room');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Mara Vint');
  });
  it('asked by her own bodies, she still answers', async () => {
    const a = await core.ask('what did the Norwegian Rural Housing Centre director say about students finding a room');
    expect(a.hits[0]?.speaker?.name).toBe('Mara Vint');
  });
  it('a role holding two of the words side by side, in another order, still answers ("Orvan County GOP chairman")', async () => {
    const a = await core.ask('what did the Orvan County GOP chairman say about students finding a room');
    expect(a.hits[0]?.speaker?.name).toBe('Ned Kasper');
  });
});

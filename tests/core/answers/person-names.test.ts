import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A question that names a person is answered with that person's words or "no quote found" (issue 14, honesty).
 * Two ways another person's words were given: a professor at a university named after somebody ("what did George
 * Mason say" answered a George Mason University professor), and a whole name two edits off as one key with another
 * first name ("John Howard" answered Ron Howard). Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'samples.txt': `River samples clean, study finds

Samples taken from the Orrin river show no trace of the solvent, a study found.

"We found nothing unusual in the samples from the river," said Hal Greer, a law professor at Martha Quinn University.
`,
  'pier.txt': `Pier to reopen in spring

The town pier will reopen in the spring after repairs, the harbour master said.

"The pier repairs will be done before the spring tides," said Ron Vickery, the harbour master.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a person named in a question', () => {
  it('is not somebody working for a body named after a person so', async () => {
    const a = await core.ask('what did Martha Quinn say about the river samples');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Hal Greer');
  });

  it('is not somebody with another first name whose whole name is two edits off', async () => {
    const a = await core.ask('what did John Vickery say about the pier');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Ron Vickery');
  });

  it('misspelt with the right first name is still repaired', async () => {
    const a = await core.ask('what did Ron Vikery say about the pier');
    expect(a.hits[0]?.speaker?.name).toBe('Ron Vickery');
  });

  it('the body itself still finds the person speaking for it', async () => {
    const a = await core.ask('what did the Martha Quinn University professor say about the samples');
    expect(a.hits[0]?.speaker?.name).toBe('Hal Greer');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * "adviser to the ORF managing director on Y" names whoever holds that office, as "the adviser to ..." would (session
 * 24, h-qa52): read bare, the body's name inside the phrase ("ORF") was taken for the speaker, and the answer was the
 * body's own line or nothing. Invented articles: a fund quoted as a body, its managing director's adviser by name.
 */
const ARTICLES: Record<string, string> = {
  'default.txt': `Fund counts cost of Veloria default

The Orban Reserve Fund (ORF) said on Monday that Veloria's default "will hurt lenders for years".

"The cost to savers is enormous and somebody has to pay," said Piet Haldane, adviser to the ORF's managing director, Ana Rossi.
`,
  'talks.txt': `Veloria talks resume

The ORF said talks with Veloria on its debt "will resume in March".
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a bare office of a body in the place of "X on Y"', () => {
  it('"adviser to the ORF managing director on the cost to savers" is the adviser\'s words, never the fund\'s', async () => {
    const a = await core.ask('adviser to the ORF managing director on the cost to savers');
    expect(a.hits[0]?.speaker?.name).toBe('Piet Haldane');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Orban Reserve Fund');
  });

  it('the same office asked with "the" is answered alike', async () => {
    const a = await core.ask('the adviser to the ORF managing director on the cost to savers');
    expect(a.hits[0]?.speaker?.name).toBe('Piet Haldane');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from '../answers/texts.js';

/**
 * A full name of three words typed first with its last word misspelt ("paul grant whittaker harbour"): the first
 * two words alone were read as a misspelt two-word name (Paul Granton) and the question went to him or to nobody.
 * Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'harbour.txt': `Harbour plans under fire

"Nobody asked the fishermen before the harbour wall was moved," said Paul Grant Whitaker, who chairs the Tenby Harbour Trust.
`,
  'ferries.txt': `Ferry timetable cut

"The harbour will lose half its ferries this winter and the town will feel it," said Paul Granton, a ferry operator.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('keywords leading with a three-word name, its last word misspelt', () => {
  it('are that speaker, not the two-word name the first two words nearly spell', async () => {
    const a = await core.ask('paul grant whittaker harbour fishermen');
    expect(a.hits[0]?.speaker?.name).toBe('Paul Grant Whitaker');
    const b = await core.ask('what did paul grant whittaker assume about the harbour wall');
    expect(b.hits[0]?.speaker?.name).toBe('Paul Grant Whitaker');
  });

  it('leave a misspelt two-word name followed by a topic word as it was', async () => {
    const a = await core.ask('paul granten harbour ferries');
    expect(a.hits[0]?.speaker?.name).toBe('Paul Granton');
  });
});

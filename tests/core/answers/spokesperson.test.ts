import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * "The <body> spokeswoman" (issue 14, roles): a body on record speaks through its spokesperson, so the question
 * names the body. Another spokesman whose role holds only part of the body's name (a rail software firm's, for
 * "Harbour Rail") is somebody else, even where his article mentions the harbour. Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'delays.txt': `Coastal line delays

Harbour Rail said it was investigating a signal fault that delayed trains on the coastal line.

"We are investigating a fault on the coastal line and apologise for the delays," Harbour Rail said in a statement.
`,
  'signals.txt': `Harbour line signals are old, says firm

Tomas Vell, spokesman for a rail software firm, said the signals on the coastal line were out of date.

"The signals on the coastal line are older than I am, and the delays will go on," Vell said.
`,
  'ferry.txt': `Ferry fares frozen

Island Ferries spokesman Piet Oduya said fares would not rise this year.

"Fares stay where they are until next spring," Oduya said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a body\'s spokesperson', () => {
  it('is the body on record, not a spokesman whose role holds part of its name', async () => {
    const a = await core.ask('what did the Harbour Rail spokeswoman say about delays on the coastal line');
    expect(a.status).toBe('found');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Tomas Vell');
    expect(a.hits[0]?.speaker?.name).toBe('Harbour Rail');
  });

  it('is the person whose role names the whole body, when there is one', async () => {
    const a = await core.ask('what did the Island Ferries spokesman say about fares');
    expect(a.hits[0]?.speaker?.name).toBe('Piet Oduya');
  });
});

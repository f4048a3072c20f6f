import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { shapeQuestion } from '../../../src/core/questions/intent.js';
import { coreOf } from './texts.js';

/**
 * "who said on X that LINE" / "who said about X that LINE": X is what the line was about, LINE the words recalled
 * (session 27). Over articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'bridge.txt': `Council approves river bridge after decade of delay

The county council voted on Monday to build a second bridge over the Wend, ten years after the plan was first drawn up.

"We left it far too late," said councillor Maya Strand, who chairs the transport committee. "The traffic has doubled since the first survey."

The bridge is due to open in 2029.
`,
  'harbour.txt': `Harbour fees to rise

Harbour master Owen Teel said fees for moorings would rise by a tenth from April.

"Nobody likes paying more, but the walls are crumbling," Teel said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('"who said on X that LINE": the line is the words after "that"', () => {
  it('reads the line alone, the subject before "that" left out', () => {
    expect(shapeQuestion('who said on the river bridge that we left it way too late')).toMatchObject({ intent: 'verify', rest: 'we left it way too late' });
    expect(shapeQuestion('who said about the harbour that "the walls are crumbling"')).toMatchObject({ intent: 'verify', rest: 'the walls are crumbling' });
    expect(shapeQuestion('who said of the council That we left it too late')).toMatchObject({ intent: 'verify', rest: 'we left it too late' });
  });

  it('keeps the words when the subject may be the line\'s own opening, or when no "that" follows it', () => {
    expect(shapeQuestion('who said about 40 of the members left that night')).toMatchObject({ intent: 'verify', rest: 'about 40 of the members left that night' });
    expect(shapeQuestion('who said about half of them said that it was late')).toMatchObject({ intent: 'verify', rest: 'about half of them said that it was late' });
    expect(shapeQuestion('who said on the bridge we left it too late')).toMatchObject({ intent: 'verify', rest: 'on the bridge we left it too late' });
    expect(shapeQuestion('who said that we left it too late')).toMatchObject({ intent: 'verify', rest: 'that we left it too late' });
  });

  it('finds the short recalled line that the subject words hid, and still refuses a line nobody said', async () => {
    const a = await core.ask('who said on building the second river bridge that we left it way too late');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Maya Strand');
    expect(a.hits[0]?.text).toContain('We left it far too late');
    const b = await core.ask('who said about the harbour fees that the new bridge will never be built');
    expect(b.hits.length).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Session 36 (h-attr90): describing words written before a name with no role word among them ("mused Quayside co-host
 * Ted Varnell", "said Velmora Space Agency planetary geologist Rhea Lund") are the quote's role, so a role question
 * naming them finds the person. Articles invented for these tests.
 */
const ARTICLES: Record<string, string> = {
  'quayside.txt': `Novelist mulls a run for mayor

Crime writer Ada Holt said she would consider running for mayor of Tarnby if she reached 15 percent in the polls.

“Imagine Ada Holt going up against both candidates on the same stage,” mused Quayside co-host Ted Varnell on his radio show.
`,
  'ice.txt': `Probe finds organic matter under the ice

“Organic matter under the ice of Kerrin matters for life,” said Velmora Space Agency planetary geologist Rhea Lund.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a role question names the describing words kept as the role', () => {
  it('"what did the Quayside co-host say about Ada Holt" answers Ted Varnell', async () => {
    const a = await core.ask('what did the Quayside co-host say about Ada Holt');
    expect(a.hits[0]?.speaker?.name).toBe('Ted Varnell');
    expect(a.hits[0]?.speaker?.role).toBe('Quayside co-host');
  });
  it('"what did the planetary geologist say about the ice" answers Rhea Lund', async () => {
    const a = await core.ask('what did the planetary geologist say about organic matter under the ice');
    expect(a.hits[0]?.speaker?.name).toBe('Rhea Lund');
    expect(a.hits[0]?.speaker?.role).toBe('Velmora Space Agency planetary geologist');
  });
});

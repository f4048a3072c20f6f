import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Session 17 (h-qa32): prepositions the stop list leaves as words ("between", "among", "across", "despite" ...) are
 * no topic words: weighed as one, "between" is a word the quote never says and pulls a topic-only answer under its
 * coverage floor. Articles written for this test.
 */
const ARTICLES: Record<string, string> = {
  'ferries.txt': `Ferry links under strain

Islanders say the ferry timetable is a mess.

"There's a lot of passenger frustration about late sailings," said Orla Quinn of the islanders' group.

The operator said it would review the timetable in the spring.
`,
  'other.txt': `Harbour notes

Boats have sailed between the islands and the mainland for centuries, and the harbour between them is busy.
Between March and May, repairs will close the slipway between the piers and between the sheds.

"We share the cost between the two councils," said treasurer Enda Walsh.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('prepositions in a topic', () => {
  it('are not topic words', async () => {
    const a = await core.ask('quote on passenger frustration across sailings between the islands');
    expect(a.understood.topic).not.toContain('between');
    expect(a.understood.topic).not.toContain('across');
    expect(a.understood.topic).toEqual(['passenger', 'frustration', 'sailings', 'islands']);
    expect(a.hits[0]?.speaker?.name).toBe('Orla Quinn');
  });

});

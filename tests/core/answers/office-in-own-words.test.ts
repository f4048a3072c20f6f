import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Two role rules of session 17 (h-qa31), on articles invented for these tests:
 * - a description no role on record holds is never borne out by the quote's own words naming the office: the
 *   opposition leader who says "the first minister should withdraw these remarks" is not the first minister, though
 *   the paragraphs around say "the first minister's comments" of the man she attacks (`describesSpeaker`, `answers/described.ts`);
 * - "the head of" a body named in full is the top office of the body stated by its initials ("NFWA chairman"):
 *   `topOfficeFit` in `speakers/roles.ts` reads the initials as it reads them for the office itself;
 * - "Zorbex's director of telecoms research": a possessive naming a record of one word filed as a person (a body the
 *   extractor took for one) is no person owning the office (`possessorWords`, `questions/understand.ts`), so the
 *   director whose paragraph names Zorbex answers.
 */
const ARTICLES: Record<string, string> = {
  'network.txt': `Phone firm offers rivals access

The phone firm offered to open its network to rivals on Monday.

Telecom analysts Zorbex welcomed the move, saying the firm had given ground.

"The big question now is whether the regulator feels the proposals go far enough. Now the real talks begin," director of telecoms research Tony Marlow said.
`,
  'ferry.txt': `First minister in ferry fares row

The island's first minister has told students that ferry fares will go up "now and then".

Tom Ardle was speaking to pupils from the harbour college. The first minister's comments came in a question session.

He added: "Now and then the ferry fares must go up, but never by more than the fuel bill." Opposition leader Mara Quill said: "This is a betrayal by Tom Ardle. "It is staggering that anybody, particularly the First Minister, should tell students that fares will go up. "The first minister should withdraw these remarks about ferry fares immediately."
`,
  'fishing.txt': `Fishing quotas attacked

NFWA chairman Doug Penhallow said the new quotas would empty the harbours.

"These quotas will finish off the small boats for good," he said.

Officials said the quotas were needed.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
}, 60_000);
afterAll(() => core.close());

describe('role questions', () => {
  it('a quote naming the office is not its holder\'s', async () => {
    const a = await core.ask('what did the first minister say about ferry fares');
    // Before: Mara Quill first, her own words "particularly the First Minister" and "The first minister should
    // withdraw" bearing the description out, the paragraph before saying "The first minister's comments".
    expect(a.hits[0]?.speaker?.name).toBe('Tom Ardle');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Mara Quill');
  });

  it('"the head of" a body named in full finds the chairman of its initials', async () => {
    const a = await core.ask('what did the head of the National Fishing Workers Association say about the quotas');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Doug Penhallow');
  });

  it('a possessive naming a one-word record is the body the office is of', async () => {
    const a = await core.ask("Zorbex's director of telecoms research on whether the proposals go far enough");
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Tony Marlow');
  });
});

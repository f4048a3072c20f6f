import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { agreeingWithPronouns } from '../../../src/core/questions/understand.js';
import type { SpeakerMatch } from '../../../src/core/speakers/registry.js';
import { coreOf } from './texts.js';

/**
 * A surname two speakers share, a man and a woman: the question's "her" or "his" is the speaker's own, so it picks
 * between them when the topic words alone would not (session 30: "Clinton says donors have never swayed her
 * votes" answered with Bill Clinton). Invented town and people.
 */
const ARTICLES: Record<string, string> = {
  'ferry.txt': `Ferry vote splits Kelmouth council

Councillor Gregory Tarrant said the ferry vote was never about money.

"The ferry vote was never about money, and my vote on the ferry never will be," Gregory Tarrant said.

"Donors have never decided a vote of mine," Gregory Tarrant added.
`,
  'harbour.txt': `Harbour plan approved

Councillor Margaret Tarrant backed the harbour plan on Tuesday.

"No donor has ever swayed my vote on the harbour," Margaret Tarrant said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a shared surname and the question\'s pronoun', () => {
  it('"her vote" is the Tarrant who is a woman', async () => {
    const a = await core.ask('Tarrant says donors have never swayed her vote');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Margaret Tarrant');
  });

  it('"his vote" is the Tarrant who is a man', async () => {
    const a = await core.ask('Tarrant says donors have never swayed his vote');
    expect(a.hits[0]?.speaker?.name).toBe('Gregory Tarrant');
  });
});

describe('agreeingWithPronouns', () => {
  const match = (name: string, roles: string[] = []): SpeakerMatch => ({
    speaker: { id: name.toLowerCase().replace(/ /g, '-'), name, isOrganisation: false, roles, organisations: [], quoteCounts: {}, profiles: {} },
    kind: 'name',
    score: 0.9,
  });
  const names = (ms: SpeakerMatch[]) => ms.map((m) => m.speaker.name);
  const both = [match('Gregory Tarrant'), match('Margaret Tarrant'), match('Tarrant')];

  it('drops the speakers of the other gender, keeping those of no known gender', () => {
    expect(names(agreeingWithPronouns(both, 'says donors never swayed her vote'))).toEqual(['Margaret Tarrant', 'Tarrant']);
    expect(names(agreeingWithPronouns(both, 'on his own record'))).toEqual(['Gregory Tarrant', 'Tarrant']);
  });

  it('reads a gendered role word when the given name says nothing', () => {
    const roles = [match('Ashby Venn', ['council spokesman']), match('Corrin Venn', ['council spokeswoman'])];
    expect(names(agreeingWithPronouns(roles, 'about her budget'))).toEqual(['Corrin Venn']);
  });

  it('changes nothing with no pronoun, with pronouns of both genders, or when nobody agrees', () => {
    expect(names(agreeingWithPronouns(both, 'about the ferry vote'))).toEqual(names(both));
    expect(names(agreeingWithPronouns(both, 'about his remarks on her vote'))).toEqual(names(both));
    // Another person named in the question may be whom the pronoun means.
    expect(names(agreeingWithPronouns(both, 'say Margaret should do about her vote', 'Tarrant'))).toEqual(names(both));
    expect(names(agreeingWithPronouns(both, 'say margaret should do about her vote', 'tarrant'))).toEqual(names(both));
    expect(names(agreeingWithPronouns(both, 'about her vote in Kelmouth', 'Tarrant'))).toEqual(names(both));
    expect(names(agreeingWithPronouns(both, 'Tarrant says donors never swayed her vote', 'Tarrant'))).toEqual(['Margaret Tarrant', 'Tarrant']);
    const men = [match('Gregory Tarrant'), match('Tarrant')];
    expect(names(agreeingWithPronouns(men, 'about her vote'))).toEqual(names(men));
  });

  it('reads a lower-case given name as a common word when the question writes names with capitals', () => {
    // "will", "mark" and "bill" are given names too: in a question that capitalises, they name nobody.
    expect(names(agreeingWithPronouns(both, 'says she will mark her vote', 'Tarrant'))).toEqual(['Margaret Tarrant', 'Tarrant']);
    expect(names(agreeingWithPronouns(both, 'says he will bill the council', 'Tarrant'))).toEqual(['Gregory Tarrant', 'Tarrant']);
    // Typed all in lower case, the same words may be names: the speakers stay as they are.
    expect(names(agreeingWithPronouns(both, 'says she will mark her vote', 'tarrant'))).toEqual(names(both));
  });
});

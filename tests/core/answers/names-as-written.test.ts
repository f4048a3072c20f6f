import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Names as the articles write them (session 17, h-qa33): a given name the article gives to somebody else is no
 * misspelling of the speaker's; a speaker filed under a surname alone answers to the full name the article writes;
 * a surname that is also a word of roles; a hyphenated name typed without its hyphen. People and places invented.
 */
const ARTICLES: Record<string, string> = {
  // Marine Vasseur speaks; her niece Marion is only named.
  'vasseur.txt': `Vasseur backs the port plan

"Between the port plan and the old harbour, it is clear that I would choose the port plan," said Marine Vasseur, leader of the Coast party. Vasseur's niece Marion, the party's deputy, has also backed the plan.
`,
  // The host is written in full only in the show's name; her words are filed under "Kowalczyk".
  'river.txt': `Mayor talks floods on the radio

Speaking on "The Dana Kowalczyk Hour" on Thursday, the mayor said the flood walls would hold.

"You will have to ask the river about that," Kowalczyk said, laughing.
`,
  // "Ferris" is a word of a role ("a spokeswoman for the Ferris campaign") and the surname of the speaker.
  'ferris.txt': `Ferris rallies farmers

"The grain tariff is a tax on every family in this valley," said Richard Ferris, the candidate, at a rally in Dunmore.

Lena Ortiz, a spokeswoman for the Ferris campaign, said the rally drew 4,000 people.
`,
  // The full name is only in the attribution sentence; the words are filed under "Tolani" (session 32, h-qa78).
  'poster.txt': `Poster line dropped

The families had asked that a line on the poster be removed. Their lawyer, Majeed Tolani, said: "We had argued that a film cannot claim to tell the whole story. "So we said they should remove the line from the posters and they agreed."
`,
  'park.txt': `Envoy hopeful on fishing talks

"The fishing talks will end with a fair deal for both coasts," said Park Ji-hoon, the envoy, after the meeting.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(async () => {
  await core.close();
});

describe('a given name the article writes for somebody else is no misspelling', () => {
  it('"Marion Vasseur" is not Marine Vasseur when the article names a Marion', async () => {
    const a = await core.ask('what did Marion Vasseur say about the port plan');
    expect(a.hits).toEqual([]);
    expect(a.note).toContain('name another person as typed');
    // A misspelling the article does not write is still repaired.
    const b = await core.ask('what did Marina Vasseur say about the port plan');
    expect(b.hits[0]?.speaker?.name).toBe('Marine Vasseur');
  });
});

describe('a speaker filed under a surname alone answers to the full name the article writes', () => {
  it('"Dana Kowalczyk" finds the words filed under "Kowalczyk", and says so', async () => {
    const a = await core.ask('what did Dana Kowalczyk say about the river');
    expect(a.hits[0]?.text).toContain('ask the river');
    expect(a.note).toContain('Filed under “Kowalczyk” alone');
  });

  it('misspelt too ("Dana Kowalczik"); another given name is somebody else ("Tom Kowalczyk" finds nothing)', async () => {
    const a = await core.ask('what did Dana Kowalczik say about the river');
    expect(a.hits[0]?.text).toContain('ask the river');
    const b = await core.ask('what did Tom Kowalczyk say about the river');
    expect(b.hits).toEqual([]);
  });
});

describe('the full name written only in the attribution sentence (session 32, h-qa78)', () => {
  it('"Majeed Tolani" finds the words filed under "Tolani"; a given name typed by ear too; another given name is nobody', async () => {
    const a = await core.ask('what did Majeed Tolani say about the line on the posters');
    expect(a.hits.map((h) => h.text).join(' ')).toContain('remove the line');
    expect(a.hits[0]?.speaker?.name).toBe('Tolani');
    const b = await core.ask('what did Majid Tolani say about the line on the posters');
    expect(b.hits[0]?.speaker?.name).toBe('Tolani');
    const c = await core.ask('what did Omar Tolani say about the line on the posters');
    expect(c.hits).toEqual([]);
  });
});

describe('a surname that is also a word of roles', () => {
  it('"Rich Ferris" is Richard Ferris', async () => {
    const a = await core.ask('what did Rich Ferris say about the grain tariff');
    expect(a.hits[0]?.speaker?.name).toBe('Richard Ferris');
    // Only after a given name of theirs: "Tom Ferris" is nobody.
    const b = await core.ask('what did Tom Ferris say about the grain tariff');
    expect(b.hits).toEqual([]);
  });
});

describe('a hyphenated name typed without its hyphen', () => {
  it('"Park Ji Hoon" is Park Ji-hoon', async () => {
    const a = await core.ask('what did Park Ji Hoon say about the fishing talks');
    expect(a.hits[0]?.speaker?.name).toBe('Park Ji-hoon');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { SYNONYM_WEIGHT, lexicalSynonyms } from '../../../src/core/search/lexical.js';
import { coreOf } from './texts.js';

/**
 * Questions phrased the way reporters type them (misspelt names, roles, topic only, half-remembered lines), over
 * articles written for these tests. Each test names the rule it checks; the worst failure is somebody else's
 * quote, so several tests assert "no quote found" where an answer would be a wrong one.
 */
const ARTICLES: Record<string, string> = {
  'tennis.txt': `Williams fit for Melbourne

Serena Williams said her injured ankle had fully healed before the Australian Open.

"I feel strong again and I am ready to win," Williams said on Monday.

Her coach Patrick Mouratoglou said the team was happy. "She trained hard all winter," he said.
`,
  'impeachment.txt': `Aide says call was unusual

Jennifer Williams, an adviser to the vice president, told the inquiry the president's reference to Biden on the call had troubled her.

"Raising Biden on that call struck me as a political move," Williams said.

She said she had not raised her concerns with anyone at the time.
`,
  'ceasefire.txt': `Moscow urges Kerry to keep the ceasefire

The Russian Foreign Ministry urged US Secretary of State John Kerry to press the rebels.

"The ceasefire must be respected by every armed group," the Russian Foreign Ministry said in a statement.

Kerry is due to meet his Russian counterpart next week in Geneva.
`,
  'bafta.txt': `Vera Drake wins at the Baftas

Director Mike Leigh said he was honoured by the award for Vera Drake.

"This award belongs to the whole cast, and I am grateful to every one of them," Leigh said.

Imelda Staunton, who played the title role, said: "I wore hair nets for months and I loved every minute."
`,
  'football.txt': `Boudreau praises his captain

Wild coach Bruce Boudreau said Zach Parise showed real leadership by blocking a shot late in the game.

"He is a genuine competitor who always puts the team first," Boudreau said.

Parise said he had only done his job.
`,
  'budget.txt': `Brown defends his budget

UK Chancellor Gordon Brown said his budget would protect working families.

"This budget puts families first and keeps the economy stable," Brown said.

Tory shadow chancellor Oliver Letwin said: "This budget is a tax raid on families."

The shadow chancellor, Oliver Letwin, added: "Families will pay more for less."
`,
  'vienna.txt': `Hitler's birthplace to become a police station

Austria will turn the house where Adolf Hitler was born in Braunau into a police station.

Interior Minister Wolfgang Peschorn said: "A police station in Hitler's birthplace tells the world the house will never again draw his admirers."
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('name repair picks among candidates by the topic', () => {
  it('a common surname misspelt (Wiliams) answers the Williams who spoke of the topic', async () => {
    const a = await core.ask("what did Wiliams say about the biden reference in trump's call");
    expect(a.hits[0]?.speaker?.name).toBe('Jennifer Williams');
    expect(a.hits[0]?.text).toContain('political move');
    const b = await core.ask('what did Wiliams say about her ankle');
    expect(b.hits[0]?.speaker?.name).toBe('Serena Williams');
  });

  it('a surname misspelt two edits away but sounding the same (Boudrou) is repaired', async () => {
    const a = await core.ask('what did coach Boudrou say about Parise blocking a shot');
    expect(a.hits[0]?.speaker?.name).toBe('Bruce Boudreau');
  });
});

describe('honesty: a named speaker answers with their own quote on the topic, or "no quote found"', () => {
  it('a real speaker on a topic only somebody else in the same article spoke of is "no quote found" (mike leigh hair nets)', async () => {
    const a = await core.ask('mike leigh hair nets');
    expect(a.status).toBe('not_found');
    expect(a.hits).toEqual([]);
    expect(a.note).toContain('Mike Leigh');
    // The same speaker on what he did speak of is found.
    expect((await core.ask('mike leigh on the award')).hits[0]?.speaker?.name).toBe('Mike Leigh');
  });

  it('a real speaker on a topic they never spoke about is "no quote from X about Y"', async () => {
    const a = await core.ask('what did Boudreau say about the ceasefire');
    expect(a.status).toBe('not_found');
    expect(a.note).toMatch(/No quote from Bruce Boudreau about "ceasefire"/);
  });
});

describe('honesty: a name the index knows only as mentioned never becomes a topic word', () => {
  it('"kerry on ceasefire" where Kerry is only the addressee says so, instead of the ministry\'s quote', async () => {
    const a = await core.ask('kerry on ceasefire');
    expect(a.status).toBe('not_found');
    expect(a.hits).toEqual([]);
    expect(a.note).toBe('No quote from Kerry is on record here; the name is mentioned in 1 article.');
  });

  it('a capitalised full name in the speaker\'s place is a speaker not on record, even when its words are common', async () => {
    const a = await core.ask('Imelda Team on the award');
    expect(a.status).toBe('not_found');
    expect(a.hits).toEqual([]);
  });

  it('a phrase of common words in that place stays a topic', async () => {
    const a = await core.ask('ceasefire on armed groups');
    expect(a.hits[0]?.text).toContain('ceasefire must be respected');
  });
});

describe('roles: a role question answers the speaker who held that role', () => {
  it('"the chancellor" is the chancellor, not the shadow chancellor', async () => {
    const a = await core.ask('what did the chancellor say about the budget');
    expect(a.hits[0]?.speaker?.name).toBe('Gordon Brown');
    const b = await core.ask('what did the shadow chancellor say about the budget');
    expect(b.hits[0]?.speaker?.name).toBe('Oliver Letwin');
  });

  it('a place the role does not state must be borne out around the quote: Austria yes, France no', async () => {
    const a = await core.ask("what did Austria's interior minister say about Hitler's birthplace");
    expect(a.hits[0]?.speaker?.name).toBe('Wolfgang Peschorn');
    const b = await core.ask("what did France's interior minister say about Hitler's birthplace");
    expect(b.hits).toEqual([]);
  });
});

describe('honesty: "who said" is the verbatim quote, the closest real quote marked not verbatim, or "not on record"', () => {
  it('a line nobody said that shares only small words and one topic word with a real quote is "not on record"', async () => {
    const a = await core.ask('who said "the talks must be held by every party in the group"');
    expect(a.status).toBe('not_found');
    expect(a.hits).toEqual([]);
  });

  it('a half-remembered line gets the real quote, marked not verbatim, with the differences', async () => {
    const a = await core.ask('who said "the ceasefire must be respected by all armed groups"');
    expect(a.hits[0]?.speaker?.name).toBe('Russian Foreign Ministry');
    expect(a.verification?.exact).toBe(false);
    expect(a.verification?.diff.some((d) => d.op === 'added' && d.text.includes('all'))).toBe(true);
    expect(a.verification?.diff.some((d) => d.op === 'removed' && d.text.includes('every'))).toBe(true);
  });
});

describe('help examples come from the index', () => {
  it('the example topic is a word the most quoted speaker actually uses, and "who said" pastes their words', async () => {
    const help = await core.ask('help');
    const m = /^what did (\S+) say about (\S+)$/.exec(help.examples[0] ?? '');
    expect(m).not.toBeNull();
    const [, name, topic] = m as unknown as [string, string, string];
    const theirs = await core.ask(`what did ${name} say about ${topic}`);
    expect(theirs.status).toBe('found');
    const pasted = /^who said "(.+)"$/.exec(help.examples[2] ?? '')?.[1] ?? '';
    expect((await core.ask(`who said "${pasted}"`)).hits[0]?.speaker?.name).toContain(name);
  });
});

describe('meaning beyond the exact words', () => {
  it('a WordNet synonym of the question word finds the quote ("rival" for "competitor"), weighted below the word itself', async () => {
    const a = await core.ask('what did Boudreau say about a rival');
    expect(a.hits[0]?.text).toContain('genuine competitor');
    expect(lexicalSynonyms('rival')).toContain('competitor');
    expect(SYNONYM_WEIGHT).toBeLessThan(1);
  });
});

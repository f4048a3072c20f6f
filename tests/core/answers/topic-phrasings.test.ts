import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { shapeQuestion } from '../../../src/core/questions/intent.js';
import { coreOf } from './texts.js';

/**
 * The phrasings reporters use for a topic with nobody named (issue 14): "anyone on Y", "anything on Y", "reaction
 * to Y", "what was said about Y", "what did people say about Y". Read as "X on Y" or "what did X say", they took
 * "anyone", "was" or "people" for a speaker, then scanned the topic for a name: the body "Northern Cup" (on record
 * as a speaker) of "anyone on Carrowmore's chances of winning the Northern Cup", "Law" of "law-abiding".
 * Articles written for this test.
 */
const ARTICLES: Record<string, string> = {
  'cup.txt': `Carrowmore eye the Northern Cup

Carrowmore coach Fintan Maguire believes his side can go all the way this spring.

"We have every chance of winning this Northern Cup if we keep our discipline," Maguire said.

"The Northern Cup is a great competition for the whole region and we are proud to host the final," said the
Northern Cup in a statement.
`,
  'wardens.txt': `Street wardens for Dunmore

Councillor Bridget Law said the new street wardens would start work in Dunmore next month.

Mayor Colm Rafferty welcomed the scheme. "Law-abiding residents should be in charge of their streets, not the few
who want to cause trouble," Rafferty said.

"The wardens will cost the town very little," Law said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('topic-only phrasings', () => {
  it.each([
    ['anyone on the ferry strike', 'the ferry strike'],
    ['anything on the ferry strike', 'the ferry strike'],
    ['anybody about the ferry strike', 'the ferry strike'],
    ['reaction to the ferry strike', 'the ferry strike'],
    ['any reaction to the ferry strike', 'the ferry strike'],
    ['a quote on the ferry strike', 'the ferry strike'],
    ['need a comment on the ferry strike', 'the ferry strike'],
    ['is there anything on the ferry strike', 'the ferry strike'],
    ['what was said about the ferry strike', 'the ferry strike'],
    ["what's been said about the ferry strike", 'the ferry strike'],
    ['what has been said on the ferry strike', 'the ferry strike'],
    ['what did people say about the ferry strike', 'the ferry strike'],
    ['has anyone talked about the ferry strike', 'the ferry strike'],
    ['did anyone say anything about the ferry strike', 'the ferry strike'],
    ["what's the reaction to the ferry strike", 'the ferry strike'],
    ['any word on the ferry strike', 'the ferry strike'],
    ['thoughts on the ferry strike', 'the ferry strike'],
  ])('"%s" names nobody', (q, rest) => {
    const s = shapeQuestion(q);
    expect(s).toMatchObject({ intent: 'quote', rest, topicOnly: true });
    expect(s.speakerPhrase).toBeUndefined();
  });

  it('keeps the phrasings that name somebody', () => {
    expect(shapeQuestion('what did Maguire say about the cup')).toMatchObject({ speakerPhrase: 'Maguire', rest: 'the cup' });
    expect(shapeQuestion('Maguire on the cup')).toMatchObject({ speakerPhrase: 'Maguire', rest: 'the cup' });
    expect(shapeQuestion('quotes from Maguire on the cup')).toMatchObject({ speakerPhrase: 'Maguire', rest: 'the cup' });
    expect(shapeQuestion("Maguire's views on the cup")).toMatchObject({ speakerPhrase: 'Maguire', rest: 'the cup' });
  });

  it('"anyone on ..." does not take a body named in the topic for the speaker', async () => {
    const a = await core.ask("anyone on Carrowmore's chances of winning the Northern Cup");
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Fintan Maguire');
    expect(a.hits[0]?.text).toContain('every chance of winning');
  });

  it('"anything on ..." does not read a word of the topic as a surname', async () => {
    const a = await core.ask('anything on law-abiding residents being in charge of their streets');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Colm Rafferty');
    expect(a.hits[0]?.text).toContain('in charge of their streets');
  });

  // Session 13 (h-qa19): a quote asked for by what it says. Read as "X on Y" or scanned for a name, "quote saying
  // law-abiding residents should be in charge" asked Councillor Law, and "quote saying the wardens will cost
  // little" would ask anyone whose name is a word of the paraphrase.
  it.each([
    ['quote saying the wardens will cost the town little', 'the wardens will cost the town little'],
    ['a quote saying that the wardens will cost little', 'the wardens will cost little'],
    ['any line suggesting the wardens are cheap', 'the wardens are cheap'],
    ['the quote where someone says the wardens cost little', 'the wardens cost little'],
    ['need a comment saying the ferry strike is on', 'the ferry strike is on'],
  ])('"%s" names nobody', (q, rest) => {
    const s = shapeQuestion(q);
    expect(s).toMatchObject({ intent: 'quote', rest, topicOnly: true });
    expect(s.speakerPhrase).toBeUndefined();
  });

  it('"quote saying ..." does not read a word of the paraphrase as a surname', async () => {
    const a = await core.ask('quote saying law-abiding residents should be in charge of the streets');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Colm Rafferty');
  });

  it('"X says Y" names X and looks for Y', async () => {
    expect(shapeQuestion('the mayor says residents should be in charge of the streets')).toMatchObject({ speakerPhrase: 'the mayor', rest: 'residents should be in charge of the streets' });
    expect(shapeQuestion('Maguire said that the cup is there to be won')).toMatchObject({ speakerPhrase: 'Maguire', rest: 'the cup is there to be won' });
    const a = await core.ask('Rafferty says residents should be in charge of their streets');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Colm Rafferty');
  });

  it('"what was said about ..." is the topic, not a speaker called "was"', async () => {
    const a = await core.ask('what was said about the cost of the wardens');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.text).toContain('cost the town very little');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Names as a reporter types them on deadline: a first name spelt by ear ("Graham" for Graeme), a short surname by
 * ear ("Lee" for Leigh), a name with the body the person works for ("Jim Levine of Acme"), a first name alone
 * where a body shares it ("Jonah"), and a body's initials that spell a word read as a country ("BMR" for British
 * Music Rights). Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'dating.txt': `Phones turn to romance

"It's the end of the blind date as we have always known it," said Graeme Pollard, marketing director of the network.
`,
  'fees.txt': `MPs want the broadcaster opened up

"Nobody wants to rewrite the plot of a soap opera, but licence money must be watched," said committee chairman Edward Leigh.
`,
  'snooker.txt': `Snooker star hits back

"I have never lost a frame on purpose in my life," said the player Frank Lee.
`,
  'mouse.txt': `A steadier mouse

Acme researcher Jim Levine built the adaptor after watching his uncle struggle.

"The number of older computer users grows every year, and they deserve a cursor that keeps still," he said.
`,
  'radio.txt': `Faster networks promised

Siemens showed its new radio system at the fair.

"The need for transmission capacity will rise tenfold within a decade," said Christoph Caselitz, head of the networks division at the firm.
`,
  'whales.txt': `Whale charity warns on quotas

"Every quota raised is another pod gone," said Project Jonah.
`,
  'rugby.txt': `Winger back from illness

"The only person who saw me at my weakest was my wife," said winger Jonah Tavita.
`,
  'songs.txt': `Copyright in the classroom

"Copyright is a proper part of teaching music in schools," said Emma Pike, director general of British Music Rights.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('names typed by ear', () => {
  it('a first name that sounds like the speaker\'s, surname exact: Graham for Graeme', async () => {
    const a = await core.ask('what did Graham Pollard say about the blind date');
    expect(a.hits[0]?.speaker?.name).toBe('Graeme Pollard');
    // A woman's name is never a man's misheard: Grace is not Graeme.
    const b = await core.ask('what did Grace Pollard say about the blind date');
    expect(b.hits).toHaveLength(0);
  });

  it('a short surname that sounds like the speaker\'s, after their own first name: Edward Lee for Edward Leigh', async () => {
    const a = await core.ask('what did Edward Lee say about licence money');
    expect(a.hits[0]?.speaker?.name).toBe('Edward Leigh');
    // Another first name makes it nobody: no speaker here is a Peter (Frank Lee is the only Lee).
    const b = await core.ask('what did Peter Lee say about licence money');
    expect(b.hits).toHaveLength(0);
  });
});

describe('a name typed with the body the person works for', () => {
  it('is the speaker whose role names the body', async () => {
    const a = await core.ask('what did Jim Levine of Acme say about older computer users');
    expect(a.hits[0]?.speaker?.name).toBe('Jim Levine');
    const b = await core.ask('what did Jim Levin of Acme say about older computer users');
    expect(b.hits[0]?.speaker?.name).toBe('Jim Levine');
  });

  it('is the speaker whose quote has the body around it, and nobody when the body is nowhere near', async () => {
    const a = await core.ask('what did Christoph Caselitz of Siemens say about transmission capacity');
    expect(a.hits[0]?.speaker?.name).toBe('Christoph Caselitz');
    const b = await core.ask('what did Christoph Caselitz of Oxfam say about transmission capacity');
    expect(b.hits).toHaveLength(0);
  });
});

describe('a first name alone that a body also ends with', () => {
  it('is the person of that first name when the body said nothing on the topic', async () => {
    const a = await core.ask('what did Jonah say about his wife seeing him at his weakest');
    expect(a.hits[0]?.speaker?.name).toBe('Jonah Tavita');
    const b = await core.ask('what did Jonah say about whale quotas');
    expect(b.hits[0]?.speaker?.name).toBe('Project Jonah');
  });
});

describe('a body typed by its initials', () => {
  it('spells a word read as a country by the word as written: BMR is British Music Rights', async () => {
    const a = await core.ask('what did the BMR director general say about copyright in schools');
    expect(a.hits[0]?.speaker?.name).toBe('Emma Pike');
  });
});

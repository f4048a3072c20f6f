import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutCommandWord as discordCommandWord } from '../../src/adapters/discord/commands.js';
import { mentionQuestion } from '../../src/adapters/discord/messages-handler.js';
import { readRequest, withoutCommandWord as slackCommandWord } from '../../src/adapters/slack/incoming.js';
import type { OnRecord } from '../../src/core/index.js';
import { coreOf } from '../core/answers/texts.js';

/**
 * A command word typed in front of a question ("/quote what did...", "!quote ...", "onrecord ...") is platform
 * syntax: the adapter that receives the text drops it, and the core reads questions as typed.
 */
const ARTICLE = `Brightwater weighs the sale of Glenspring

Brightwater chief executive Hanna Lindqvist said a sale of the Glenspring water brand was still possible.

"Selling Glenspring is still on the table, but nothing is decided," Lindqvist said.
`;

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf({ 'brightwater.txt': ARTICLE });
});
afterAll(() => core.close());

describe('Slack: the app\'s slash command or name typed into a message', () => {
  it('is dropped from a mention or DM before the request is read', () => {
    expect(readRequest('<@UBOT> /quote what did Lindqvist say about Glenspring', 'UBOT')).toEqual({ kind: 'ask', question: 'what did Lindqvist say about Glenspring' });
    expect(readRequest('onrecord: what did Lindqvist say')).toEqual({ kind: 'ask', question: 'what did Lindqvist say' });
    expect(readRequest('/quote add <https://news.example/a>')).toEqual({ kind: 'add', url: 'https://news.example/a' });
    expect(readRequest('/quote')).toEqual({ kind: 'help' });
  });

  it('is the configured command, whatever its name', () => {
    expect(readRequest('/onrecord latest from Lindqvist', undefined, '/onrecord')).toEqual({ kind: 'ask', question: 'latest from Lindqvist' });
    expect(slackCommandWord('/quote latest from Lindqvist', '/onrecord')).toBe('/quote latest from Lindqvist');
  });

  it('only as a whole word in front: "quote on ...", "/quotes" and words later in the question stay', () => {
    expect(slackCommandWord('quote on whether Brightwater might sell Glenspring')).toBe('quote on whether Brightwater might sell Glenspring');
    expect(slackCommandWord('/quotes about Glenspring')).toBe('/quotes about Glenspring');
    expect(slackCommandWord('onrecording studios on the sale')).toBe('onrecording studios on the sale');
    expect(slackCommandWord('who said "use /quote to ask"')).toBe('who said "use /quote to ask"');
  });
});

describe('Discord: a prefix command typed into a mention or the question option', () => {
  it('is dropped: "!quote", "/quote", "onrecord"', () => {
    expect(mentionQuestion('<@800000000000000001> !quote what did Lindqvist say', '800000000000000001')).toBe('what did Lindqvist say');
    expect(mentionQuestion('<@800000000000000001> /quote Lindqvist on Glenspring', '800000000000000001')).toBe('Lindqvist on Glenspring');
    expect(discordCommandWord('  onrecord, latest from Lindqvist')).toBe('latest from Lindqvist');
    expect(mentionQuestion('<@800000000000000001> !quote', '800000000000000001')).toBe('');
  });

  it('only as a whole word in front', () => {
    expect(discordCommandWord('quote on whether Brightwater might sell Glenspring')).toBe('quote on whether Brightwater might sell Glenspring');
    expect(discordCommandWord('/quote-who the words')).toBe('/quote-who the words');
    expect(discordCommandWord('!quotes about Glenspring')).toBe('!quotes about Glenspring');
  });
});

describe('what reaches the core is the question itself', () => {
  it('the same answer as the plain question, on both platforms', async () => {
    const plain = await core.ask('what did Lindqvist say about selling Glenspring');
    expect(plain.hits[0]?.text).toContain('still on the table');
    const slack = readRequest('/quote what did Lindqvist say about selling Glenspring');
    const discord = mentionQuestion('<@800000000000000001> !quote what did Lindqvist say about selling Glenspring', '800000000000000001');
    for (const q of [slack.kind === 'ask' ? slack.question : '', discord]) {
      const a = await core.ask(q);
      expect(a.question).toBe(plain.question);
      expect(a.hits.map((h) => h.id)).toEqual(plain.hits.map((h) => h.id));
    }
  });
});

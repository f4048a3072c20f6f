import { describe, expect, it } from 'vitest';
import { isOwnMessage, shortcutMessageText, slackPlainLines } from '../../../src/adapters/slack/message-text.js';

describe('Slack message text for "Verify quote"', () => {
  it('turns Slack markup back into words, keeping lines and block quotes', () => {
    expect(slackPlainLines('<@U0BOT> look\n&gt; *Nobody* on the _islands_ ~should~ be `cut off`\n<https://x.example|the story> &amp; <#C1|desk> <!here>', 'U0BOT')).toBe(
      'look\n> Nobody on the islands should be cut off\nthe story & #desk',
    );
    // An underscore inside a word stays; emphasis around words goes.
    expect(slackPlainLines('the snake_case name and _this_')).toBe('the snake_case name and this');
  });

  it("reads a bot's words from its attachments or blocks when its text is empty", () => {
    expect(shortcutMessageText({ text: '', attachments: [{ text: 'Adeyemi: “We never wanted the ships to wait”' }] })).toBe('Adeyemi: “We never wanted the ships to wait”');
    expect(shortcutMessageText({ blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '“Reading rooms were full”' } }] })).toBe('“Reading rooms were full”');
    // A payload nested without end is read to a bounded depth, not recursed forever.
    let deep: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let i = 0; i < 10_000; i++) deep = { elements: [deep] };
    expect(shortcutMessageText({ blocks: [deep] })).toBe('');
  });

  it("knows OnRecord's own messages by bot id or bot user", () => {
    expect(isOwnMessage({ bot_id: 'B1' }, { botId: 'B1' })).toBe(true);
    expect(isOwnMessage({ user: 'U1' }, { botUserId: 'U1' })).toBe(true);
    expect(isOwnMessage({ bot_id: 'B2', user: 'U2' }, { botId: 'B1', botUserId: 'U1' })).toBe(false);
    expect(isOwnMessage({}, {})).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { discordPlainText, targetMessageText } from '../../../src/adapters/discord/message-text.js';

describe('Discord message text for "Verify quote"', () => {
  it('drops mentions, emoji and timestamps, keeps link labels and block quotes, and drops markdown marks', () => {
    expect(discordPlainText('<@123456789012345678> <@!1> <@&2> <#3> @everyone @here <:wave:4> <t:1700000000:R> </quote:5>').trim()).toBe('');
    expect(discordPlainText('# Heading\n> **Nobody** on the __islands__ ~~should~~ be ||cut off|| `now`\nsee [the story](https://x.example/a)')).toBe(
      'Heading\n> Nobody on the islands should be cut off now\nsee the story',
    );
    expect(discordPlainText('snake_case stays, a | stays')).toBe('snake_case stays, a | stays');
  });

  it("reads a bot's words from its embeds when its content is empty", () => {
    const m = { content: '', embeds: [{ title: 'Port', description: '“Exports of wheat rose”', fields: [{ name: 'x', value: 'more' }] }] } as never;
    expect(targetMessageText(m)).toBe('Port\n“Exports of wheat rose”\nmore');
  });
});

import type { Message } from 'discord.js';

/**
 * The words of a Discord message as a person reads them, for "Verify quote": mentions, channels, roles, custom
 * emoji, timestamps and `@everyone`/`@here` dropped (they address people, nobody said them), masked links as their
 * label, markdown emphasis, spoiler and code marks and heading marks dropped; lines kept, so a `>` or `>>>` block
 * quote still marks quoted words. Picking the passages is the core's job; this only decodes Discord's markup. Each
 * step is one linear pass.
 */

/** More than Discord's 4,000-character message; enough to fill the core's read after decoding. */
const MAX_RAW = 16_000;
/** Embed texts read from a bot's message (its words are often only there). */
const MAX_EMBED_PARTS = 60;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function decodeLine(line: string): string {
  return (
    line
      // Headings and subtext at the start of a line (`# `, `## `, `-# `); block quotes stay.
      .replace(/^(\s*)(?:#{1,3}|-#) /, '$1')
      // Masked links: the label is what a reader sees.
      .replace(/\[([^[\]\n]{0,300})\]\(<?https?:\/\/[^()\s<>]{0,2000}>?\)/g, '$1')
      // <@id> <@!id> <@&id> <#id> <:emoji:id> <a:emoji:id> <t:123:R> </command:id>
      .replace(/<(?:@[!&]?\d{1,25}|#\d{1,25}|a?:\w{1,64}:\d{1,25}|t:-?\d{1,20}(?::[a-zA-Z])?|\/[^<>\n]{1,100}:\d{1,25})>/g, ' ')
      .replace(/@(?:everyone|here)\b/gi, ' ')
      // Emphasis, strike, spoiler and code marks; an underscore inside a word (snake_case) and a lone | stay.
      .replace(/[*_~|`]+/g, (run: string, at: number, s: string) => {
        if (run === '|') return run;
        if (/^_+$/.test(run) && isWordChar(s[at - 1]) && isWordChar(s[at + run.length])) return run;
        return '';
      })
  );
}

/** Discord markdown to plain lines. */
export function discordPlainText(content: string): string {
  return content.slice(0, MAX_RAW).split('\n').map(decodeLine).join('\n');
}

/** The message's words: its content, else (a bot's post) the texts of its embeds. */
export function targetMessageText(m: Pick<Message, 'content' | 'embeds'>): string {
  if (m.content.trim()) return discordPlainText(m.content);
  const parts: string[] = [];
  for (const e of m.embeds.slice(0, 10)) {
    for (const t of [e.title, e.description, ...e.fields.map((f) => f.value)]) if (t && parts.length < MAX_EMBED_PARTS) parts.push(t);
  }
  return discordPlainText(parts.join('\n'));
}

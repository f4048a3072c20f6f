/**
 * Text safety for Discord: escaping untrusted words so they cannot format, ping or break markup, and cutting
 * them to Discord's limits without splitting a word, an escape or a surrogate pair.
 */
import { cutAtWord, fitEscaped as fitEscapedWith, neutralise, oneLine, stripControls } from '../../core/index.js';

/** Discord's documented message limits (lengths measured in UTF-16 units, which never undercounts). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  authorName: 256,
  embedsTotal: 6000,
  embeds: 10,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  rows: 5,
  choiceName: 100,
  choiceValue: 100,
  choices: 25,
  url: 2048,
} as const;

const ZWSP = '\u200b';

/**
 * Escapes Discord markdown and defuses mentions, so quoted words show as written. The shared step (the core's
 * `neutralise`) removes hidden controls and breaks `@everyone`/`@here`; Discord's own syntax is escaped here:
 * masked links, headings, lists, block quotes, spoilers, code and mentions (`<@id>`, `<#id>`, `<t:...>`) all
 * become plain text. `allowedMentions: { parse: [] }` is the second lock against pings.
 */
export function escapeMarkdown(raw: string): string {
  return (
    neutralise(raw)
      // Inline markers anywhere; `<` also defuses `<@id>`, `<#id>`, `<@&id>`, `<t:...>` and custom emoji.
      .replace(/[\\*_~`|[\]<]/g, '\\$&')
      // Block markers only matter at the start of a line: headings, subtext, quotes, lists.
      .replace(/^(\s*)([>#+-]|\d+\.)/gm, (_m, sp: string, mark: string) =>
        mark.endsWith('.') ? `${sp}${mark.slice(0, -1)}\\.` : `${sp}\\${mark}`,
      )
  );
}

// The text helpers every renderer shares live in the core (one copy, so Slack and Discord cannot drift apart).
export { cutAtWord, oneLine, stripControls };

/**
 * Escapes `raw` and fits the result into `max` units, cutting the raw text at a word before escaping so an
 * escape sequence is never split.
 */
export function fitEscaped(raw: string, max: number): { text: string; cut: boolean } {
  return fitEscapedWith(raw, max, escapeMarkdown);
}

/** Escapes and fits one-line text (titles, field names, labels). */
export function fitLine(raw: string, max: number): string {
  return fitEscaped(oneLine(raw), max).text;
}

/**
 * Plain (unescaped) one-line text fitted to `max`, for places Discord never formats (footers, labels,
 * choices): mentions are still broken with a zero-width space so nothing even looks like a ping.
 */
export function fitPlain(raw: string, max: number): string {
  return cutAtWord(defuseMentions(oneLine(raw)), max).text;
}

/** `@everyone`, `@here` and `<@id>`-style mentions broken with a zero-width space (no markdown escaping). */
export function defuseMentions(raw: string): string {
  return neutralise(raw).replace(/<([@#])/g, `<${ZWSP}$1`);
}

/**
 * A URL safe to put in an embed or a masked link: http(s) only, no credentials, parentheses and spaces
 * percent-encoded, within the URL limit. Anything else is dropped (a bad URL makes Discord refuse the message).
 */
export function safeUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  if (u.username || u.password) return undefined;
  const href = u.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  return href.length <= LIMITS.url ? href : undefined;
}

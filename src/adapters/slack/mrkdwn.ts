/**
 * Text safety for Slack: escaping untrusted words for mrkdwn so they cannot ping, link or break markup, and
 * cutting them to Block Kit's limits without splitting a word, an escape or a surrogate pair.
 */
import { stripControls } from '../../core/index.js';

/** Block Kit's documented limits (lengths in UTF-16 units, which never undercounts Slack's characters). */
export const SLACK_LIMITS = {
  sectionText: 3000,
  contextElementText: 3000,
  contextElements: 10,
  blocks: 50,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  actionId: 255,
  /** Top-level `text` is truncated by Slack past 40,000; 4,000 keeps notifications readable. */
  fallbackText: 4000,
} as const;

/**
 * Escapes the three characters Slack's mrkdwn treats as control characters. `<` opens every special form
 * (`<!channel>`, `<!here>`, `<@U...>`, `<#C...>`, `<http://...|label>`, `<!date^...>`), so once it is `&lt;`
 * nothing can ping or link. A bare `@everyone` or `@channel` is plain text without `link_names`, which the
 * app never sets.
 */
export function escapeMrkdwn(raw: string): string {
  return stripControls(raw).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Control and bidi-override characters (except tab and newline) never reach a message: the core's one rule.
export { stripControls };

/** Text with every whitespace run folded to one space (titles, names, one-line places). */
export function oneLine(raw: string): string {
  return stripControls(raw).replace(/\s+/g, ' ').trim();
}

/** Never ends inside a surrogate pair. */
function safeSlice(s: string, end: number): string {
  if (end <= 0) return '';
  if (end >= s.length) return s;
  const code = s.charCodeAt(end - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}

/**
 * Cuts plain text to at most `max` units at a word boundary (when one is reasonably close), adding `…`.
 * Returns the text unchanged when it fits.
 */
export function cutAtWord(raw: string, max: number): { text: string; cut: boolean } {
  if (raw.length <= max) return { text: raw, cut: false };
  if (max <= 1) return { text: max === 1 ? '…' : '', cut: true };
  let head = safeSlice(raw, max - 1);
  const space = head.search(/\s\S*$/);
  // Back up to a space only when it costs less than a third of the room; a 500-letter "word" is cut anyway.
  if (space > (max - 1) * 0.66) head = head.slice(0, space);
  return { text: `${head.trimEnd()}…`, cut: true };
}

/**
 * Escapes untrusted text and cuts it so the ESCAPED form fits `max` (escaping can grow `&` five-fold, so
 * cutting first and escaping after could overflow). Cuts at a word, never inside an entity.
 */
export function fitMrkdwn(raw: string, max: number): { text: string; cut: boolean } {
  let room = max;
  let cut = false;
  for (;;) {
    const c = cutAtWord(raw, room);
    const escaped = escapeMrkdwn(c.text);
    cut ||= c.cut;
    if (escaped.length <= max) return { text: escaped, cut };
    if (room <= 1) return { text: '', cut: true };
    // Shrink by the overflow (at least one unit) and try again; converges because escaping only grows text.
    room -= Math.max(1, escaped.length - max);
  }
}

/** Plain text (buttons, fallback) cut to `max` at a word. */
export function fitPlain(raw: string, max: number): string {
  return cutAtWord(oneLine(raw), max).text;
}

/** True for an absolute http(s) URL without whitespace or control characters: the only links rendered. */
export function isWebUrl(url: string | undefined): url is string {
  if (!url || url.length > SLACK_LIMITS.buttonUrl || /[\s\u0000-\u001f\u007f<>]/.test(url)) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A mrkdwn link `<url|label>` with the label escaped, or the escaped label alone when the URL is not a
 * plain web address. `|` in the URL would end it early, so it is percent-encoded.
 */
export function mrkdwnLink(url: string | undefined, label: string, maxLabel = 200): string {
  const text = fitMrkdwn(oneLine(label), maxLabel).text;
  if (!isWebUrl(url)) return text;
  const href = url.replace(/&/g, '&amp;').replace(/\|/g, '%7C');
  return `<${href}|${text.replace(/\|/g, '¦')}>`;
}

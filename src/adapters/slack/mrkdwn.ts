/**
 * Text safety for Slack: escaping untrusted words for mrkdwn so they cannot ping, link or break markup, and
 * cutting them to Block Kit's limits without splitting a word, an escape or a surrogate pair.
 */
import { cutAtWord, fitEscaped, neutralise, oneLine, stripControls } from '../../core/index.js';

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
 * Escapes untrusted words for mrkdwn. The shared step (the core's `neutralise`) removes hidden controls and
 * breaks `@everyone`/`@here`/`@channel`; Slack's own syntax is the three characters mrkdwn treats as control
 * characters. `<` opens every special form (`<!channel>`, `<!here>`, `<@U...>`, `<#C...>`, `<http://...|label>`,
 * `<!date^...>`), so once it is `&lt;` nothing can ping or link.
 */
export function escapeMrkdwn(raw: string): string {
  return neutralise(raw).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// The text helpers every renderer shares live in the core (one copy, so Slack and Discord cannot drift apart).
export { cutAtWord, oneLine, stripControls };

/**
 * Escapes untrusted text and cuts it so the ESCAPED form fits `max` (escaping can grow `&` five-fold, so
 * cutting first and escaping after could overflow). Cuts at a word, never inside an entity.
 */
export function fitMrkdwn(raw: string, max: number): { text: string; cut: boolean } {
  return fitEscaped(raw, max, escapeMrkdwn);
}

/** Plain text (buttons, fallback) cut to `max` at a word, broadcast words defused like everywhere else. */
export function fitPlain(raw: string, max: number): string {
  return cutAtWord(neutralise(oneLine(raw)), max).text;
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

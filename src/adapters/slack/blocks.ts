import { SLACK_LIMITS, fitMrkdwn, fitPlain, isWebUrl } from './mrkdwn.js';

/**
 * The few Block Kit shapes the app sends, typed here (not imported from the SDK) so the renderer stays pure
 * and the CLI can print a payload without loading Bolt. Builders take text that is ALREADY escaped mrkdwn
 * (built with `mrkdwn.ts`) and enforce the per-field limits once more, so no input can break a limit.
 */

/** A text object: escaped mrkdwn, or plain text (buttons). */
export interface TextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
  emoji?: boolean;
}

/** A button: an action with a value, or a link. */
export interface ButtonElement {
  type: 'button';
  action_id: string;
  text: TextObject & { type: 'plain_text' };
  value?: string;
  url?: string;
  style?: 'primary' | 'danger';
}

/** The blocks the app sends. */
export type SlackBlock =
  | { type: 'section'; text: TextObject; accessory?: ButtonElement; block_id?: string }
  | { type: 'context'; elements: TextObject[] }
  | { type: 'actions'; elements: ButtonElement[]; block_id?: string }
  | { type: 'divider' };

/** A message as sent: fallback text (notifications, screen readers) and the blocks. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** Cuts already-escaped mrkdwn to `max` without splitting an entity (`&amp;`) or a `<...>` link. */
export function clampMrkdwn(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  let head = escaped.slice(0, max - 1);
  // Back out of a half entity or a half link: both would render as garbage or leak markup.
  const amp = head.lastIndexOf('&');
  if (amp >= 0 && !head.slice(amp).includes(';')) head = head.slice(0, amp);
  const lt = head.lastIndexOf('<');
  if (lt >= 0 && !head.slice(lt).includes('>')) head = head.slice(0, lt);
  const code = head.charCodeAt(head.length - 1);
  if (code >= 0xd800 && code <= 0xdbff) head = head.slice(0, -1);
  return `${head.trimEnd()}…`;
}

/** A section of escaped mrkdwn, kept within 3000 characters. */
export function section(mrkdwn: string, accessory?: ButtonElement): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clampMrkdwn(mrkdwn.trim() ? mrkdwn : '—', SLACK_LIMITS.sectionText) }, ...(accessory ? { accessory } : {}) };
}

/** A context line of escaped mrkdwn parts (at most 10), each within 3000 characters; never empty (Slack refuses that). */
export function context(...parts: string[]): SlackBlock {
  const kept = parts.filter((p) => p.trim().length > 0);
  const elements = (kept.length ? kept : ['—'])
    .slice(0, SLACK_LIMITS.contextElements)
    .map((p) => ({ type: 'mrkdwn' as const, text: clampMrkdwn(p, SLACK_LIMITS.contextElementText) }));
  return { type: 'context', elements };
}

/** A button carrying a value; undefined when the value cannot fit (the caller then leaves it out). */
export function button(actionId: string, label: string, value: string, style?: 'primary'): ButtonElement | undefined {
  if (value.length > SLACK_LIMITS.buttonValue || value.length === 0) return undefined;
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: fitPlain(label, SLACK_LIMITS.buttonText), emoji: true }, value, ...(style ? { style } : {}) };
}

/** A link button; undefined unless `url` is a plain http(s) address within Slack's limit. */
export function linkButton(actionId: string, label: string, url: string | undefined): ButtonElement | undefined {
  if (!isWebUrl(url)) return undefined;
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: fitPlain(label, SLACK_LIMITS.buttonText), emoji: true }, url };
}

/** An actions block from the buttons that exist; undefined when none does. */
export function actions(...buttons: (ButtonElement | undefined)[]): SlackBlock | undefined {
  const elements = buttons.filter((b): b is ButtonElement => b !== undefined).slice(0, SLACK_LIMITS.actionsElements);
  return elements.length ? { type: 'actions', elements } : undefined;
}

/**
 * Keeps a message within 50 blocks: when there are too many, the middle is dropped and the last block
 * (the buttons) kept, with a note saying so.
 */
export function capBlocks(blocks: SlackBlock[]): SlackBlock[] {
  if (blocks.length <= SLACK_LIMITS.blocks) return blocks;
  const last = blocks[blocks.length - 1]!;
  const keepLast = last.type === 'actions';
  const room = SLACK_LIMITS.blocks - 1 - (keepLast ? 1 : 0);
  return [...blocks.slice(0, room), context('_More than fits in one message; use More results._'), ...(keepLast ? [last] : [])];
}

/** Plain fallback text: one line of escaped mrkdwn within the recommended size. */
export function fallback(raw: string): string {
  return fitMrkdwn(raw.replace(/\s+/g, ' ').trim(), SLACK_LIMITS.fallbackText).text;
}

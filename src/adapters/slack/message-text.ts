import { plainText } from './incoming.js';

/**
 * The words of a Slack message as a person reads them, for "Verify quote": mentions, channels and links turned
 * back into words (`incoming.ts`), entities decoded, mrkdwn emphasis marks (`*`, `_`, `~`, backticks) dropped,
 * lines kept (a `>` block quote marks quoted words). Picking the passages is the core's job; this only decodes
 * Slack's markup. Every step is one linear pass.
 */

/** The fields of the shortcut payload's `message` this reads (a bot's post may carry its words elsewhere). */
export interface ShortcutMessage {
  text?: string;
  user?: string;
  bot_id?: string;
  blocks?: unknown;
  attachments?: unknown;
}

/** Enough of a 40,000-character message to fill the core's 4,000-character read after decoding. */
const MAX_RAW = 16_000;
/** Texts collected from a bot's blocks or attachments: a bounded walk over an untrusted payload. */
const MAX_PARTS = 200;
const MAX_DEPTH = 8;

/** Emphasis marks are dropped unless they join two word characters (snake_case stays). */
function withoutEmphasis(line: string): string {
  return line.replace(/[*_~`]+/g, (run, at: number, s: string) => {
    const before = s[at - 1];
    const after = s[at + run.length];
    return run[0] === '_' && before && after && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after) ? run : '';
  });
}

/** Slack mrkdwn (as sent, entity-encoded) to plain lines. */
export function slackPlainLines(raw: string, botUserId?: string): string {
  return raw
    .slice(0, MAX_RAW)
    .split('\n')
    .map((line) => withoutEmphasis(plainText(line, botUserId)))
    .join('\n');
}

/** The texts of blocks and attachments (a bot's message often has its words only there). */
function nestedTexts(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, depth: number) => {
    if (out.length >= MAX_PARTS || depth > MAX_DEPTH || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    // A text object ({type: mrkdwn|plain_text, text}), a rich-text run ({type: text, text}), or an attachment's text.
    if (typeof o.text === 'string' && (o.type === 'text' || o.type === 'mrkdwn' || o.type === 'plain_text' || o.type === undefined)) out.push(o.text);
    for (const [k, x] of Object.entries(o)) if (k !== 'text' || typeof x !== 'string') walk(x, depth + 1);
  };
  walk(value, 0);
  return out;
}

/** The message's words: its text, else (a bot's post) the texts of its blocks and attachments. */
export function shortcutMessageText(m: ShortcutMessage, botUserId?: string): string {
  const own = typeof m.text === 'string' ? m.text : '';
  const raw = own.trim() ? own : [...nestedTexts(m.blocks), ...nestedTexts(m.attachments)].join('\n');
  return slackPlainLines(raw, botUserId);
}

/** True for a message OnRecord itself posted (an answer): its quotes are already shown as on record. */
export function isOwnMessage(m: ShortcutMessage, self: { botId?: string; botUserId?: string }): boolean {
  return (Boolean(m.bot_id) && m.bot_id === self.botId) || (Boolean(m.user) && m.user === self.botUserId);
}

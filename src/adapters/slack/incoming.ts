/**
 * Incoming Slack text: Slack sends message and command text with `&`, `<`, `>` entity-encoded and with its
 * own `<...>` forms for mentions, channels and links. This turns it back into what the person typed, and
 * reads `/quote` sub-commands. Pure.
 */
import { splitFollowPhrase } from '../../core/index.js';

/** Longest question accepted (a Slack message can be 40,000 characters; no question needs that). */
export const MAX_QUESTION = 1000;

/** What a `/quote` (or a mention, or a DM) asks for. */
export type Request =
  | { kind: 'help' }
  | { kind: 'ask'; question: string }
  | { kind: 'add'; url: string }
  | { kind: 'follow' | 'unfollow'; speaker: string; topic?: string }
  | { kind: 'following' }
  | { kind: 'invalid'; message: string };

/** Decodes Slack's three entities; `&amp;` last so `&amp;lt;` stays the literal text `&lt;`. */
export function decodeEntities(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Slack message text to plain words: the bot's own mention removed, other mentions as `@name` where Slack
 * gives a name (else dropped), channels as `#name`, special mentions (`<!here>`) dropped, links as their label
 * or address; then entities decoded and whitespace folded.
 */
export function plainText(raw: string, botUserId?: string): string {
  const replaced = raw.replace(/<([^<>]*)>/g, (_m, inner: string) => {
    const [target = '', label] = splitOnce(inner, '|');
    if (target.startsWith('@')) return target.slice(1) === botUserId || !label ? ' ' : `@${label}`;
    if (target.startsWith('#')) return label ? `#${label}` : ' ';
    if (target.startsWith('!')) return target.startsWith('!subteam^') && label ? label : ' ';
    return label ?? target;
  });
  return decodeEntities(replaced).replace(/\s+/g, ' ').trim();
}

/** The web links in Slack message text (`<https://...>` or `<https://...|label>`), decoded, deduplicated. */
export function linksIn(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.matchAll(/<(https?:\/\/[^<>|\s]+)(?:\|[^<>]*)?>/gi)) {
    const url = decodeEntities(m[1]!);
    if (!out.includes(url)) out.push(url);
  }
  return out;
}

/**
 * Reads what a `/quote` command (or a mention) asks: nothing or `help` is help, `add <link>` adds an article,
 * anything else is a question. `raw` is the text as Slack sent it (encoded); `command` is the app's slash command.
 */
export function readRequest(raw: string, botUserId?: string, command = '/quote'): Request {
  // The bot's own mention goes first, so "@OnRecord add <link>" reads like "/quote add <link>".
  const trimmed = withoutCommandWord(raw.replace(/<@([UW][A-Z0-9]+)(?:\|[^<>]*)?>/g, (m, id: string) => (id === botUserId ? ' ' : m)).trim(), command);
  const addMatch = /^add(?:\s+([\s\S]*))?$/i.exec(trimmed);
  if (addMatch) {
    const rest = (addMatch[1] ?? '').trim();
    const url = linksIn(rest)[0] ?? (/^https?:\/\/\S+$/i.test(decodeEntities(rest)) ? decodeEntities(rest) : undefined);
    if (url) return { kind: 'add', url };
    // "add" followed by words is a question that starts with "add" only if it is long; a bare "add" is misuse.
    if (!rest || /^\S+$/.test(rest)) return { kind: 'invalid', message: 'To add an article, give its link: `add https://example.com/story`.' };
  }
  const follow = readFollow(trimmed, botUserId);
  if (follow) return follow;
  const question = plainText(trimmed, botUserId);
  if (!question || /^(help|\?|how)$/i.test(question)) return { kind: 'help' };
  if (question.length > MAX_QUESTION) return { kind: 'invalid', message: `That question is ${question.length} characters long; questions are limited to ${MAX_QUESTION}.` };
  return { kind: 'ask', question };
}

/**
 * The app's own command typed into the text ("/quote what did...", "onrecord what did..." in a mention or a DM):
 * Slack syntax for addressing the app, not part of the question. The core reads questions as typed (a bare
 * "quote on Y" is a question), so it is dropped here, where it arrives.
 */
export function withoutCommandWord(text: string, command = '/quote'): string {
  const lower = text.toLowerCase();
  for (const word of [command.toLowerCase(), 'onrecord']) {
    if (!lower.startsWith(word)) continue;
    const rest = text.slice(word.length);
    // A whole word only: "/quotes" and "onrecording" are not the command.
    if (rest === '' || /^[\s:,]/.test(rest)) return rest.replace(/^[\s:,]+/, '');
  }
  return text;
}

/** `follow <speaker> [about <topic>]`, `unfollow ...`, `following`; undefined for anything else. */
function readFollow(trimmed: string, botUserId?: string): Request | undefined {
  const m = /^(follow|unfollow|following)\b([\s\S]*)$/i.exec(trimmed);
  if (!m) return undefined;
  const verb = (m[1] as string).toLowerCase() as 'follow' | 'unfollow' | 'following';
  const rest = plainText(m[2] as string, botUserId);
  if (verb === 'following') return rest ? undefined : { kind: 'following' };
  if (!rest) return { kind: 'invalid', message: `Name the speaker: \`${verb} Lavrov\` or \`${verb} Lavrov about Aleppo\`.` };
  if (rest.length > 200) return { kind: 'invalid', message: 'That is too long for a speaker and a topic (200 characters at most).' };
  const { speaker, topic } = splitFollowPhrase(rest);
  return { kind: verb, speaker, ...(topic ? { topic } : {}) };
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

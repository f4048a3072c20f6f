import type { APIEmbed } from 'discord.js';
import type { MessageVerification } from '../../core/index.js';
import { EPHEMERAL, fitPayload, type DiscordPayload } from './payload.js';
import { renderDiscordAnswer, renderDiscordNotice } from './render.js';
import { LIMITS, fitEscaped, fitPlain } from './text.js';

/** The key the single passage's question is remembered under (its buttons page and share it), and the page size. */
export interface DiscordVerifyRenderOptions {
  key?: string;
  pageSize?: number;
}

const number = (n: number) => n.toLocaleString('en-US');

/**
 * "Verify quote" on a message, as one private reply: which words were checked, then each passage's verification
 * as `/quote-who` renders it (real words, speaker, source, how the words differ, or not on record). One passage
 * gets the whole answer with its buttons; several get their closest real quote each, every embed labelled with
 * its passage. The limits the check ran into (a huge message, too many passages, a long passage) are said.
 */
export function renderDiscordVerification(v: MessageVerification, options: DiscordVerifyRenderOptions = {}): DiscordPayload {
  if (v.from === 'empty' || v.checks.length === 0) {
    return renderDiscordNotice('That message has no words to check. Verify quote checks the words in quotation marks, or the whole message when it quotes nothing.');
  }
  const several = v.checks.length > 1;
  const what = v.from === 'whole' ? 'the whole message (it quotes nothing longer than a word or two)' : several ? `the ${v.checks.length} quoted passages of the message` : 'the quoted words of the message';
  const lines = [`🔎 **Verify quote** · ${what}`, ...limitNotes(v)];
  if (!several) {
    const c = v.checks[0]!;
    const one = renderDiscordAnswer(c.answer, { private: true, pageSize: options.pageSize ?? 3, ...(options.key ? { key: options.key } : {}) });
    return fitPayload({ ...one, content: [...lines, one.content].filter(Boolean).join('\n'), flags: EPHEMERAL });
  }
  const embeds: APIEmbed[] = [];
  v.checks.forEach((c, i) => {
    // One closest real quote per passage keeps every passage on screen.
    const one = renderDiscordAnswer({ ...c.answer, hits: c.answer.hits.slice(0, 1) }, { private: true, buttons: false });
    const label = `${i + 1}. “${c.passage}”`;
    lines.push(`**${i + 1}.** ${one.content ?? (c.answer.status === 'found' ? '' : 'Not on record.')}`.trimEnd());
    const [first] = one.embeds;
    // The author line is plain text (no markdown, no mentions): the passage as written, labelled.
    if (first) embeds.push({ ...first, author: { name: fitPlain(label, LIMITS.authorName) } });
  });
  return fitPayload({ content: lines.join('\n'), embeds, components: [], allowedMentions: { parse: [], repliedUser: false }, flags: EPHEMERAL });
}

function limitNotes(v: MessageVerification): string[] {
  const notes: string[] = [];
  if (v.truncated) notes.push(`✂️ The message is long: only its first ${number(v.limits.maxChars)} characters were read.`);
  if (v.skipped > 0) notes.push(`✂️ ${v.skipped} more quoted passage${v.skipped === 1 ? ' was' : 's were'} not checked (at most ${v.limits.maxPassages} per message).`);
  const cut = v.checks.flatMap((c, i) => (c.cut ? [String(i + 1)] : []));
  if (cut.length) notes.push(`✂️ Only the first ${number(v.limits.passageChars)} characters of ${v.checks.length === 1 ? 'the passage' : `passage ${cut.join(', ')}`} were checked.`);
  return notes.map((n) => fitEscaped(n, 300).text);
}

import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { Answer } from '../../core/answers/model.js';
import type { MessageVerification } from '../../core/index.js';
import { encodeButton } from './custom-id.js';
import { ButtonLook, ComponentKind, EPHEMERAL, fitPayload, type DiscordPayload } from './payload.js';
import { renderDiscordAnswer, renderDiscordNotice } from './render.js';
import { inlineShown } from './shown.js';
import { LIMITS, fitEscaped, fitPlain } from './text.js';

/** How one of several passages' answer is remembered: its question's key, and its shown quotes when they do not fit a button. */
export interface PassageButtons {
  key: string;
  shown?: string;
}

/** The key the single passage's question is remembered under (its buttons page and share it), and the page size. */
export interface DiscordVerifyRenderOptions {
  key?: string;
  pageSize?: number;
  /** Several passages: each found passage's remembered question (by passage index), for its row of buttons. */
  passages?: (PassageButtons | undefined)[];
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
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  const used = new Set<string>();
  v.checks.forEach((c, i) => {
    // One closest real quote per passage keeps every passage on screen.
    const shownAnswer = passageAnswer(c.answer);
    const one = renderDiscordAnswer(shownAnswer, { private: true, buttons: false });
    const remembered = options.passages?.[i];
    if (remembered && rows.length < LIMITS.rows) {
      const row = passageRow(shownAnswer, i + 1, remembered, used);
      if (row) rows.push(row);
    }
    const label = `${i + 1}. “${c.passage}”`;
    lines.push(`**${i + 1}.** ${one.content ?? (c.answer.status === 'found' ? '' : 'Not on record.')}`.trimEnd());
    const [first] = one.embeds;
    // The author line is plain text (no markdown, no mentions): the passage as written, labelled.
    if (first) embeds.push({ ...first, author: { name: fitPlain(label, LIMITS.authorName) } });
  });
  return fitPayload({ content: lines.join('\n'), embeds, components: rows, allowedMentions: { parse: [], repliedUser: false }, flags: EPHEMERAL });
}

/** What one of several passages shows: its closest real quote only. */
export function passageAnswer(a: Answer): Answer {
  return { ...a, hits: a.hits.slice(0, 1) };
}

/**
 * The buttons of passage `n` of several, as a single answer has them: Share, Copy citation, Wrong speaker?
 * (numbered, one row a passage: at most 5 passages fit Discord's 5 rows). A Copy citation or Wrong speaker?
 * of a quote an earlier passage already offers is left out (Discord refuses two buttons with one custom_id).
 */
function passageRow(a: Answer, n: number, p: PassageButtons, used: Set<string>): APIActionRowComponent<APIButtonComponent> | undefined {
  if (!a.hits.length) return undefined;
  const shown = p.shown ?? inlineShown(a, p.key);
  const buttons: APIButtonComponent[] = [];
  const add = (label: string, style: number, id: string | undefined) => {
    if (!id || used.has(id)) return;
    used.add(id);
    buttons.push({ type: ComponentKind.Button, style, label: `${label} ${n}`, custom_id: id } as APIButtonComponent);
  };
  if (shown) add('Share', ButtonLook.Success, encodeButton({ kind: 'share', key: p.key, offset: a.offset, shown }));
  if (shown) add('Copy citation', ButtonLook.Secondary, encodeButton({ kind: 'cite', shown }));
  // Editors only (Manage Messages, checked on click).
  add('Wrong speaker?', ButtonLook.Secondary, encodeButton({ kind: 'fix', quoteIds: a.hits.map((h) => h.id) }));
  return buttons.length ? { type: ComponentKind.ActionRow, components: buttons } : undefined;
}

function limitNotes(v: MessageVerification): string[] {
  const notes: string[] = [];
  if (v.truncated) notes.push(`✂️ The message is long: only its first ${number(v.limits.maxChars)} characters were read.`);
  if (v.skipped > 0) notes.push(`✂️ ${v.skipped} more quoted passage${v.skipped === 1 ? ' was' : 's were'} not checked (at most ${v.limits.maxPassages} per message).`);
  const cut = v.checks.flatMap((c, i) => (c.cut ? [String(i + 1)] : []));
  if (cut.length) notes.push(`✂️ Only the first ${number(v.limits.passageChars)} characters of ${v.checks.length === 1 ? 'the passage' : `passage ${cut.join(', ')}`} were checked.`);
  return notes.map((n) => fitEscaped(n, 300).text);
}

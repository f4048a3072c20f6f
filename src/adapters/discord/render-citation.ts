import type { APIEmbed } from 'discord.js';
import { citationText, goneNote, type CitationTemplate, type QuoteHit } from '../../core/index.js';
import { EPHEMERAL, fitPayload, type DiscordPayload } from './payload.js';
import { COLOURS } from './render-hit.js';
import { LIMITS, escapeMarkdown } from './text.js';

/** Code fence and line breaks around each citation. */
const FENCE = 8;
/** Room for all citations together: the 6,000-character embed total less the titles. */
const ROOM = LIMITS.embedsTotal - 200;

/**
 * The private Copy citation reply: each quote's citation in a code block (one embed each), where Discord
 * formats nothing and shows mentions as plain text, so it copies exactly as the core built it; a backtick
 * becomes an apostrophe, since a run of them would close the block early. Sized so no limit ever cuts a block.
 */
export function renderDiscordCitations(hits: QuoteHit[], template: CitationTemplate, gone: number): DiscordPayload {
  const each = Math.min(LIMITS.embedDescription, Math.floor(ROOM / Math.max(1, hits.length))) - FENCE;
  const embeds: APIEmbed[] = hits.slice(0, LIMITS.embeds).map((hit, i) => ({
    ...(hits.length > 1 ? { title: `Citation ${i + 1}` } : { title: 'Citation' }),
    description: `\`\`\`\n${citationText(hit, template, { maxLength: each }).replace(/`/g, "'")}\n\`\`\``,
    color: COLOURS.help,
  }));
  const note = gone ? escapeMarkdown(goneNote(gone, 'cited')) : undefined;
  return fitPayload({ ...(note ? { content: note } : {}), embeds, components: [], allowedMentions: { parse: [], repliedUser: false }, flags: EPHEMERAL });
}

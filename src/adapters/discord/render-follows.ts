import type { FollowDigest, FollowOutcome, FollowView, UnfollowOutcome } from '../../core/index.js';
import { EPHEMERAL, fitPayload, type DiscordPayload } from './payload.js';
import { COLOURS, hitEmbed, joinLines, speakerItem } from './render-hit.js';
import { LIMITS, fitEscaped, fitPlain, oneLine } from './text.js';

/**
 * Follows on Discord: the answers to `/quote-follow add|remove|list` (private) and the digest of new quotes a
 * channel receives (one message, a quote per embed). Every untrusted word escaped; nothing can ping.
 */

const NO_PINGS = { parse: [] as [], repliedUser: false as const };

/** "**Sergey Lavrov** about “aleppo”", escaped. */
function followLabel(f: { speakerName: string; topic: string }): string {
  const name = `**${fitEscaped(oneLine(f.speakerName), 150).text}**`;
  return f.topic ? `${name} about “${fitEscaped(oneLine(f.topic), 100).text}”` : name;
}

function notice(description: string, colour: number = COLOURS.help): DiscordPayload {
  return fitPayload({ embeds: [{ description: description.slice(0, LIMITS.embedDescription), color: colour }], components: [], allowedMentions: NO_PINGS, flags: EPHEMERAL });
}

export function renderDiscordFollow(o: FollowOutcome): DiscordPayload {
  switch (o.status) {
    case 'followed':
    case 'already':
      return notice(`🔔 This channel ${o.status === 'followed' ? 'now follows' : 'already follows'} ${followLabel(o.follow)}. New quotes will be posted here as they are added; \`/quote-follow remove\` stops it.`, COLOURS.found);
    case 'unknown_speaker':
    case 'ambiguous': {
      const asked = fitEscaped(oneLine(o.speaker), 150).text;
      const list = o.status === 'unknown_speaker' ? o.suggestions : o.candidates;
      const head = o.status === 'unknown_speaker' ? `No speaker called “${asked}” is on record here, so nothing was followed.` : `“${asked}” could be several speakers, so nothing was followed. Pick one:`;
      const items = list.map(speakerItem);
      return fitPayload({
        embeds: [{ description: head, ...(items.length ? { fields: [{ name: o.status === 'unknown_speaker' ? 'Nearest speakers on record' : 'Speakers', value: joinLines(items, LIMITS.fieldValue) }] } : {}), color: COLOURS.notFound }],
        components: [],
        allowedMentions: NO_PINGS,
        flags: EPHEMERAL,
      });
    }
    case 'invalid':
      return notice(fitEscaped(o.message, 1000).text, COLOURS.error);
  }
}

export function renderDiscordUnfollow(o: UnfollowOutcome): DiscordPayload {
  if (o.status === 'invalid') return notice(fitEscaped(o.message, 1000).text, COLOURS.error);
  if (o.status === 'removed') return notice(`🔕 This channel no longer follows ${o.removed.map(followLabel).join(', ')}.`);
  const asked = fitEscaped(oneLine(o.speaker), 150).text;
  return notice(`This channel does not follow “${asked}”.${o.following.length ? `\n${followingList(o.following)}` : ''}`, COLOURS.notFound);
}

export function renderDiscordFollowing(follows: FollowView[]): DiscordPayload {
  if (follows.length === 0) return notice('This channel follows nobody yet. `/quote-follow add speaker:Lavrov topic:Aleppo` posts his new quotes on Aleppo here.');
  return notice(followingList(follows));
}

function followingList(follows: FollowView[]): string {
  return `**This channel follows:**\n${joinLines(follows.map((f) => `• ${followLabel(f)}`), 3500)}`;
}

/** New quotes for a channel's follows: one message, a line saying why, a quote per embed (at most 10). */
export function renderDiscordDigest(d: FollowDigest): DiscordPayload {
  const n = d.items.length + d.more;
  const embeds = d.items.slice(0, LIMITS.embeds).map((item, i) => {
    const e = hitEmbed(item.hit, { quoteMax: 900, position: i + 1, total: d.items.length, compact: true });
    return { ...e, footer: { text: fitPlain(`following ${item.follows.map((f) => `${oneLine(f.speakerName)}${f.topic ? ` about ${oneLine(f.topic)}` : ''}`).join(', ')}`, LIMITS.footer) } };
  });
  const more = d.more > 0 ? `\n…and ${d.more} more new quote${d.more === 1 ? '' : 's'}${d.moreFrom.length ? ` from ${d.moreFrom.slice(0, 5).map((s) => fitEscaped(oneLine(s), 100).text).join(', ')}` : ''}: ask \`/quote latest from\` a speaker to see them.` : '';
  return fitPayload({
    content: `🔔 **${n === 1 ? 'A new quote' : `${n} new quotes`}** for what this channel follows${more}`,
    embeds,
    components: [],
    allowedMentions: NO_PINGS,
  });
}

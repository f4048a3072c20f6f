import type { FollowDigest, FollowOutcome, FollowView, UnfollowOutcome } from '../../core/index.js';
import { capBlocks, context, fallback, section, type SlackBlock, type SlackMessage } from './blocks.js';
import { fitMrkdwn, oneLine } from './mrkdwn.js';
import { quoteText, sourceLine, speakerItem, speakerLine, uncertainNote, whenLine } from './render-hit.js';

/**
 * Follows in Slack: the answers to `follow`, `unfollow` and `following`, and the digest of new quotes a
 * channel receives. Pure; every untrusted word (quotes, names, topics) escaped by the shared hit pieces.
 */

/** "Sergey Lavrov about “aleppo”", escaped. */
function followLabel(f: { speakerName: string; topic: string }): string {
  const name = `*${fitMrkdwn(oneLine(f.speakerName), 150).text}*`;
  return f.topic ? `${name} about “${fitMrkdwn(oneLine(f.topic), 100).text}”` : name;
}

export function renderSlackFollow(o: FollowOutcome, command: string): SlackMessage {
  switch (o.status) {
    case 'followed':
    case 'already': {
      const verb = o.status === 'followed' ? 'This channel now follows' : 'This channel already follows';
      return {
        text: fallback(`${verb} ${oneLine(o.follow.speakerName)}${o.follow.topic ? ` about ${oneLine(o.follow.topic)}` : ''}`),
        blocks: [section(`:bell: ${verb} ${followLabel(o.follow)}. New quotes will be posted here as they are added. \`${command} unfollow ${fitMrkdwn(oneLine(o.follow.speakerName), 150).text}\` stops it.`)],
      };
    }
    case 'unknown_speaker':
    case 'ambiguous': {
      const asked = fitMrkdwn(oneLine(o.speaker), 150).text;
      const list = o.status === 'unknown_speaker' ? o.suggestions : o.candidates;
      const head = o.status === 'unknown_speaker' ? `:grey_question: No speaker called “${asked}” is on record here, so nothing was followed.` : `:grey_question: “${asked}” could be several speakers, so nothing was followed. Give the full name:`;
      const items = list.map(speakerItem).join('\n');
      const tail = o.status === 'unknown_speaker' && list.length ? `\n*Nearest speakers on record:*\n${items}` : o.status === 'ambiguous' ? `\n${items}` : '';
      return { text: fallback(o.status === 'unknown_speaker' ? `No speaker called "${oneLine(o.speaker)}" is on record` : `"${oneLine(o.speaker)}" could be several speakers`), blocks: [section(`${head}${tail}`)] };
    }
    case 'invalid':
      return { text: fallback(o.message), blocks: [section(fitMrkdwn(o.message, 2800).text)] };
  }
}

export function renderSlackUnfollow(o: UnfollowOutcome): SlackMessage {
  if (o.status === 'invalid') return { text: fallback(o.message), blocks: [section(fitMrkdwn(o.message, 2800).text)] };
  if (o.status === 'removed') {
    const labels = o.removed.map(followLabel).join(', ');
    return { text: fallback(`Stopped following ${o.removed.map((f) => oneLine(f.speakerName)).join(', ')}`), blocks: [section((`:no_bell: This channel no longer follows ${labels}.`))] };
  }
  const asked = fitMrkdwn(oneLine(o.speaker), 150).text;
  return { text: fallback(`This channel does not follow "${oneLine(o.speaker)}"`), blocks: [section((`This channel does not follow “${asked}”.${o.following.length ? `\n${followingList(o.following)}` : ''}`))] };
}

export function renderSlackFollowing(follows: FollowView[], command: string): SlackMessage {
  if (follows.length === 0) return { text: fallback('This channel follows nobody'), blocks: [section(`This channel follows nobody yet. \`${command} follow Lavrov about Aleppo\` posts his new quotes on Aleppo here.`)] };
  return { text: fallback(`This channel follows ${follows.length} speaker${follows.length === 1 ? '' : 's'}`), blocks: [section((followingList(follows)))] };
}

function followingList(follows: FollowView[]): string {
  return `*This channel follows:*\n${follows.map((f) => `• ${followLabel(f)}`).join('\n')}`;
}

/** Room for each quote of a digest; the full text is one search away. */
const DIGEST_QUOTE_MAX = 700;

/** New quotes for a channel's follows, as one message (section() keeps each block within Slack's limits without splitting an escape). */
export function renderSlackDigest(d: FollowDigest): SlackMessage {
  const n = d.items.length + d.more;
  const blocks: SlackBlock[] = [section(`:bell: *${n === 1 ? 'A new quote' : `${n} new quotes`}* for what this channel follows`)];
  for (const item of d.items) {
    const hit = item.hit;
    blocks.push(section(`${quoteText(hit, DIGEST_QUOTE_MAX).text}\n— ${speakerLine(hit.speaker)}${uncertainNote(hit)}`));
    blocks.push(context(...[whenLine(hit), sourceLine(hit.article, hit.alsoIn), `following ${item.follows.map(followLabel).join(', ')}`].filter(Boolean)));
  }
  if (d.more > 0) {
    const from = d.moreFrom.slice(0, 5).map((s) => fitMrkdwn(oneLine(s), 100).text).join(', ');
    blocks.push(context(`…and ${d.more} more new quote${d.more === 1 ? '' : 's'}${from ? ` from ${from}` : ''}: ask \`latest from\` a speaker to see them.`));
  }
  const names = [...new Set(d.items.map((i) => oneLine(i.hit.speaker?.name ?? 'unidentified')))].join(', ');
  return { text: fallback(`${n === 1 ? 'A new quote' : `${n} new quotes`} from ${names}`), blocks: capBlocks(blocks) };
}

import type { Answer, QuoteHit } from '../../core/answers/model.js';
import { ACTION, encodePage } from './actions.js';
import { actions, button, capBlocks, context, fallback, linkButton, section, type ButtonElement, type SlackBlock, type SlackMessage } from './blocks.js';
import { cutAtWord, fitMrkdwn, oneLine } from './mrkdwn.js';
import { diffText, quoteText, sourceLine, speakerItem, speakerLine, uncertainNote, whenLine } from './render-hit.js';

export type { SlackMessage, SlackBlock } from './blocks.js';

/** How an answer is shown. The defaults give exactly what `/quote` sends (a private answer with buttons). */
export interface SlackRenderOptions {
  /**
   * `ephemeral` (the default: `/quote`) offers Share in channel; `channel` (a mention, a DM, a shared copy)
   * does not, since everyone already sees it.
   */
  visibility?: 'ephemeral' | 'channel';
  /** The user who shared this answer into the channel (a Slack user id); named under the answer. */
  sharedBy?: string;
  /** Leave out every button (previews). Default true. */
  buttons?: boolean;
  /** The slash command's name, for help texts. Default `/quote`. */
  command?: string;
  /** Whether the asker may add articles, so help mentions `add`. Default true. */
  canAdd?: boolean;
  /** Results per page, so Previous goes back a whole page. Default 3 (the app's default). */
  pageSize?: number;
}

/** Room for the best quote, and for each further quote on the page; the full text waits behind Show context. */
const QUOTE_MAX = { first: 1500, other: 600 } as const;

/**
 * Renders a core Answer as the exact Slack message payload (`text` fallback plus Block Kit `blocks`): the
 * quote, speaker with role and organisation, when and to whom, the article as a link with outlet and date;
 * "who said" differences; nearest speakers when nothing was found; alternatives for an ambiguous name; and
 * the buttons. Pure: the same answer and options always give the same JSON. Every untrusted word is
 * escaped (nothing can ping or link) and every Block Kit limit is kept whatever the input.
 */
export function renderSlackAnswer(answer: Answer, options: SlackRenderOptions = {}): SlackMessage {
  if (answer.status === 'help') return renderHelp(answer, options);
  if (answer.status === 'not_found') return renderNotFound(answer);
  if (answer.hits.length === 0) return renderSpeakers(answer);
  const blocks: SlackBlock[] = [];
  const v = answer.verification;
  const top = answer.hits[0]!;
  if (v) {
    const who = `${speakerLine(top.speaker, 500)}${uncertainNote(top)}`;
    blocks.push(
      section(
        v.exact
          ? `:white_check_mark: *Who said it:* ${who}, in exactly these words.`
          : v.excerpt
            ? `:white_check_mark: *Who said it:* ${who}. Your words are an exact part of a longer quote, shown in full below.`
            : `:mag: *Closest real quote:* ${who}. ${Math.round(v.coverage * 100)}% of your words are in it, in order; ${Math.round(v.similarity * 100)}% of its words are in yours.\n${diffText(v, 2400)}`,
      ),
    );
  }
  if (answer.alternatives.length) blocks.push(alternativesBlock(answer));
  const withButtons = options.buttons !== false;
  answer.hits.forEach((hit, i) => {
    const q = quoteText(hit, i === 0 ? QUOTE_MAX.first : QUOTE_MAX.other);
    const label = q.cut ? 'Full quote' : 'Show context';
    const accessory = withButtons ? button(ACTION.context, label, hit.id) : undefined;
    blocks.push(section(`${q.text}\n— ${speakerLine(hit.speaker)}${uncertainNote(hit)}`, accessory));
    blocks.push(context(...hitContext(hit)));
  });
  blocks.push(context(footer(answer, options)));
  if (withButtons) {
    const row = answerButtons(answer, options);
    if (row) blocks.push(row);
  }
  return { text: fallbackFor(answer, top), blocks: capBlocks(blocks) };
}

function hitContext(hit: QuoteHit): string[] {
  const when = whenLine(hit);
  return [when, sourceLine(hit.article, hit.alsoIn)].filter(Boolean);
}

function footer(a: Answer, o: SlackRenderOptions): string {
  const first = a.offset + 1;
  const last = a.offset + a.hits.length;
  const range = a.total > a.hits.length ? `Results ${first}–${last} of ${a.total}` : a.total === 1 ? '1 result' : `${a.total} results`;
  const matched = [...new Set(a.hits.flatMap((h) => h.matched))].slice(0, 8);
  const parts = [range];
  if (matched.length) parts.push(`matched ${fitMrkdwn(oneLine(matched.join(', ')), 300).text}`);
  parts.push(`${Math.round(a.tookMs)} ms`);
  if (o.sharedBy && /^[UW][A-Z0-9]{2,}$/.test(o.sharedBy)) parts.push(`shared by <@${o.sharedBy}>`);
  return parts.join(' · ');
}

function answerButtons(a: Answer, o: SlackRenderOptions): SlackBlock | undefined {
  const shareValue = encodePage({ q: a.question, o: a.offset });
  const nextOffset = a.offset + a.hits.length;
  const moreValue = nextOffset < a.total ? encodePage({ q: a.question, o: nextOffset }) : undefined;
  const size = Math.max(1, o.pageSize ?? 3);
  const prevValue = a.offset > 0 ? encodePage({ q: a.question, o: Math.max(0, a.offset - size) }) : undefined;
  const buttons: (ButtonElement | undefined)[] = [];
  if (o.visibility !== 'channel' && shareValue) buttons.push(button(ACTION.share, 'Share in channel', shareValue, 'primary'));
  if (prevValue) buttons.push(button(ACTION.prev, 'Previous', prevValue));
  if (moreValue) buttons.push(button(ACTION.more, 'More results', moreValue));
  buttons.push(linkButton(ACTION.open, 'Open article', a.hits[0]?.article.url));
  // Editors only (checked on click): the shown quotes' ids, so the modal asks which one when there are several.
  if (a.hits.length) buttons.push(button(ACTION.correct, 'Wrong speaker?', a.hits.map((h) => h.id).join(',')));
  return actions(...buttons);
}

function alternativesBlock(a: Answer): SlackBlock {
  const query = a.understood.speaker?.query;
  const names = a.alternatives.slice(0, 5).map((s) => speakerLine(s, 250));
  const more = a.alternatives.length > 5 ? ` and ${a.alternatives.length - 5} more` : '';
  const intro = query ? `Other speakers called “${fitMrkdwn(oneLine(query), 80).text}”` : 'Other speakers with that name';
  return context(`:busts_in_silhouette: ${intro}: ${names.join('; ')}${more}. Use the full name to ask about one of them.`);
}

function understoodLine(a: Answer): string {
  const u = a.understood;
  const parts: string[] = [];
  if (u.speaker) parts.push(`speaker “${fitMrkdwn(oneLine(u.speaker.query), 100).text}”`);
  if (u.topic.length) parts.push(`about ${fitMrkdwn(oneLine(u.topic.join(', ')), 200).text}`);
  if (u.time) parts.push(fitMrkdwn(oneLine(u.time.text), 80).text);
  if (u.quoted) parts.push(`the words “${fitMrkdwn(oneLine(u.quoted), 200).text}”`);
  return parts.length ? `Understood: ${parts.join(' · ')}` : '';
}

function renderNotFound(a: Answer): SlackMessage {
  const note = a.note ? fitMrkdwn(a.note, 800).text : 'No quote in the index matches that question.';
  const blocks: SlackBlock[] = [section(`:grey_question: *No quote found.* ${note}`)];
  if (a.speakers.length) blocks.push(section(`*Nearest speakers*\n${a.speakers.slice(0, 10).map(speakerItem).join('\n')}`));
  if (a.topics?.length) {
    const who = fitMrkdwn(oneLine(a.understood.speaker?.resolved[0]?.name ?? 'The speaker'), 120).text;
    blocks.push(section(`*${who} is on record about:* ${fitMrkdwn(oneLine(a.topics.join(', ')), 500).text}`));
  }
  blocks.push(context(understoodLine(a), `Question: ${fitMrkdwn(oneLine(a.question), 300).text}`, `${Math.round(a.tookMs)} ms`));
  const names = a.speakers.slice(0, 3).map((s) => oneLine(s.name));
  return { text: fallback(`No quote found.${names.length ? ` Nearest speakers: ${names.join(', ')}.` : ''}`), blocks };
}

function renderSpeakers(a: Answer): SlackMessage {
  const topic = a.understood.topic.join(' ');
  const head = topic ? `*Speakers on ${fitMrkdwn(oneLine(topic), 200).text}*` : '*Speakers*';
  const body = a.speakers.length ? a.speakers.slice(0, 20).map(speakerItem).join('\n') : fitMrkdwn(a.note ?? 'Nobody in the index speaks about that.', 800).text;
  const blocks = [section(`${head}\n${body}`), context(`${Math.round(a.tookMs)} ms`)];
  return { text: fallback(`Speakers${topic ? ` on ${topic}` : ''}: ${a.speakers.slice(0, 5).map((s) => s.name).join(', ') || 'none'}`), blocks };
}

function renderHelp(a: Answer, o: SlackRenderOptions): SlackMessage {
  const cmd = o.command ?? '/quote';
  const styles = [
    `• \`${cmd} what did <speaker> say about <topic>\` — the exact quote, who said it, when, to whom, and the article`,
    `• \`${cmd} who said "<words>"\` — the real quote behind pasted words, and how yours differ`,
    `• \`${cmd} latest from <speaker>\` — the newest quotes first`,
    `• \`${cmd} which speakers talked about <topic>\``,
    ...(o.canAdd === false ? [] : [`• \`${cmd} add <article link>\` — add an article to the index`]),
    '• Or mention the bot with a question in a channel it is in, or send it a direct message.',
  ].map(escapeCode);
  const blocks: SlackBlock[] = [section(`*Ask OnRecord for what was said on the record.*\n${styles.join('\n')}`)];
  if (a.examples.length) {
    const examples = a.examples.slice(0, 8).map((e) => `• \`${cmd} ${fitMrkdwn(oneLine(e).replace(/`/g, "'"), 200).text}\``);
    blocks.push(section(`*Try, from the current index:*\n${examples.join('\n')}`));
  }
  if (a.note) blocks.push(context(fitMrkdwn(a.note, 500).text));
  return { text: fallback(`How to ask OnRecord: ${cmd} what did <speaker> say about <topic>`), blocks };
}

/** The fixed help lines hold `<speaker>` placeholders: escape them like any other text. */
function escapeCode(line: string): string {
  return line.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fallbackFor(a: Answer, top: QuoteHit): string {
  const who = top.speaker ? `${oneLine(top.speaker.name)}${top.attributionUncertain ? ' (attribution uncertain)' : ''}` : 'unidentified speaker';
  const words = oneLine(top.text);
  const shown = cutAtWord(words, 300).text;
  const prefix = a.verification && !a.verification.exact ? 'Closest real quote: ' : '';
  return fallback(`${prefix}${who}: ${top.kind === 'direct' ? `“${shown}”` : shown}`);
}

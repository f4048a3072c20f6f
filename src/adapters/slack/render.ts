import type { Answer, QuoteHit } from '../../core/answers/model.js';
import { shownOf, WORDING, answerView, headlineOf, type AnswerView, type VerdictView } from '../../core/index.js';
import { ACTION, encodePage } from './actions.js';
import { encodeShown } from './shown-value.js';
import { actions, button, capBlocks, context, fallback, linkButton, section, type ButtonElement, type SlackBlock, type SlackMessage } from './blocks.js';
import { fitMrkdwn, oneLine } from './mrkdwn.js';
import { differencesText, itemLine, labelLine, noticesText, quoteText, sourceLine, whenLine } from './render-hit.js';

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
  /**
   * The private copy after its answer was shared: says who shared it (a Slack user id) and offers no Share
   * button any more.
   */
  sharedInChannelBy?: string;
  /** A line under a private copy (quotes that could not be shared), escaped mrkdwn. */
  notice?: string;
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
 * Renders a core Answer as the exact Slack message payload (`text` fallback plus Block Kit `blocks`). What is
 * shown, in which order and words, is the core's answer view (shared with Discord and the CLI): the verdict of
 * a "who said" with its real differences, alternatives for an ambiguous name, the speaker list of "which
 * speakers", the quotes (speaker with role and organisation, notices, when and to whom, the article as a link
 * with outlet and date), nearest speakers when nothing was found; then the buttons. Pure: the same answer and
 * options always give the same JSON. Every untrusted word is escaped (nothing can ping or link) and every
 * Block Kit limit is kept whatever the input.
 */
export function renderSlackAnswer(answer: Answer, options: SlackRenderOptions = {}): SlackMessage {
  const view = answerView(answer, { pageSize: options.pageSize ?? 3 });
  if (view.help) return renderHelp(view.help, options);
  if (view.notFound) return renderNotFound(view, view.notFound);
  const blocks: SlackBlock[] = [];
  if (view.verdict) blocks.push(section(verdictText(view.verdict)));
  if (view.alternatives) blocks.push(alternativesBlock(view.alternatives));
  if (view.speakerList) blocks.push(section(speakerListText(view.speakerList)));
  const withButtons = options.buttons !== false && view.quotes.length > 0;
  view.quotes.forEach((q, i) => {
    const hit = answer.hits[i]!;
    const quote = quoteText(hit, i === 0 ? QUOTE_MAX.first : QUOTE_MAX.other);
    const label = quote.cut ? 'Full quote' : 'Show context';
    const accessory = withButtons ? button(ACTION.context, label, q.id) : undefined;
    blocks.push(section(`${quote.text}\n— ${labelLine(q.speaker)}${noticesText(q.notices)}`, accessory));
    blocks.push(context(...hitContext(hit)));
  });
  if (view.note) blocks.push(context(fitMrkdwn(view.note, 500).text));
  blocks.push(context(view.quotes.length ? footer(view, options) : `${Math.round(view.tookMs)} ms`));
  if (options.sharedInChannelBy && /^[UW][A-Z0-9]{2,}$/.test(options.sharedInChannelBy)) blocks.push(context(`:white_check_mark: Shared in the channel by <@${options.sharedInChannelBy}>`));
  if (options.notice) blocks.push(context(options.notice));
  if (withButtons) {
    const row = answerButtons(answer, view, options);
    if (row) blocks.push(row);
  }
  return { text: fallback(headlineOf(view)), blocks: capBlocks(blocks) };
}

function hitContext(hit: QuoteHit): string[] {
  const when = whenLine(hit);
  return [when, sourceLine(hit.article, hit.alsoIn)].filter(Boolean);
}

/** ":white_check_mark: *Who said it:* *Maria Kirby*, Councillor. Your words are ...", then the differences. */
function verdictText(v: VerdictView): string {
  const icon = v.kind === 'closest' ? ':mag:' : ':white_check_mark:';
  const who = `${labelLine(v.speaker, 500)}${noticesText(v.notices)}`;
  const head = `${icon} *${v.headline}:* ${who}${v.kind === 'exact' ? ',' : '.'} ${sentence(v.summary, v.kind !== 'exact')}`;
  return v.differences ? `${head}\n${differencesText(v.differences, 2400)}` : head;
}

/** A summary as a sentence: a capital first when it starts one, and a full stop. */
function sentence(text: string, capital: boolean): string {
  const t = capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function speakerListText(list: NonNullable<AnswerView['speakerList']>): string {
  const head = list.topic ? `*Speakers on ${fitMrkdwn(oneLine(list.topic), 200).text}*` : '*Speakers*';
  const body = list.speakers.length ? list.speakers.slice(0, 20).map(itemLine).join('\n') : fitMrkdwn(list.note ?? WORDING.nobodySpeaks, 800).text;
  return `${head}\n${body}`;
}

function footer(v: AnswerView, o: SlackRenderOptions): string {
  const p = v.paging;
  const range = p.total > v.quotes.length ? `Results ${p.first}–${p.last} of ${p.total}` : p.total === 1 ? '1 result' : `${p.total} results`;
  const matched = v.matched.slice(0, 8);
  const parts = [range];
  if (matched.length) parts.push(`matched ${fitMrkdwn(oneLine(matched.join(', ')), 300).text}`);
  parts.push(`${Math.round(v.tookMs)} ms`);
  if (o.sharedBy && /^[UW][A-Z0-9]{2,}$/.test(o.sharedBy)) parts.push(`shared by <@${o.sharedBy}>`);
  return parts.join(' · ');
}

function answerButtons(a: Answer, v: AnswerView, o: SlackRenderOptions): SlackBlock | undefined {
  // Share and Copy citation act on exactly the quotes shown, whatever an ingest changes meanwhile.
  const shownValue = encodeShown(shownOf(a));
  const shareValue = o.sharedInChannelBy ? undefined : shownValue;
  const moreValue = v.paging.next !== undefined ? encodePage({ q: a.question, o: v.paging.next }) : undefined;
  const prevValue = v.paging.previous !== undefined ? encodePage({ q: a.question, o: v.paging.previous }) : undefined;
  const buttons: (ButtonElement | undefined)[] = [];
  if (o.visibility !== 'channel' && shareValue) buttons.push(button(ACTION.share, 'Share in channel', shareValue, 'primary'));
  if (prevValue) buttons.push(button(ACTION.prev, 'Previous', prevValue));
  if (moreValue) buttons.push(button(ACTION.more, 'More results', moreValue));
  buttons.push(linkButton(ACTION.open, 'Open article', a.hits[0]?.article.url));
  if (shownValue) buttons.push(button(ACTION.cite, 'Copy citation', shownValue));
  // Editors only (checked on click): the shown quotes' ids, so the modal asks which one when there are several.
  if (a.hits.length) buttons.push(button(ACTION.correct, 'Wrong speaker?', a.hits.map((h) => h.id).join(',')));
  return actions(...buttons);
}

function alternativesBlock(alt: NonNullable<AnswerView['alternatives']>): SlackBlock {
  const names = alt.speakers.slice(0, 5).map((s) => labelLine(s.label, 250));
  const more = alt.speakers.length > 5 ? ` and ${alt.speakers.length - 5} more` : '';
  const intro = alt.query ? `Other speakers called “${fitMrkdwn(oneLine(alt.query), 80).text}”` : 'Other speakers with that name';
  return context(`:busts_in_silhouette: ${intro}: ${names.join('; ')}${more}. Use the full name to ask about one of them.`);
}

function understoodLine(v: AnswerView): string {
  return v.understood.length ? `Understood: ${v.understood.map((p) => fitMrkdwn(oneLine(p), 220).text).join(' · ')}` : '';
}

function renderNotFound(v: AnswerView, nf: NonNullable<AnswerView['notFound']>): SlackMessage {
  const blocks: SlackBlock[] = [section(`:grey_question: *${WORDING.notFound}.* ${fitMrkdwn(nf.note, 800).text}`)];
  if (nf.nearest.length) blocks.push(section(`*Nearest speakers*\n${nf.nearest.slice(0, 10).map(itemLine).join('\n')}`));
  if (nf.topics) {
    const who = fitMrkdwn(oneLine(nf.topics.speaker), 120).text;
    blocks.push(section(`*${who} is on record about:* ${fitMrkdwn(oneLine(nf.topics.topics.join(', ')), 500).text}`));
  }
  blocks.push(context(understoodLine(v), `Question: ${fitMrkdwn(oneLine(v.question), 300).text}`, `${Math.round(v.tookMs)} ms`));
  return { text: fallback(headlineOf(v)), blocks };
}

function renderHelp(help: NonNullable<AnswerView['help']>, o: SlackRenderOptions): SlackMessage {
  const cmd = o.command ?? '/quote';
  const styles = [
    `• \`${cmd} what did <speaker> say about <topic>\` — the exact quote, who said it, when, to whom, and the article`,
    `• \`${cmd} who said "<words>"\` — the real quote behind pasted words, and how yours differ`,
    `• \`${cmd} latest from <speaker>\` — the newest quotes first`,
    `• \`${cmd} which speakers talked about <topic>\``,
    ...(o.canAdd === false ? [] : [`• \`${cmd} add <article link>\` — add an article to the index`]),
    '• Or mention the bot with a question in a channel it is in, or send it a direct message.',
  ].map(escapeCode);
  const w = WORDING.workflow;
  const workflow = [
    `• *Verify quote* on any message (its ⋯ More actions menu): ${w.verify}`,
    `• \`${cmd} follow <speaker> [about <topic>]\`, \`${cmd} unfollow <speaker> [about <topic>]\`, \`${cmd} following\`: ${w.follow}`,
    `• *Share* on an answer ${w.share}; *Copy citation* gives ${w.cite}`,
    `• *Wrong speaker?* on an answer, ${w.correct} (editors: workspace admins and owners, and members of the editors user group)`,
  ].map(escapeCode);
  const blocks: SlackBlock[] = [section(`*Ask OnRecord for what was said on the record.*\n${styles.join('\n')}`), section(`*In the newsroom's workflow:*\n${workflow.join('\n')}`)];
  if (help.examples.length) {
    const examples = help.examples.slice(0, 8).map((e) => `• \`${cmd} ${fitMrkdwn(oneLine(e).replace(/`/g, "'"), 200).text}\``);
    blocks.push(section(`*Try, from the current index:*\n${examples.join('\n')}`));
  }
  if (help.note) blocks.push(context(fitMrkdwn(help.note, 500).text));
  return { text: fallback(`How to ask OnRecord: ${cmd} what did <speaker> say about <topic>`), blocks };
}

/** The fixed help lines hold `<speaker>` placeholders: escape them like any other text. */
function escapeCode(line: string): string {
  return line.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

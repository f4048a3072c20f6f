import { createHash } from 'node:crypto';
import type { APIButtonComponent, APIEmbed } from 'discord.js';
import type { Answer, QuoteHit } from '../../core/answers/model.js';
import type { IngestResult } from '../../core/api.js';
import { encodeButton } from './custom-id.js';
import { inlineShown } from './shown.js';
import { ButtonLook, ComponentKind, EPHEMERAL, fitPayload, type DiscordPayload } from './payload.js';
import { WORDING, answerView, type AnswerView, type VerdictView } from '../../core/index.js';
import { COLOURS, contextEmbed, differencesText, hitEmbed, itemLine, joinLines, labelText, noticesNote } from './render-hit.js';
import { LIMITS, escapeMarkdown, fitEscaped, fitLine, fitPlain, oneLine } from './text.js';

export type { DiscordPayload } from './payload.js';

/** How an answer is shown. */
export interface RenderOptions {
  /** Key the bot remembers this question under (paging, share); defaults to a hash of the question. */
  key?: string;
  /** A private (ephemeral) answer: flagged 64 and offered a Share button. */
  private?: boolean;
  /** Leave out the buttons (a shared copy, a CLI preview without interaction). */
  buttons?: boolean;
  /** Results per page, for the Previous button (default 3, as the bot asks). */
  pageSize?: number;
  /**
   * The quotes shown, for Share and Copy citation, when they do not fit a button packed (`@<key>` of a record
   * `ShownMemory` kept); the renderer packs them itself otherwise.
   */
  shown?: string;
  /** The private copy after it was shared: who shared it (a user id); it offers no Share button any more. */
  sharedBy?: string;
  /** A line above the answer (quotes that could not be shared). */
  notice?: string;
}

/** Room for the best quote, and for each further quote on the page; longer quotes wait behind Show context. */
const QUOTE_MAX = { first: 1200, other: 400 } as const;

/**
 * Renders a core Answer as the exact Discord message payload. What is shown, in which order and words, is the
 * core's answer view (shared with Slack and the CLI): the verdict of a "who said" and alternatives for an
 * ambiguous name above; the speaker list of "which speakers"; embeds for quotes (speaker, notices, quote, when
 * and to whom, source) with the real differences on the best one; nearest speakers when nothing was found;
 * then the buttons. Pure: the same answer and options give the same JSON.
 */
export function renderDiscordAnswer(answer: Answer, options: RenderOptions = {}): DiscordPayload {
  const key = options.key ?? defaultKey(answer.question);
  const view = answerView(answer, { pageSize: options.pageSize ?? 3 });
  const embeds: APIEmbed[] = [];
  const lines: string[] = [];
  if (view.help) embeds.push(helpEmbed(view.help));
  else if (view.notFound) embeds.push(notFoundEmbed(view, view.notFound));
  else {
    if (view.verdict) lines.push(verdictLine(view.verdict));
    if (view.alternatives) lines.push(alternativesLine(view.alternatives));
    // "Which speakers talked about X": the speakers answer the question; their quotes follow as evidence.
    if (view.speakerList) embeds.push(speakersEmbed(view, view.speakerList));
    answer.hits.forEach((hit, i) => {
      const first = i === 0;
      const embed = hitEmbed(hit, {
        quoteMax: first ? QUOTE_MAX.first : QUOTE_MAX.other,
        position: view.quotes[i]!.position,
        total: view.paging.total,
        compact: !first,
        ...(first ? { footerExtra: `${Math.round(view.tookMs)} ms` } : {}),
      });
      if (first && view.verdict) {
        embed.color = COLOURS.verify;
        if (view.verdict.differences) embed.fields = [{ name: WORDING.differencesTitle, value: differencesText(view.verdict.differences) }, ...(embed.fields ?? [])];
      }
      embeds.push(embed);
    });
    if (view.note && view.quotes.length) lines.push(escapeMarkdown(oneLine(view.note)));
  }
  if (options.sharedBy && /^\d{1,20}$/.test(options.sharedBy)) lines.unshift(`✅ Shared in the channel by <@${options.sharedBy}>`);
  if (options.notice) lines.push(escapeMarkdown(options.notice));
  const shown = answer.hits.length ? (options.shown ?? inlineShown(answer, key)) : undefined;
  const components = options.buttons === false ? [] : buttons(answer, view, key, options.private === true && !options.sharedBy, shown);
  return fitPayload({
    ...(lines.length ? { content: lines.join('\n') } : {}),
    embeds,
    components,
    allowedMentions: { parse: [], repliedUser: false },
    ...(options.private ? { flags: EPHEMERAL } : {}),
  });
}

/** The "Show context" view of one quote. */
export function renderDiscordContext(hit: QuoteHit, options: { private?: boolean } = { private: true }): DiscordPayload {
  return fitPayload({
    embeds: [contextEmbed(hit)],
    components: [],
    allowedMentions: { parse: [], repliedUser: false },
    ...(options.private ? { flags: EPHEMERAL } : {}),
  });
}

/** What `/quote-add` answers: the headline, how many quotes, and who speaks. */
export function renderDiscordIngest(result: IngestResult, options: { private?: boolean } = {}): DiscordPayload {
  const verb = result.status === 'added' ? 'Added' : result.status === 'updated' ? 'Updated' : 'Already indexed, unchanged';
  const n = result.quotes === 1 ? '1 quote' : `${result.quotes} quotes`;
  const speakers = result.speakers.map((s) => `• ${escapeMarkdown(oneLine(s))}`);
  return fitPayload({
    embeds: [
      {
        title: fitLine(`${verb}: ${result.title ?? result.source ?? result.articleId}`, LIMITS.embedTitle),
        description: `${n} found${result.speakers.length ? `, from ${result.speakers.length === 1 ? '1 speaker' : `${result.speakers.length} speakers`}` : ''}.`,
        ...(speakers.length ? { fields: [{ name: 'Speakers', value: joinLines(speakers, LIMITS.fieldValue) }] } : {}),
        color: COLOURS.found,
      },
    ],
    components: [],
    allowedMentions: { parse: [], repliedUser: false },
    ...(options.private ? { flags: EPHEMERAL } : {}),
  });
}

/** A short notice (refusal, failure, expired button), always private when the surface allows it. */
export function renderDiscordNotice(text: string, options: { private?: boolean; error?: boolean } = { private: true }): DiscordPayload {
  return fitPayload({
    embeds: [{ description: fitEscaped(text, LIMITS.embedDescription).text, color: options.error ? COLOURS.error : COLOURS.help }],
    components: [],
    allowedMentions: { parse: [], repliedUser: false },
    ...(options.private ? { flags: EPHEMERAL } : {}),
  });
}

/** A stable short key for a question (used when the caller gives none, e.g. the CLI preview). */
export function defaultKey(question: string): string {
  return createHash('sha256').update(question).digest('base64url').slice(0, 12);
}

/** "**Closest real quote:** Name — role (attribution uncertain). 83% of your words are in it, ...". */
function verdictLine(v: VerdictView): string {
  const who = fitLine(labelText(v.speaker), 300) + escapeMarkdown(noticesNote(v.notices));
  const summary = v.kind === 'exact' ? v.summary : v.summary.charAt(0).toUpperCase() + v.summary.slice(1);
  return `**${v.headline}:** ${who}${v.kind === 'exact' ? ',' : '.'} ${summary}.`;
}

function alternativesLine(alt: NonNullable<AnswerView['alternatives']>): string {
  const names = alt.speakers.slice(0, 5).map((s) => fitLine(labelText(s.label), 150));
  const more = alt.speakers.length > 5 ? ` and ${alt.speakers.length - 5} more` : '';
  return `**Other speakers with that name:** ${names.join('; ')}${more}. Add the full name or pick one with the speaker option.`;
}

function notFoundEmbed(v: AnswerView, nf: NonNullable<AnswerView['notFound']>): APIEmbed {
  const understood = v.understood.length ? `Understood: ${v.understood.map(oneLine).join(' · ')}` : '';
  const text = [nf.note, understood].filter(Boolean).join('\n');
  return {
    title: WORDING.notFound,
    description: fitEscaped(text, 1500).text,
    fields: [
      ...(nf.nearest.length ? [{ name: 'Nearest speakers', value: joinLines(nf.nearest.map(itemLine), LIMITS.fieldValue) }] : []),
      // What the named speaker is on record about, to ask again with (words from quotes: escaped).
      ...(nf.topics ? [{ name: fitLine(`${nf.topics.speaker} is on record about`, 256), value: fitEscaped(nf.topics.topics.join(', '), 500).text }] : []),
    ],
    footer: { text: `Question: ${fitPlain(v.question, 200)} · ${Math.round(v.tookMs)} ms` },
    color: COLOURS.notFound,
  };
}

function speakersEmbed(v: AnswerView, list: NonNullable<AnswerView['speakerList']>): APIEmbed {
  return {
    title: fitLine(list.topic ? `Speakers on ${list.topic}` : 'Speakers', LIMITS.embedTitle),
    description: list.speakers.length ? joinLines(list.speakers.map(itemLine), 3000) : fitEscaped(list.note ?? WORDING.nobodySpeaks, 1500).text,
    footer: { text: `${Math.round(v.tookMs)} ms` },
    color: COLOURS.found,
  };
}

function helpEmbed(help: NonNullable<AnswerView['help']>): APIEmbed {
  const examples = help.examples.map((e) => `• /quote question: ${escapeMarkdown(oneLine(e))}`);
  return {
    title: 'How to ask OnRecord',
    description: [
      'Ask for what someone said and get the exact quote, who said it (role and organisation), when and to whom, and the article.',
      '',
      '**/quote** `question` — e.g. what did Kirby say about Nusra; pick a `speaker` from the list to be sure of the person; answers are private unless you set `public` (Share posts one for the channel).',
      '**/quote-who** `text` — paste words to find who really said them and how your version differs.',
      '**/quote-add** `url` — add an article to the index.',
      'Or mention the bot with your question in any channel it can read.',
      '',
      `**Verify quote** — right-click any message > Apps: ${WORDING.workflow.verify}.`,
      `**/quote-follow** \`add\` \`speaker\` \`topic\` · \`remove\` · \`list\` — ${WORDING.workflow.follow}.`,
      `**Share** on an answer ${WORDING.workflow.share}; **Copy citation** gives ${WORDING.workflow.cite}.`,
      `**Wrong speaker?** on an answer — ${WORDING.workflow.correct} (editors: members who may Manage Messages).`,
      ...(help.note ? ['', escapeMarkdown(help.note)] : []),
    ].join('\n'),
    fields: examples.length ? [{ name: 'Try', value: joinLines(examples, LIMITS.fieldValue) }] : [],
    color: COLOURS.help,
  };
}

function buttons(a: Answer, v: AnswerView, key: string, isPrivate: boolean, shown: string | undefined): DiscordPayload['components'] {
  const nav: APIButtonComponent[] = [];
  const prev = v.paging.previous !== undefined ? encodeButton({ kind: 'more', key, offset: v.paging.previous }) : undefined;
  if (prev) nav.push({ type: ComponentKind.Button, style: ButtonLook.Secondary, label: 'Previous', custom_id: prev });
  const next = v.paging.next !== undefined ? encodeButton({ kind: 'more', key, offset: v.paging.next }) : undefined;
  if (next) nav.push({ type: ComponentKind.Button, style: ButtonLook.Primary, label: 'More results', custom_id: next });
  // Share and Copy citation carry the quotes shown: they act on exactly those, whatever an ingest changes meanwhile.
  const share = isPrivate && a.status !== 'help' && shown ? encodeButton({ kind: 'share', key, offset: a.offset, shown }) : undefined;
  if (share) nav.push({ type: ComponentKind.Button, style: ButtonLook.Success, label: 'Share', custom_id: share });
  const cite = shown ? encodeButton({ kind: 'cite', shown }) : undefined;
  if (cite) nav.push({ type: ComponentKind.Button, style: ButtonLook.Secondary, label: 'Copy citation', custom_id: cite });
  // Editors only (Manage Messages, checked on click).
  const fix = a.hits.length ? encodeButton({ kind: 'fix', quoteIds: a.hits.map((h) => h.id) }) : undefined;
  if (fix) nav.push({ type: ComponentKind.Button, style: ButtonLook.Secondary, label: 'Wrong speaker?', custom_id: fix });
  const ctx: APIButtonComponent[] = [];
  a.hits.slice(0, LIMITS.buttonsPerRow).forEach((hit, i) => {
    const id = encodeButton({ kind: 'ctx', quoteId: hit.id }) ?? encodeButton({ kind: 'ctx-at', key, offset: a.offset, index: i });
    const label = a.hits.length === 1 ? 'Show context' : `Show context ${a.offset + i + 1}`;
    if (id) ctx.push({ type: ComponentKind.Button, style: ButtonLook.Secondary, label, custom_id: id });
  });
  return [nav, ctx].filter((r) => r.length).map((components) => ({ type: ComponentKind.ActionRow, components }));
}

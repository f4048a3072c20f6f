import { createHash } from 'node:crypto';
import type { APIButtonComponent, APIEmbed } from 'discord.js';
import type { Answer, QuoteHit } from '../../core/answers/model.js';
import type { IngestResult } from '../../core/api.js';
import { encodeButton } from './custom-id.js';
import { ButtonLook, ComponentKind, EPHEMERAL, fitPayload, type DiscordPayload } from './payload.js';
import { COLOURS, contextEmbed, diffText, hitEmbed, joinLines, speakerItem, speakerLine } from './render-hit.js';
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
}

/** Room for the best quote, and for each further quote on the page; longer quotes wait behind Show context. */
const QUOTE_MAX = { first: 1200, other: 400 } as const;

/**
 * Renders a core Answer as the exact Discord message payload: embeds for quotes (speaker, quote, when and
 * to whom, source), the differences for "who said", nearest speakers when nothing was found, alternatives
 * for ambiguous names, and the buttons. Pure: the same answer and options give the same JSON.
 */
export function renderDiscordAnswer(answer: Answer, options: RenderOptions = {}): DiscordPayload {
  const key = options.key ?? defaultKey(answer.question);
  const embeds: APIEmbed[] = [];
  const lines: string[] = [];
  if (answer.status === 'help') embeds.push(helpEmbed(answer));
  else if (answer.status === 'not_found') embeds.push(notFoundEmbed(answer));
  else if (answer.hits.length === 0) embeds.push(speakersEmbed(answer));
  else {
    if (answer.verification) lines.push(verdictLine(answer));
    if (answer.alternatives.length) lines.push(alternativesLine(answer));
    // "Which speakers talked about X": the speakers answer the question; their quotes follow as evidence.
    if (answer.understood.intent === 'speakers' && answer.speakers.length) embeds.push(speakersEmbed(answer));
    // Never "Result 3 of 1", whatever the total counts.
    const total = Math.max(answer.total, answer.offset + answer.hits.length);
    answer.hits.forEach((hit, i) => {
      const first = i === 0;
      const embed = hitEmbed(hit, {
        quoteMax: first ? QUOTE_MAX.first : QUOTE_MAX.other,
        position: answer.offset + i + 1,
        total,
        compact: !first,
        ...(first ? { footerExtra: `${Math.round(answer.tookMs)} ms` } : {}),
      });
      if (first && answer.verification) {
        embed.color = COLOURS.verify;
        embed.fields = [{ name: 'How your words differ', value: diffText(answer.verification) }, ...(embed.fields ?? [])];
      }
      embeds.push(embed);
    });
  }
  const components = options.buttons === false ? [] : buttons(answer, key, options.private === true, options.pageSize ?? 3);
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

function verdictLine(a: Answer): string {
  const v = a.verification!;
  const top = a.hits[0];
  const who = fitLine(speakerLine(top?.speaker ?? null), 300) + (top?.corrected ? ' (speaker corrected by an editor)' : top?.attributionUncertain ? ' (attribution uncertain)' : '');
  if (v.exact) return `**Who said it:** ${who} (exact words)`;
  if (v.excerpt) return `**Who said it:** ${who} (your words are an exact part of a longer quote, shown in full below)`;
  return `**Closest real quote:** ${who} (${Math.round(v.coverage * 100)}% of your words are in it, in order; the differences are below)`;
}

function alternativesLine(a: Answer): string {
  const names = a.alternatives.slice(0, 5).map((s) => fitLine(speakerLine(s), 150));
  const more = a.alternatives.length > 5 ? ` and ${a.alternatives.length - 5} more` : '';
  return `**Other speakers with that name:** ${names.join('; ')}${more}. Add the full name or pick one with the speaker option.`;
}

function understoodLine(a: Answer): string {
  const u = a.understood;
  const parts: string[] = [];
  if (u.speaker) parts.push(`speaker “${oneLine(u.speaker.query)}”`);
  if (u.topic.length) parts.push(`about ${u.topic.join(', ')}`);
  if (u.time) parts.push(oneLine(u.time.text));
  if (u.quoted) parts.push(`the words “${oneLine(u.quoted)}”`);
  return parts.length ? `Understood: ${parts.join(' · ')}` : '';
}

function notFoundEmbed(a: Answer): APIEmbed {
  const understood = understoodLine(a);
  const text = [a.note ?? 'No quote in the index matches that question.', understood].filter(Boolean).join('\n');
  return {
    title: 'No quote found',
    description: fitEscaped(text, 1500).text,
    fields: [
      ...(a.speakers.length ? [{ name: 'Nearest speakers', value: joinLines(a.speakers.map(speakerItem), LIMITS.fieldValue) }] : []),
      // What the named speaker is on record about, to ask again with (words from quotes: escaped).
      ...(a.topics?.length ? [{ name: fitLine(`${a.understood.speaker?.resolved[0]?.name ?? 'The speaker'} is on record about`, 256), value: fitEscaped(a.topics.join(', '), 500).text }] : []),
    ],
    footer: { text: `Question: ${fitPlain(a.question, 200)} · ${Math.round(a.tookMs)} ms` },
    color: COLOURS.notFound,
  };
}

function speakersEmbed(a: Answer): APIEmbed {
  const topic = a.understood.topic.join(' ');
  return {
    title: fitLine(topic ? `Speakers on ${topic}` : 'Speakers', LIMITS.embedTitle),
    description: a.speakers.length ? joinLines(a.speakers.map(speakerItem), 3000) : fitEscaped(a.note ?? 'Nobody in the index speaks about that.', 1500).text,
    footer: { text: `${Math.round(a.tookMs)} ms` },
    color: COLOURS.found,
  };
}

function helpEmbed(a: Answer): APIEmbed {
  const examples = a.examples.map((e) => `• /quote question: ${escapeMarkdown(oneLine(e))}`);
  return {
    title: 'How to ask OnRecord',
    description: [
      'Ask for what someone said and get the exact quote, who said it (role and organisation), when and to whom, and the article.',
      '',
      '**/quote** `question` — e.g. what did Kirby say about Nusra; pick a `speaker` from the list to be sure of the person; answers are private unless you set `public` (Share posts one for the channel).',
      '**/quote-who** `text` — paste words to find who really said them and how your version differs.',
      '**/quote-add** `url` — add an article to the index.',
      'Or mention the bot with your question in any channel it can read.',
      ...(a.note ? ['', escapeMarkdown(a.note)] : []),
    ].join('\n'),
    fields: examples.length ? [{ name: 'Try', value: joinLines(examples, LIMITS.fieldValue) }] : [],
    color: COLOURS.help,
  };
}

function buttons(a: Answer, key: string, isPrivate: boolean, pageSize: number): DiscordPayload['components'] {
  const nav: APIButtonComponent[] = [];
  // The page size, not this page's length: the last page may be short.
  const size = Math.max(1, pageSize);
  const prev = a.offset > 0 ? encodeButton({ kind: 'more', key, offset: Math.max(0, a.offset - size) }) : undefined;
  if (prev) nav.push({ type: ComponentKind.Button, style: ButtonLook.Secondary, label: 'Previous', custom_id: prev });
  const next = a.hits.length && a.offset + a.hits.length < a.total ? encodeButton({ kind: 'more', key, offset: a.offset + a.hits.length }) : undefined;
  if (next) nav.push({ type: ComponentKind.Button, style: ButtonLook.Primary, label: 'More results', custom_id: next });
  const share = isPrivate && a.status !== 'help' ? encodeButton({ kind: 'share', key, offset: a.offset }) : undefined;
  if (share) nav.push({ type: ComponentKind.Button, style: ButtonLook.Success, label: 'Share', custom_id: share });
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

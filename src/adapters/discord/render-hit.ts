import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { QuoteHit, SourceView, SpeakerSummary, SpeakerView, Verification } from '../../core/answers/model.js';
import {
  WORDING,
  differencesOf,
  quoteNotices,
  quoteView,
  shownRanges,
  sourceLabel,
  speakerItemView,
  speakerLabel,
  type DifferencePart,
  type QuoteNotice,
  type SourceLabel,
  type SpeakerItemView,
  type SpeakerLabel,
} from '../../core/index.js';
import { LIMITS, escapeMarkdown, fitEscaped, fitLine, fitPlain, oneLine, safeUrl } from './text.js';

/** Embed colours: found, verification, nothing found, help. */
export const COLOURS = { found: 0x2b6cb0, verify: 0x6b46c1, notFound: 0xb7791f, help: 0x4a5568, error: 0xc53030 } as const;

/*
 * Discord markup for the pieces of an answer. What is shown and in which words comes from the core's answer
 * view (`answerView`, shared with Slack and the CLI); here it only becomes embeds and markdown within Discord's
 * limits.
 */

/** "John Kirby — State Department spokesman, State Department" (plain text, not yet escaped). */
export function speakerLine(s: SpeakerView | null): string {
  return labelText(speakerLabel(s));
}

/** A speaker label as plain text: "Name — role, organisation". */
export function labelText(label: SpeakerLabel | null): string {
  if (!label) return capitalise(WORDING.unidentified);
  return label.details.length ? `${label.name} — ${label.details.join(', ')}` : label.name;
}

/** The notices said beside a speaker, as plain text: " (attribution uncertain)". */
export function noticesNote(notices: QuoteNotice[]): string {
  return notices.map((n) => ` (${n.text})`).join('');
}

/** The embed title of a quote: its speaker, and its notices ("attribution uncertain") whatever the name's length. */
export function hitTitle(hit: QuoteHit): string {
  return titleOf(speakerLabel(hit.speaker), quoteNotices(hit));
}

function titleOf(label: SpeakerLabel | null, notices: QuoteNotice[]): string {
  const note = noticesNote(notices);
  return fitLine(labelText(label), LIMITS.embedTitle - note.length) + note;
}

/** One speaker in a list, with how many quotes and why it is listed. */
export function speakerItem(s: SpeakerSummary): string {
  return itemLine(speakerItemView(s));
}

/** A listed speaker of the answer view: "• Name — role (3 quotes · why)", escaped. */
export function itemLine(item: SpeakerItemView): string {
  const why = item.reason ? ` · ${escapeMarkdown(oneLine(item.reason))}` : '';
  return `• ${escapeMarkdown(oneLine(labelText(item.label)))} (${item.count}${why})`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lines joined until `max` would be passed; the rest is counted in a last line. */
export function joinLines(lines: string[], max: number): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const more = `…and ${lines.length - i} more`;
    const room = max - used - (out.length ? 1 : 0);
    if (line.length <= room && (i === lines.length - 1 || used + line.length + 1 + more.length + 1 <= max)) {
      out.push(line);
      used += line.length + (out.length > 1 ? 1 : 0);
    } else {
      if (used + more.length + 1 <= max) out.push(more);
      break;
    }
  }
  return out.join('\n') || '—';
}

/** "[Headline](url) · Outlet · 2016-10-20" with the headline escaped and the URL made safe. */
export function sourceLine(src: SourceView, max: number = LIMITS.fieldValue): string {
  return labelSourceLine(sourceLabel(src), max);
}

/** A source label of the answer view as a markdown line within `max`. */
export function labelSourceLine(src: SourceLabel, max: number = LIMITS.fieldValue): string {
  const url = safeUrl(src.url);
  const tail = [src.outlet, src.published, src.file].filter((t): t is string => !!t).map((t) => escapeMarkdown(oneLine(t)));
  const tailText = tail.length ? ` · ${tail.join(' · ')}` : '';
  const titleRaw = oneLine(src.title);
  const room = Math.max(20, max - tailText.length - (url ? url.length + 4 : 0));
  const title = fitEscaped(titleRaw, room).text;
  const line = url ? `[${title}](${url})${tailText}` : `${title}${tailText}`;
  return line.length <= max ? line : fitLine(`${titleRaw}${tailText ? ` · ${tail.join(' · ')}` : ''}`, max);
}

/** When, to whom and where, as the article tells it (plain text). */
export function whenLine(hit: QuoteHit): string | undefined {
  const parts = quoteView(hit).circumstances;
  return parts.length ? parts.join(' · ') : undefined;
}

/** The quote as shown: curly quotes for direct speech, a marker for reported speech. */
function quoteBody(hit: QuoteHit, max: number): { text: string; cut: boolean } {
  const q = quoteView(hit);
  const wrap = q.direct ? { open: '“', close: '”' } : { open: `*(${WORDING.reported})* `, close: '' };
  const room = max - wrap.open.length - wrap.close.length;
  const { text, cut } = fitEscaped(q.words, room);
  return { text: `${wrap.open}${text}${wrap.close}`, cut };
}

export interface HitEmbedOptions {
  /** Room for the quote in the description. */
  quoteMax: number;
  /** Position in the full result list (1-based) and the total, for the footer. */
  position: number;
  total: number;
  /** Extra footer text (timing). */
  footerExtra?: string;
  compact?: boolean;
}

/** One quote as an embed: speaker in the title, the quote, when/to whom, the source with outlet and date. */
export function hitEmbed(hit: QuoteHit, o: HitEmbedOptions): APIEmbed {
  const body = quoteBody(hit, o.quoteMax);
  const fields: APIEmbedField[] = [];
  const when = whenLine(hit);
  if (when) fields.push({ name: 'When', value: fitLine(when, LIMITS.fieldValue), inline: true });
  fields.push({ name: 'Source', value: sourceLine(hit.article), inline: !o.compact });
  if (!o.compact && hit.alsoIn.length) {
    fields.push({ name: 'Also in', value: joinLines(hit.alsoIn.map((s) => sourceLine(s, 300)), LIMITS.fieldValue) });
  }
  if (!o.compact && hit.matched.length) {
    fields.push({ name: 'Matched', value: fitLine(hit.matched.join(', '), 200), inline: true });
  }
  const url = safeUrl(hit.article.url);
  const footer = [`Result ${o.position} of ${o.total}`, hit.kind === 'indirect' ? 'reported speech' : undefined, body.cut ? 'quote shortened: Show context for all of it' : undefined, o.footerExtra]
    .filter(Boolean)
    .join(' · ');
  return {
    title: hitTitle(hit),
    ...(url ? { url } : {}),
    description: body.text,
    fields,
    footer: { text: fitPlain(footer, LIMITS.footer) },
    color: COLOURS.found,
  };
}

const LEGEND = `\n-# ~~struck~~: ${WORDING.legend.added} · __underlined__: ${WORDING.legend.removed}`;

/**
 * How pasted words differ from the real quote (the core's `differencesOf`): words the paste added, not in the
 * quote, are struck through; the quote's words the paste changed or left out are underlined; the quote's words
 * before or after the pasted part are plain (they are not differences).
 */
export function diffText(v: Verification, max: number = LIMITS.fieldValue): string {
  const parts = differencesOf(v);
  if (!parts) return v.exact ? 'Your words match the quote exactly.' : 'Your words are an exact part of the quote.';
  return differencesText(parts, max);
}

/** Marked differences of the answer view within `max`, with the legend. */
export function differencesText(diff: DifferencePart[], max: number = LIMITS.fieldValue): string {
  const room = max - LEGEND.length;
  let out = '';
  for (const part of diff) {
    const core = escapeMarkdown(oneLine(part.text));
    if (!core) continue;
    const piece = part.op === 'added' ? `~~${core}~~` : part.op === 'removed' ? `__${core}__` : core;
    const sep = out ? ' ' : '';
    if (out.length + sep.length + piece.length > room - 2) {
      out += `${sep}…`;
      break;
    }
    out += sep + piece;
  }
  return `${out.trim() || '—'}${LEGEND}`;
}

/**
 * The full quote inside its paragraph (the "Show context" view): the quote in bold within the escaped
 * paragraph when it fits (each half of a quotation shown whole), else the whole quote alone.
 */
export function contextEmbed(hit: QuoteHit): APIEmbed {
  const para = hit.context || hit.text;
  // A quotation shown whole (two halves around its attribution) is bolded half by half.
  const ranges = shownRanges(para, hit.text);
  let description: string;
  if (ranges) {
    let at = 0;
    description = '';
    for (const r of ranges) {
      description += `${escapeMarkdown(para.slice(at, r.start))}**${escapeMarkdown(para.slice(r.start, r.end))}**`;
      at = r.end;
    }
    description += escapeMarkdown(para.slice(at));
  } else {
    description = `${escapeMarkdown(para)}\n\n**${escapeMarkdown(hit.text)}**`;
  }
  if (description.length > LIMITS.embedDescription) description = fitEscaped(hit.text, LIMITS.embedDescription).text;
  const url = safeUrl(hit.article.url);
  const when = whenLine(hit);
  return {
    title: hitTitle(hit),
    ...(url ? { url } : {}),
    description,
    fields: [
      ...(when ? [{ name: 'When', value: fitLine(when, LIMITS.fieldValue), inline: true }] : []),
      { name: 'Source', value: sourceLine(hit.article), inline: true },
    ],
    footer: { text: 'Context: the paragraph the quote appears in' },
    color: COLOURS.found,
  };
}

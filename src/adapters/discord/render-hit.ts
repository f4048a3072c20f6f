import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { DiffPart, QuoteHit, SourceView, SpeakerSummary, SpeakerView, Verification } from '../../core/answers/model.js';
import { whenPhrase } from '../../core/index.js';
import { LIMITS, escapeMarkdown, fitEscaped, fitLine, fitPlain, oneLine, safeUrl } from './text.js';

/** Embed colours: found, verification, nothing found, help. */
export const COLOURS = { found: 0x2b6cb0, verify: 0x6b46c1, notFound: 0xb7791f, help: 0x4a5568, error: 0xc53030 } as const;

/** "John Kirby — State Department spokesman, State Department" (plain text, not yet escaped). */
export function speakerLine(s: SpeakerView | null): string {
  if (!s) return 'Speaker not identified';
  const about = [s.role, s.organisation && s.organisation !== s.role ? s.organisation : undefined].filter(Boolean).join(', ');
  return about ? `${s.name} — ${about}` : s.name;
}

/** The embed title of a quote: its speaker, and "attribution uncertain" when the extractor is unsure of it. */
export function hitTitle(hit: QuoteHit): string {
  const note = hit.corrected ? ' (speaker corrected by an editor)' : hit.attributionUncertain ? ' (attribution uncertain)' : '';
  return fitLine(speakerLine(hit.speaker), LIMITS.embedTitle - note.length) + note;
}

/** One speaker in a list, with how many quotes and why it is listed. */
export function speakerItem(s: SpeakerSummary): string {
  const why = s.reason ? ` · ${escapeMarkdown(oneLine(s.reason))}` : '';
  const n = s.quotes === 1 ? '1 quote' : `${s.quotes} quotes`;
  return `• ${escapeMarkdown(oneLine(speakerLine(s)))} (${n}${why})`;
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
  const url = safeUrl(src.url);
  const tail = [src.outlet, src.published?.slice(0, 10)].filter(Boolean).map((t) => escapeMarkdown(oneLine(t as string)));
  const tailText = tail.length ? ` · ${tail.join(' · ')}` : '';
  // A file path is shown by its name only: the server's folders are nobody's business in chat.
  const titleRaw = oneLine(src.title ?? src.url ?? src.path?.split(/[\\/]/).pop() ?? 'Untitled article');
  const room = Math.max(20, max - tailText.length - (url ? url.length + 4 : 0));
  const title = fitEscaped(titleRaw, room).text;
  const line = url ? `[${title}](${url})${tailText}` : `${title}${tailText}`;
  return line.length <= max ? line : fitLine(`${titleRaw}${tailText ? ` · ${tail.join(' · ')}` : ''}`, max);
}

/** When, to whom and where, as the article tells it (plain text). */
export function whenLine(hit: QuoteHit): string | undefined {
  const when = whenPhrase(hit.saidOn);
  const parts = [when, hit.audience ? `to ${hit.audience}` : undefined, hit.setting].filter(Boolean) as string[];
  return parts.length ? parts.join(' · ') : undefined;
}

/** The quote as shown: curly quotes for direct speech, a marker for reported speech. */
function quoteBody(hit: QuoteHit, max: number): { text: string; cut: boolean } {
  const wrap = hit.kind === 'direct' ? { open: '“', close: '”' } : { open: '*(reported)* ', close: '' };
  const room = max - wrap.open.length - wrap.close.length;
  const { text, cut } = fitEscaped(hit.text.trim(), room);
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

/**
 * How pasted words differ from the real quote (the core's `compareWords`): `added` parts are words the paste
 * added, not in the quote (struck through); `removed` parts are the quote's words the paste left out or changed
 * (underlined).
 */
export function diffText(v: Verification, max: number = LIMITS.fieldValue): string {
  if (v.exact) return 'Your words match the quote exactly.';
  const legend = '\n-# ~~struck~~: only in your text · __underlined__: what the quote actually says';
  const room = max - legend.length;
  let out = '';
  // Parts are runs of words; the core drops the spaces between runs, so they are joined with one here.
  for (const part of v.diff as DiffPart[]) {
    const core = escapeMarkdown(oneLine(part.text));
    if (!core) continue;
    const piece = part.op === 'same' ? core : part.op === 'added' ? `~~${core}~~` : `__${core}__`;
    const sep = out ? ' ' : '';
    if (out.length + sep.length + piece.length > room - 2) {
      out += `${sep}…`;
      break;
    }
    out += sep + piece;
  }
  return `${out.trim() || '—'}${legend}`;
}

/**
 * The full quote inside its paragraph (the "Show context" view): the quote in bold within the escaped
 * paragraph when it fits, else the whole quote alone.
 */
export function contextEmbed(hit: QuoteHit): APIEmbed {
  const para = hit.context || hit.text;
  const at = para.indexOf(hit.text);
  let description: string;
  if (at >= 0) {
    const before = escapeMarkdown(para.slice(0, at));
    const quote = escapeMarkdown(hit.text);
    const after = escapeMarkdown(para.slice(at + hit.text.length));
    description = `${before}**${quote}**${after}`;
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

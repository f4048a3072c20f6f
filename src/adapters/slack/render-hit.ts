import type { QuoteHit, SourceView, SpeakerSummary, SpeakerView, Verification } from '../../core/answers/model.js';
import { whenPhrase } from '../../core/index.js';
import { escapeMrkdwn, fitMrkdwn, mrkdwnLink, oneLine } from './mrkdwn.js';

/**
 * Pieces of an answer shared by the renderers: the quote, the speaker line, when/to whom, the source line and
 * the "who said" differences. Every function returns ESCAPED mrkdwn.
 */

/** "*John Kirby*, State Department spokesman, State Department" (or a plain note when unknown). */
export function speakerLine(s: SpeakerView | null, max = 400): string {
  const name = s ? fitMrkdwn(oneLine(s.name), 150).text : '';
  if (!s || !name) return '_speaker not identified_';
  const extra = [s.role, s.organisation].filter((x): x is string => !!x && x !== s.name).map((x) => fitMrkdwn(oneLine(x), 150).text);
  const line = [`*${name}*`, ...dedupe(extra)].join(', ');
  return line.length <= max ? line : `*${name}*`;
}

/** " · _attribution uncertain_" after the speaker of a quote the extractor is unsure of, else nothing. */
export function uncertainNote(hit: QuoteHit): string {
  if (hit.corrected) return ' · _speaker corrected by an editor_';
  return hit.attributionUncertain ? ' · _attribution uncertain_' : '';
}

/** A speaker in a list: name, role, organisation, quote count and why it is listed. */
export function speakerItem(s: SpeakerSummary): string {
  const n = s.quotes === 1 ? '1 quote' : `${s.quotes} quotes`;
  const why = s.reason ? ` (${fitMrkdwn(oneLine(s.reason), 120).text})` : '';
  return `• ${speakerLine(s, 300)} — ${n}${why}`;
}

/**
 * The quote itself as a block quote. Direct quotes carry quotation marks; reported speech does not, and says
 * so, because it is the reporter's wording, not the speaker's.
 */
export function quoteText(hit: QuoteHit, max: number): { text: string; cut: boolean } {
  const body = fitMrkdwn(oneLine(hit.text), max);
  const shown = hit.kind === 'direct' ? `“${body.text}”` : `_(reported)_ ${body.text}`;
  return { text: `>${shown}`, cut: body.cut };
}

/** When and to whom: "said September 20 (year unknown) · to lawmakers · in a statement" (the core's when phrase). */
export function whenLine(hit: QuoteHit): string {
  const parts: string[] = [];
  const when = whenPhrase(hit.saidOn);
  if (when) parts.push(`said ${escapeMrkdwn(cap(oneLine(when), 100))}`);
  if (hit.audience) parts.push(`to ${fitMrkdwn(oneLine(hit.audience), 150).text}`);
  if (hit.setting) parts.push(fitMrkdwn(oneLine(hit.setting), 150).text);
  return parts.join(' · ');
}

/** The article: title as a link, outlet and date; syndicated copies named after it. */
export function sourceLine(source: SourceView, alsoIn: SourceView[] = []): string {
  // A file path names the source only by its file name: the server's folders are nobody's business.
  const file = source.path ? source.path.split(/[\\/]/).pop() : undefined;
  const title = source.title ? oneLine(source.title) : (source.url ?? file ?? 'source article');
  const parts = [`:newspaper: ${mrkdwnLink(source.url, title, 200)}`];
  if (source.outlet) parts.push(fitMrkdwn(oneLine(source.outlet), 100).text);
  if (source.published) parts.push(escapeMrkdwn(cap(oneLine(source.published), 30)));
  if (!source.url && source.title && file) parts.push(fitMrkdwn(oneLine(file), 150).text);
  let line = parts.join(' · ');
  if (alsoIn.length) {
    const copies = alsoIn.slice(0, 3).map((s) => mrkdwnLink(s.url, s.outlet ?? s.title ?? s.url ?? 'copy', 80));
    line += ` · also in ${copies.join(', ')}${alsoIn.length > 3 ? ` and ${alsoIn.length - 3} more` : ''}`;
  }
  return line;
}

/**
 * How the pasted words differ from the real quote: words the paste adds are struck through, words of the
 * quote it leaves out are bold. Diff parts are words without punctuation, so the markers always sit at word
 * edges where mrkdwn honours them.
 */
export function diffText(v: Verification, max: number): string {
  const parts = v.diff.map((d) => {
    const t = escapeMrkdwn(oneLine(d.text).replace(/[*~_`]/g, ''));
    if (!t) return '';
    return d.op === 'same' ? t : d.op === 'added' ? `~${t}~` : `*${t}*`;
  });
  const legend = '\n_~struck~: in your words, not in the quote · *bold*: in the quote, missing from yours_';
  let body = parts.filter(Boolean).join(' ');
  if (body.length + legend.length > max) {
    // Cut between parts only, so no marker is left open.
    const kept: string[] = [];
    let size = 0;
    for (const p of parts.filter(Boolean)) {
      if (size + p.length + 1 + legend.length + 2 > max) break;
      kept.push(p);
      size += p.length + 1;
    }
    body = `${kept.join(' ')} …`;
  }
  return body + legend;
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

function cap(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n);
}

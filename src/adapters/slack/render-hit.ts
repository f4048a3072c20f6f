import type { QuoteHit, SourceView, SpeakerSummary, SpeakerView, Verification } from '../../core/answers/model.js';
import { WORDING, differencesOf, quoteNotices, quoteView, sourceLabel, speakerItemView, speakerLabel, type DifferencePart, type QuoteNotice, type SpeakerItemView, type SourceLabel, type SpeakerLabel } from '../../core/index.js';
import { escapeMrkdwn, fitMrkdwn, mrkdwnLink, oneLine } from './mrkdwn.js';

/**
 * Slack markup for the pieces of an answer. What is shown and in which words comes from the core's answer
 * view (`answerView`, shared with Discord and the CLI); here it only becomes mrkdwn within Block Kit's limits.
 * Every function returns ESCAPED mrkdwn.
 */

/** "*John Kirby*, State Department spokesman, State Department" (or a plain note when unknown). */
export function speakerLine(s: SpeakerView | null, max = 400): string {
  return labelLine(speakerLabel(s), max);
}

/** A speaker label as mrkdwn: the name in bold, then what they are; only the name when the rest does not fit. */
export function labelLine(label: SpeakerLabel | null, max = 400): string {
  const name = label ? fitMrkdwn(oneLine(label.name), 150).text : '';
  if (!label || !name) return `_${WORDING.unidentified}_`;
  const line = [`*${name}*`, ...label.details.map((x) => fitMrkdwn(oneLine(x), 150).text)].join(', ');
  return line.length <= max ? line : `*${name}*`;
}

/** " · _attribution uncertain_" after the speaker of a quote the extractor is unsure of, else nothing. */
export function uncertainNote(hit: QuoteHit): string {
  return noticesText(quoteNotices(hit));
}

/** The notices said beside a speaker (" · _attribution uncertain_"), or nothing. */
export function noticesText(notices: QuoteNotice[]): string {
  return notices.map((n) => ` · _${escapeMrkdwn(n.text)}_`).join('');
}

/** A speaker in a list: name, role, organisation, quote count and why it is listed. */
export function speakerItem(s: SpeakerSummary): string {
  return itemLine(speakerItemView(s));
}

/** A listed speaker of the answer view as mrkdwn: "• *Name*, role — 3 quotes (why)". */
export function itemLine(item: SpeakerItemView): string {
  const why = item.reason ? ` (${fitMrkdwn(oneLine(item.reason), 120).text})` : '';
  return `• ${labelLine(item.label, 300)} — ${item.count}${why}`;
}

/**
 * The quote itself as a block quote. Direct quotes carry quotation marks; reported speech does not, and says
 * so, because it is the reporter's wording, not the speaker's.
 */
export function quoteText(hit: QuoteHit, max: number): { text: string; cut: boolean } {
  const q = quoteView(hit);
  const body = fitMrkdwn(oneLine(q.words), max);
  const shown = q.direct ? `“${body.text}”` : `_(${WORDING.reported})_ ${body.text}`;
  return { text: `>${shown}`, cut: body.cut };
}

/** When and to whom: "said September 20 (year unknown) · to lawmakers · in a statement" (the core's when phrase). */
export function whenLine(hit: QuoteHit): string {
  const q = quoteView(hit);
  return q.circumstances.map((c, i) => (i === 0 && q.when === c ? `said ${fitMrkdwn(oneLine(c), 100).text}` : fitMrkdwn(oneLine(c), 150).text)).join(' · ');
}

/** The article: title as a link, outlet and date; syndicated copies named after it. */
export function sourceLine(source: SourceView, alsoIn: SourceView[] = []): string {
  return labelSourceLine(sourceLabel(source), alsoIn.map(sourceLabel));
}

/** A source label as mrkdwn: ":newspaper: <url|Title> · Outlet · 2023-11-08 · also in ...". */
export function labelSourceLine(src: SourceLabel, alsoIn: SourceLabel[] = []): string {
  const parts = [`:newspaper: ${mrkdwnLink(src.url, oneLine(src.title), 200)}`];
  if (src.outlet) parts.push(fitMrkdwn(oneLine(src.outlet), 100).text);
  if (src.published) parts.push(fitMrkdwn(oneLine(src.published), 30).text);
  if (src.file) parts.push(fitMrkdwn(oneLine(src.file), 150).text);
  let line = parts.join(' · ');
  if (alsoIn.length) {
    const copies = alsoIn.slice(0, 3).map((s) => mrkdwnLink(s.url, s.outlet ?? s.title, 80));
    line += ` · also in ${copies.join(', ')}${alsoIn.length > 3 ? ` and ${alsoIn.length - 3} more` : ''}`;
  }
  return line;
}

const LEGEND = `\n_~struck~: ${WORDING.legend.added} · *bold*: ${WORDING.legend.removed}_`;

/**
 * How the pasted words differ from the real quote (the core's `differencesOf`): words the paste adds are struck
 * through, words of the quote it changed or left out are bold; the quote's words before or after the pasted part
 * are plain. Empty when nothing differs. Diff parts are words without punctuation, so the markers always sit
 * at word edges where mrkdwn honours them.
 */
export function diffText(v: Verification, max: number): string {
  const parts = differencesOf(v);
  return parts ? differencesText(parts, max) : '';
}

/** Marked differences within `max`, with the legend. */
export function differencesText(diff: DifferencePart[], max: number): string {
  const parts = diff
    .map((d) => {
      const t = escapeMrkdwn(oneLine(d.text).replace(/[*~_`]/g, ''));
      if (!t) return '';
      return d.op === 'added' ? `~${t}~` : d.op === 'removed' ? `*${t}*` : t;
    })
    .filter(Boolean);
  let body = parts.join(' ');
  if (body.length + LEGEND.length > max) {
    // Cut between parts only, so no marker is left open.
    const kept: string[] = [];
    let size = 0;
    for (const p of parts) {
      if (size + p.length + 1 + LEGEND.length + 2 > max) break;
      kept.push(p);
      size += p.length + 1;
    }
    body = `${kept.join(' ')} …`;
  }
  return body + LEGEND;
}

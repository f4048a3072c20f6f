import type { Answer } from '../../core/answers/model.js';
import { WORDING, answerView, type AnswerView, type DifferencePart, type QuoteNotice, type QuoteView, type SourceLabel, type SpeakerItemView, type SpeakerLabel } from '../../core/index.js';
import { forTerminal } from './terminal.js';

/**
 * Plain-text rendering of an answer for a terminal: a few lines a person can read, with no control
 * character from an article or a question left to act on the terminal. What is shown, in which order and
 * words, is the core's answer view (shared with Slack and Discord); the terminal adds what only it shows: the
 * confidence of an uncertain attribution, the file path of a local article, the paragraph.
 */
export function renderText(answer: Answer): string {
  return forTerminal(answerLines(answer, answerView(answer)));
}

function labelText(label: SpeakerLabel | null): string {
  return label ? [label.name, ...label.details].join(', ') : WORDING.unidentified;
}

/** The notices beside a speaker; an uncertain attribution also gives the confidence on a terminal. */
function noticesText(notices: QuoteNotice[], confidence: number | undefined): string {
  return notices.map((n) => (n.kind === 'attribution-uncertain' && confidence !== undefined ? ` (${n.text}, confidence ${confidence.toFixed(2)})` : ` (${n.text})`)).join('');
}

function sourceText(src: SourceLabel, path: string | undefined): string {
  const parts = [src.title];
  if (src.outlet) parts.push(src.outlet);
  parts.push(src.published ?? 'date unknown');
  // A terminal is the operator's own machine: the full path helps find the file.
  if (src.url) parts.push(src.url);
  else if (path) parts.push(path);
  return parts.join(' · ');
}

function hitLines(answer: Answer, q: QuoteView, i: number): string[] {
  const hit = answer.hits[i]!;
  const lines = [
    `${q.position}. “${q.words}”${q.direct ? '' : ` (${WORDING.reported} speech)`}`,
    `   — ${labelText(q.speaker)}${noticesText(q.notices, hit.confidence)}${q.circumstances.length ? ` · ${q.circumstances.join(' · ')}` : ''}`,
    `   Source: ${sourceText(q.source, hit.article.path)}`,
    // The id an editor passes to `onrecord correct`.
    `   Quote id: ${hit.id}`,
  ];
  if (q.alsoIn.length) lines.push(`   Also in: ${q.alsoIn.map((a) => a.title).join('; ')}`);
  if (q.context && q.context.trim() !== q.words) lines.push(`   Paragraph: ${q.context.trim()}`);
  return lines;
}

function speakerList(list: SpeakerItemView[]): string {
  return list.map((s) => `${s.label.name}${s.label.details[0] ? ` (${s.label.details[0]})` : ''}`).join('; ');
}

/** Differences in plain text: +[only in your words] -[the quote's words you changed or left out]. */
function differencesText(diff: DifferencePart[]): string {
  return diff
    .filter((d) => d.op === 'added' || d.op === 'removed')
    .map((d) => (d.op === 'added' ? `+[${d.text}]` : `-[${d.text}]`))
    .join(' ');
}

function answerLines(answer: Answer, view: AnswerView): string {
  const out: string[] = [];
  if (view.help) {
    out.push('Ask about quotes on record, for example:');
    for (const e of view.help.examples) out.push(`  ${e}`);
    if (view.help.mostQuoted.length) out.push(`Most quoted: ${speakerList(view.help.mostQuoted)}`);
    return out.join('\n');
  }
  if (view.notFound) {
    out.push(`${WORDING.notFound}. ${view.notFound.note}`.trim());
    if (view.notFound.nearest.length) out.push(`Nearest speakers: ${speakerList(view.notFound.nearest)}`);
    if (view.notFound.topics) out.push(`${view.notFound.topics.speaker} is on record about: ${view.notFound.topics.topics.join(', ')}`);
    return out.join('\n');
  }
  if (view.verdict) {
    const v = view.verdict;
    const top = answer.hits[0];
    out.push(`${v.headline}: ${labelText(v.speaker)}${noticesText(v.notices, top?.confidence)}${v.kind === 'exact' ? `, ${v.summary}` : `. ${v.summary.charAt(0).toUpperCase()}${v.summary.slice(1)}`}.`);
    if (v.differences) out.push(`Differences: ${differencesText(v.differences)}`);
  }
  if (view.alternatives) out.push(`Also matching that name: ${speakerList(view.alternatives.speakers)}`);
  if (view.speakerList) {
    out.push(`Speakers on record about ${view.speakerList.topic}:`);
    for (const s of view.speakerList.speakers) out.push(`  ${s.label.name}${s.label.details[0] ? `, ${s.label.details[0]}` : ''}: ${s.reason ?? s.count}`);
    if (view.speakerList.note) out.push(view.speakerList.note);
    if (view.quotes.length) out.push('Their quotes:');
  }
  view.quotes.forEach((q, i) => out.push(...hitLines(answer, q, i)));
  if (view.paging.next !== undefined) out.push(`(${view.paging.total - view.paging.last} more; use --limit)`);
  if (view.note) out.push(view.note);
  return out.join('\n');
}

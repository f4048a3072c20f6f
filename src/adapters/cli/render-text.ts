import type { Answer, QuoteHit, SpeakerSummary } from '../../core/answers/model.js';
import { whenPhrase } from '../../core/index.js';
import { forTerminal } from './terminal.js';

function speakerLine(h: QuoteHit): string {
  if (!h.speaker) return 'speaker unknown';
  const extras = [h.speaker.role, h.speaker.organisation && !(h.speaker.role ?? '').includes(h.speaker.organisation) ? h.speaker.organisation : undefined].filter(Boolean);
  return [h.speaker.name, ...extras].join(', ') + (h.corrected ? ' (speaker corrected by an editor)' : uncertainNote(h));
}

/** Said beside the speaker when the extractor is unsure the quote is theirs (confidence under the threshold). */
function uncertainNote(h: QuoteHit): string {
  return h.attributionUncertain ? ` (attribution uncertain, confidence ${h.confidence.toFixed(2)})` : '';
}

function sourceLine(h: QuoteHit): string {
  const a = h.article;
  const parts = [a.title ?? '(untitled article)'];
  if (a.outlet) parts.push(a.outlet);
  parts.push(a.published ? a.published.slice(0, 10) : 'date unknown');
  if (a.url) parts.push(a.url);
  else if (a.path) parts.push(a.path);
  return parts.join(' · ');
}

function hitLines(h: QuoteHit, n: number): string[] {
  const said = [h.cue && h.audience ? `${h.cue} ${h.audience}` : h.audience ? `to ${h.audience}` : undefined, h.setting, whenPhrase(h.saidOn)].filter(Boolean);
  const lines = [
    `${n}. “${h.text.trim()}”${h.kind === 'indirect' ? ' (reported speech)' : ''}`,
    `   — ${speakerLine(h)}${said.length ? ` · ${said.join(' · ')}` : ''}`,
    `   Source: ${sourceLine(h)}`,
    `   Quote id: ${h.id}`,
  ];
  if (h.alsoIn.length) lines.push(`   Also in: ${h.alsoIn.map((a) => a.title ?? a.url ?? a.path ?? a.articleId).join('; ')}`);
  if (h.context && h.context.trim() !== h.text.trim()) lines.push(`   Paragraph: ${h.context.trim()}`);
  return lines;
}

function speakerList(list: SpeakerSummary[]): string {
  return list.map((s) => `${s.name}${s.role ? ` (${s.role})` : ''}`).join('; ');
}

/**
 * Plain-text rendering of an answer for a terminal: a few lines a person can read, with no control
 * character from an article or a question left to act on the terminal.
 */
export function renderText(answer: Answer): string {
  return forTerminal(answerLines(answer));
}

function answerLines(answer: Answer): string {
  const out: string[] = [];
  if (answer.status === 'help') {
    out.push('Ask about quotes on record, for example:');
    for (const e of answer.examples) out.push(`  ${e}`);
    if (answer.speakers.length) out.push(`Most quoted: ${speakerList(answer.speakers)}`);
    return out.join('\n');
  }
  if (answer.status === 'not_found') {
    out.push(`No quote found. ${answer.note ?? ''}`.trim());
    if (answer.speakers.length) out.push(`Nearest speakers: ${speakerList(answer.speakers)}`);
    if (answer.topics?.length) out.push(`${answer.understood.speaker?.resolved[0]?.name ?? 'The speaker'} is on record about: ${answer.topics.join(', ')}`);
    return out.join('\n');
  }
  if (answer.understood.intent === 'speakers') {
    out.push(`Speakers on record about ${answer.understood.topic.join(' ')}:`);
    for (const s of answer.speakers) out.push(`  ${s.name}${s.role ? `, ${s.role}` : ''}: ${s.reason ?? `${s.quotes} quotes`}`);
    return out.join('\n');
  }
  if (answer.verification) {
    const v = answer.verification;
    out.push(
      v.exact
        ? 'Verbatim match.'
        : v.excerpt
          ? 'Your words are an exact part of this longer quote.'
          : `Closest real quote (${Math.round(v.coverage * 100)}% of your words are in it, in order). Differences: ${v.diff.filter((d) => d.op !== 'same').map((d) => (d.op === 'added' ? `+[${d.text}]` : `-[${d.text}]`)).join(' ') || 'punctuation only'}`,
    );
  }
  answer.hits.forEach((h, i) => out.push(...hitLines(h, answer.offset + i + 1)));
  if (answer.alternatives.length) out.push(`Also matching that name: ${speakerList(answer.alternatives)}`);
  if (answer.total > answer.offset + answer.hits.length) out.push(`(${answer.total - answer.offset - answer.hits.length} more; use --limit)`);
  if (answer.note) out.push(answer.note);
  return out.join('\n');
}

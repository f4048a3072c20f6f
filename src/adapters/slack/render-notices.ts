import type { QuoteHit } from '../../core/answers/model.js';
import type { IngestResult } from '../../core/api.js';
import { WORDING, quoteView } from '../../core/index.js';
import { context, fallback, section, type SlackMessage } from './blocks.js';
import { fitMrkdwn, oneLine } from './mrkdwn.js';
import { labelLine, noticesText, sourceLine, whenLine } from './render-hit.js';

/**
 * The app's other messages: Show context, the result of adding an article, and short notices (refusals,
 * failures, expired buttons). Pure like `renderSlackAnswer`; every untrusted word escaped.
 */

/** "Show context": the whole quote and the paragraph around it. */
export function renderSlackContext(hit: QuoteHit): SlackMessage {
  const q = quoteView(hit);
  const quote = fitMrkdwn(oneLine(q.words), 1400);
  const shownQuote = q.direct ? `“${quote.text}”` : `_(${WORDING.reported})_ ${quote.text}`;
  const paragraph = fitMrkdwn(oneLine(q.context || q.words), 2400).text;
  const when = whenLine(hit);
  return {
    text: fallback(`Context for a quote by ${q.speaker ? oneLine(q.speaker.name) : 'an unidentified speaker'}`),
    blocks: [
      section(`*Quote* — ${labelLine(q.speaker)}${noticesText(q.notices)}\n>${shownQuote}`),
      section(`*In context*\n>${paragraph}`),
      context(...[when, sourceLine(hit.article, hit.alsoIn)].filter(Boolean)),
    ],
  };
}

/** What `/quote add` and auto-ingest answer: the headline, how many quotes, who speaks. */
export function renderSlackIngest(result: IngestResult): SlackMessage {
  const verb = result.status === 'added' ? 'Added' : result.status === 'updated' ? 'Updated' : 'Already indexed, unchanged';
  const title = fitMrkdwn(oneLine(result.title ?? result.source ?? result.articleId), 300).text;
  const n = result.quotes === 1 ? '1 quote' : `${result.quotes} quotes`;
  const speakers = result.speakers.slice(0, 15).map((s) => fitMrkdwn(oneLine(s), 120).text);
  const more = result.speakers.length > 15 ? ` and ${result.speakers.length - 15} more` : '';
  const who = speakers.length ? `\n*Speakers:* ${speakers.join(', ')}${more}` : '';
  return {
    text: fallback(`${verb}: ${oneLine(result.title ?? result.source ?? result.articleId)} (${n})`),
    blocks: [section(`:inbox_tray: *${verb}:* ${title}\n${n} found.${who}`)],
  };
}

/** A short notice; `text` is untrusted-safe (escaped here). */
export function renderSlackNotice(text: string, kind: 'info' | 'error' = 'info'): SlackMessage {
  const body = fitMrkdwn(text, 2800).text;
  return { text: fallback(text), blocks: [section(`${kind === 'error' ? ':warning: ' : ''}${body}`)] };
}

import { citationText, goneNote, type CitationTemplate, type QuoteHit } from '../../core/index.js';
import { context, fallback, section, type SlackBlock, type SlackMessage } from './blocks.js';
import { SLACK_LIMITS, escapeMrkdwn } from './mrkdwn.js';

/** Room inside one section for the code fence and the escaping of `&`, `<` and `>`. */
const FENCE = 8;

/**
 * A citation as Slack shows it: a code block, so nothing in it formats, links or pings, and it copies as the
 * plain text the core built. `&`, `<` and `>` are escaped (Slack shows them as typed); a backtick becomes an
 * apostrophe, since a run of them would close the block early.
 */
export function citationBlock(hit: QuoteHit, template: CitationTemplate): { block: SlackBlock; text: string } {
  let max = SLACK_LIMITS.sectionText - FENCE;
  for (;;) {
    const text = citationText(hit, template, { maxLength: max }).replace(/`/g, "'");
    const body = escapeMrkdwn(text);
    // Escaping grows the text; cut the citation further until the escaped block fits.
    if (body.length + FENCE <= SLACK_LIMITS.sectionText || max < 100) return { block: section(`\`\`\`${body}\`\`\``), text };
    max -= body.length + FENCE - SLACK_LIMITS.sectionText;
  }
}

/** The private Copy citation reply: one code block per quote shown, and a word on any quote gone since. */
export function renderSlackCitations(hits: QuoteHit[], template: CitationTemplate, gone: number): SlackMessage {
  const blocks: SlackBlock[] = [];
  const texts: string[] = [];
  for (const hit of hits) {
    const { block, text } = citationBlock(hit, template);
    blocks.push(block);
    texts.push(text);
  }
  const head = hits.length === 1 ? ':clipboard: *Citation*, ready to copy:' : `:clipboard: *Citations* of the ${hits.length} quotes shown, ready to copy:`;
  blocks.unshift(section(head));
  if (gone) blocks.push(context(goneNote(gone, 'cited')));
  return { text: fallback(`Citation: ${texts[0] ?? ''}`), blocks };
}

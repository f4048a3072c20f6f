import type { MessageVerification } from '../../core/index.js';
import type { Answer } from '../../core/answers/model.js';
import { capBlocks, context, fallback, section, type SlackBlock, type SlackMessage } from './blocks.js';
import { fitMrkdwn, oneLine } from './mrkdwn.js';
import { renderSlackAnswer } from './render.js';
import { renderSlackNotice } from './render-notices.js';

/** What renders the answers: the slash command's name and the page size, as for `/quote`. */
export interface SlackVerifyRenderOptions {
  command?: string;
  pageSize?: number;
}

const number = (n: number) => n.toLocaleString('en-US');

/** The block id of the buttons of passage N of several (`onrecord_passage_N`). */
export const PASSAGE_BLOCK = 'onrecord_passage_';

/** The passage number a button's block names, when it is one of several passages' buttons. */
export function passageOfBlock(blockId: string | undefined): number | undefined {
  const m = /^onrecord_passage_(\d{1,2})$/.exec(blockId ?? '');
  return m ? Number(m[1]) : undefined;
}

/**
 * "Verify quote" on a message, as one private Slack message: which words were checked, then each passage's
 * verification exactly as `/quote who said "..."` renders it (real words, speaker, source, differences, or not on
 * record), with its buttons. Several passages show their closest real quote each. Limits the answer hit (a huge
 * message, too many passages, a long passage) are said, not hidden.
 */
export function renderSlackVerification(v: MessageVerification, options: SlackVerifyRenderOptions = {}): SlackMessage {
  if (v.from === 'empty' || v.checks.length === 0) {
    return renderSlackNotice('That message has no words to check. Verify quote checks the words in quotation marks, or the whole message when it quotes nothing.');
  }
  const render = (a: Answer) => renderSlackAnswer(a, { command: options.command ?? '/quote', pageSize: options.pageSize ?? 3 });
  const several = v.checks.length > 1;
  const what = v.from === 'whole' ? 'the whole message (it quotes nothing longer than a word or two)' : several ? `the ${v.checks.length} quoted passages of the message` : 'the quoted words of the message';
  const blocks: SlackBlock[] = [context(`:mag: *Verify quote* · ${what}`)];
  // The limits first: a cut message must never lose the line that says what was left out.
  const notes = limitNotes(v);
  if (notes.length) blocks.push(context(...notes));
  v.checks.forEach((c, i) => {
    if (several) {
      blocks.push(section(`*${i + 1}.* “${fitMrkdwn(oneLine(c.passage), 500).text}”`));
      // One closest real quote per passage keeps every passage on screen; More results pages through the rest.
      // Its buttons' block says which passage they belong to: sharing one must not replace the others.
      const passage = `${PASSAGE_BLOCK}${i + 1}`;
      blocks.push(...render({ ...c.answer, hits: c.answer.hits.slice(0, 1) }).blocks.map((b) => (b.type === 'actions' ? { ...b, block_id: passage } : b)));
      if (i < v.checks.length - 1) blocks.push({ type: 'divider' });
    } else blocks.push(...render(c.answer).blocks);
  });
  return { text: fallbackText(v, render), blocks: capBlocks(blocks) };
}

/** The limits this check ran into, in words. */
function limitNotes(v: MessageVerification): string[] {
  const notes: string[] = [];
  if (v.truncated) notes.push(`:scissors: The message is long: only its first ${number(v.limits.maxChars)} characters were read.`);
  if (v.skipped > 0) notes.push(`:scissors: ${v.skipped} more quoted passage${v.skipped === 1 ? ' was' : 's were'} not checked (at most ${v.limits.maxPassages} per message).`);
  const cut = v.checks.flatMap((c, i) => (c.cut ? [v.checks.length > 1 ? String(i + 1) : 'the passage'] : []));
  if (cut.length) notes.push(`:scissors: Only the first ${number(v.limits.passageChars)} characters of ${cut.length === 1 && v.checks.length === 1 ? 'the passage' : `passage ${cut.join(', ')}`} were checked.`);
  return notes;
}

function fallbackText(v: MessageVerification, render: (a: Answer) => SlackMessage): string {
  if (v.checks.length === 1) return render(v.checks[0]!.answer).text;
  const found = v.checks.filter((c) => c.answer.status === 'found').length;
  return fallback(`Verify quote: ${v.checks.length} passages checked, ${found} on record.`);
}

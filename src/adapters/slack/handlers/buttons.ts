import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION, checkQuoteId, decodePage } from '../actions.js';
import { renderSlackAnswer } from '../render.js';
import { passageOfBlock } from '../render-verify.js';
import { renderSlackContext, renderSlackNotice } from '../render-notices.js';
import { goneNote } from '../../../core/index.js';
import { answerFields, askPage, forBolt, notSetUp, tenantOf, track, userText, withDeadline, type SlackDeps } from '../service.js';
import { decodeShown } from '../shown-value.js';
import { copyCitation } from './citation.js';

const EXPIRED = 'This button no longer works (the message is too old or was changed). Ask the question again.';
const NOTHING_LEFT = 'None of the quotes that answer showed is in the index any more (removed or changed since), so nothing was shared. Ask the question again.';

/**
 * The answer buttons. Each is acknowledged at once, then answered through the action's response_url:
 * - Share in channel: exactly the quotes shown, visible to the channel, naming who shared it; the private copy
 *   then says it was shared and loses its Share button;
 * - Copy citation: the newsroom's citation of each quote shown, privately (`citation.ts`);
 * - More results / Previous: the next or previous page, replacing a private answer (a private page for a
 *   channel answer);
 * - Show context: the whole quote and its paragraph, privately;
 * - Open article: a link button; only acknowledged.
 * Collections always come from the clicking workspace, never from the button.
 */
export function registerButtons(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION.share, async ({ ack, body, action, respond }) => {
    await ack();
    const tenant = tenantOf(deps, body.team?.id);
    const fail = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, ...forBolt(renderSlackNotice(text, 'error')) });
    if (!tenant) return void (await fail(notSetUp(body.team?.id)));
    await track(deps, 'share', { team: body.team?.id, user: body.user.id, channel: body.channel?.id }, async (note) => {
      const shown = decodeShown(action.value);
      if (!shown) return void (await fail(EXPIRED));
      // Exactly the quotes shown, read again with the clicking workspace's collections; never a fresh search.
      const { answer, gone } = await withDeadline(deps.answerTimeoutMs, () => deps.core.reshow(shown, { collections: tenant.read }));
      note({ ...answerFields(answer), gone });
      if (answer.status !== 'found') return void (await fail(NOTHING_LEFT));
      const view = { command: deps.command, pageSize: deps.pageSize };
      await respond({ response_type: 'in_channel', replace_original: false, ...forBolt(renderSlackAnswer(answer, { ...view, visibility: 'channel', sharedBy: body.user.id })) });
      // The private copy says it was shared, by whom, and offers no second Share.
      const notice = gone ? goneNote(gone, 'shared') : undefined;
      // One passage of several a Verify quote checked: replacing the private message would lose the others.
      const passage = passageOfBlock(action.block_id);
      if (isEphemeral(body) && passage) await respond({ response_type: 'ephemeral', replace_original: false, ...forBolt(renderSlackNotice(`Passage ${passage} was shared in the channel; the other passages stay in your private answer.${notice ? ` ${notice}` : ''}`)) });
      else if (isEphemeral(body)) await respond({ response_type: 'ephemeral', replace_original: true, ...forBolt(renderSlackAnswer(answer, { ...view, sharedInChannelBy: body.user.id, ...(notice ? { notice } : {}) })) });
      else if (notice) await fail(notice);
    }, (err) => fail(userText(err)));
  });

  app.action<BlockAction<ButtonAction>>(ACTION.cite, (args) => copyCitation(deps, args));

  // More results and Previous: the same page turn, forwards or back.
  const turnPage: Parameters<typeof app.action<BlockAction<ButtonAction>>>[1] = async ({ ack, body, action, respond }) => {
    await ack();
    const tenant = tenantOf(deps, body.team?.id);
    const replace = isEphemeral(body);
    const fail = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, ...forBolt(renderSlackNotice(text, 'error')) });
    if (!tenant) return void (await fail(notSetUp(body.team?.id)));
    await track(deps, 'more', { team: body.team?.id, user: body.user.id, channel: body.channel?.id }, async (note) => {
      const ref = decodePage(action.value);
      if (!ref) return void (await fail(EXPIRED));
      const answer = await askPage(deps, ref.q, tenant, ref.o);
      note(answerFields(answer));
      await respond({ response_type: 'ephemeral', replace_original: replace, ...forBolt(renderSlackAnswer(answer, { command: deps.command, pageSize: deps.pageSize })) });
    }, (err) => fail(userText(err)));
  };
  app.action<BlockAction<ButtonAction>>(ACTION.more, turnPage);
  app.action<BlockAction<ButtonAction>>(ACTION.prev, turnPage);

  app.action<BlockAction<ButtonAction>>(ACTION.context, async ({ ack, body, action, respond }) => {
    await ack();
    const tenant = tenantOf(deps, body.team?.id);
    const reply = (m: ReturnType<typeof renderSlackNotice>) => respond({ response_type: 'ephemeral', replace_original: false, ...forBolt(m) });
    if (!tenant) return void (await reply(renderSlackNotice(notSetUp(body.team?.id), 'error')));
    await track(deps, 'context', { team: body.team?.id, user: body.user.id, channel: body.channel?.id }, async (note) => {
      const id = checkQuoteId(action.value);
      if (!id) return void (await reply(renderSlackNotice(EXPIRED, 'error')));
      const hit = await deps.core.getQuote(id, { collections: tenant.read });
      note({ found: !!hit });
      await reply(hit ? renderSlackContext(hit) : renderSlackNotice('That quote is no longer in the index.', 'error'));
    }, (err) => reply(renderSlackNotice(userText(err), 'error')));
  });

  // Link buttons still send an action; acknowledging it keeps Slack from showing a warning.
  app.action(ACTION.open, async ({ ack }) => {
    await ack();
  });
}

/** Whether the clicked message is a private (ephemeral) one, which More results may replace. */
function isEphemeral(body: BlockAction): boolean {
  const container = (body as { container?: { is_ephemeral?: boolean } }).container;
  return container?.is_ephemeral === true;
}

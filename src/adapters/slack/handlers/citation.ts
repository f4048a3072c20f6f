import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { renderSlackCitations } from '../render-citation.js';
import { renderSlackNotice } from '../render-notices.js';
import { forBolt, notSetUp, tenantOf, track, userText, withDeadline, type SlackDeps } from '../service.js';
import { decodeShown } from '../shown-value.js';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * Copy citation: the citation of each quote the answer showed, in the newsroom's format (`CITATION_TEMPLATE`),
 * privately, each in a code block to copy. The quotes are read again with the clicking workspace's collections,
 * so a button copied into another workspace cites nothing.
 */
export async function copyCitation(deps: SlackDeps, { ack, body, action, respond }: ButtonArgs): Promise<void> {
  await ack();
  const tenant = tenantOf(deps, body.team?.id);
  const reply = (m: ReturnType<typeof renderSlackNotice>) => respond({ response_type: 'ephemeral', replace_original: false, ...forBolt(m) });
  if (!tenant) return void (await reply(renderSlackNotice(notSetUp(body.team?.id), 'error')));
  await track(deps, 'cite', { team: body.team?.id, user: body.user.id, channel: body.channel?.id }, async (note) => {
    const shown = decodeShown(action.value);
    if (!shown) return void (await reply(renderSlackNotice('This button no longer works (the message is too old or was changed). Ask the question again.', 'error')));
    const { answer, gone } = await withDeadline(deps.answerTimeoutMs, () => deps.core.reshow(shown, { collections: tenant.read }));
    note({ hits: answer.hits.length, gone });
    if (!answer.hits.length) return void (await reply(renderSlackNotice('The quotes that answer showed are no longer in the index, so there is nothing to cite. Ask the question again.', 'error')));
    await reply(renderSlackCitations(answer.hits, deps.citation, gone));
  }, (err) => reply(renderSlackNotice(userText(err), 'error')));
}

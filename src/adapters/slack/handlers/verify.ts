import type { App, MessageShortcut, RespondFn } from '@slack/bolt';
import type { MessageVerification } from '../../../core/index.js';
import { capBlocks, context as contextBlock, type SlackMessage } from '../blocks.js';
import { isOwnMessage, shortcutMessageText } from '../message-text.js';
import { renderSlackNotice } from '../render-notices.js';
import { renderSlackVerification } from '../render-verify.js';
import { forBolt, notSetUp, tenantOf, track, userText, withDeadline, type SlackDeps } from '../service.js';

/** The message shortcut's callback id, as declared in slack/manifest.yml. */
export const VERIFY_CALLBACK = 'onrecord_verify';

/** Slack's errors for a conversation the bot cannot post in (not a member, a DM between others, archived). */
const UNREACHABLE = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'restricted_action', 'cannot_dm_bot', 'user_not_in_channel']);

/**
 * "Verify quote" on any message: acknowledged at once, then the message's quoted passages (or its whole text)
 * are verified with the clicking workspace's collections (never anything from the payload) and answered
 * privately: through the shortcut's response_url, which reaches the user in any conversation, the bot's or not;
 * else with chat.postEphemeral; and when the bot cannot post in that conversation at all, in the app's direct
 * messages with the user, saying why. Reads only the message the payload carries: no history scope.
 */
export function registerVerifyShortcut(app: App, deps: SlackDeps): void {
  app.shortcut<MessageShortcut>({ callback_id: VERIFY_CALLBACK, type: 'message_action' }, async ({ ack, shortcut, respond, client, context }) => {
    await ack();
    const teamId = shortcut.team?.id ?? context.teamId;
    const send = privately(shortcut, respond, client);
    const tenant = tenantOf(deps, teamId);
    if (!tenant) return void (await send(renderSlackNotice(notSetUp(teamId), 'error')));
    await track(
      deps,
      'verify',
      { team: teamId, user: shortcut.user.id, channel: shortcut.channel?.id },
      async (note) => {
        const message = shortcut.message ?? {};
        if (isOwnMessage(message, { ...(context.botId ? { botId: context.botId } : {}), ...(context.botUserId ? { botUserId: context.botUserId } : {}) })) {
          note({ outcome: 'own_answer' });
          note({ via: await send(renderSlackNotice('That is an OnRecord answer: its quotes are shown as they are on record. Use Show context on it for the whole paragraph.')) });
          return;
        }
        note({ fromBot: Boolean(message.bot_id) });
        const text = shortcutMessageText(message, context.botUserId);
        const checked = await withDeadline(deps.answerTimeoutMs, (signal) => deps.core.verifyMessage(text, { collections: tenant.read, limit: deps.pageSize, signal }));
        note(verificationFields(checked));
        note({ via: await send(renderSlackVerification(checked, { command: deps.command, pageSize: deps.pageSize })) });
      },
      (err) => send(renderSlackNotice(userText(err), 'error')),
    );
  });
}

type Delivery = 'response_url' | 'ephemeral' | 'dm';

/** Sends a message only the clicking user sees, by the first way that reaches them. */
function privately(shortcut: MessageShortcut, respond: RespondFn | undefined, client: App['client']): (m: SlackMessage) => Promise<Delivery> {
  const user = shortcut.user.id;
  const channel = shortcut.channel?.id;
  return async (m) => {
    if (respond && shortcut.response_url) {
      try {
        await respond({ response_type: 'ephemeral', ...forBolt(m) });
        return 'response_url';
      } catch {
        // Expired or refused: try the Web API below.
      }
    }
    if (channel) {
      try {
        await client.chat.postEphemeral({ channel, user, ...forBolt(m) });
        return 'ephemeral';
      } catch (err) {
        if (!UNREACHABLE.has(slackError(err))) throw err;
      }
    }
    // A conversation the bot cannot post in: the app's DM with the user (the Messages tab), saying why.
    const why = contextBlock(':information_source: OnRecord cannot post in the conversation where you used Verify quote (it is not a member there), so the answer is here.');
    await client.chat.postMessage({ channel: user, ...forBolt({ text: m.text, blocks: capBlocks([why, ...m.blocks]) }) });
    return 'dm';
  };
}

function slackError(err: unknown): string {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : '';
}

/** What the request log says of a check (never the message's words). */
function verificationFields(v: MessageVerification): Record<string, string | number | boolean> {
  return {
    from: v.from,
    passages: v.checks.length,
    found: v.checks.filter((c) => c.answer.status === 'found').length,
    exact: v.checks.filter((c) => c.answer.verification?.exact).length,
    skipped: v.skipped,
    truncated: v.truncated,
    coreMs: Math.round(v.tookMs),
  };
}

import { answerFollow } from './follow.js';
import type { App } from '@slack/bolt';
import { readRequest } from '../incoming.js';
import { renderSlackAnswer } from '../render.js';
import { renderSlackIngest, renderSlackNotice } from '../render-notices.js';
import type { SlackMessage } from '../blocks.js';
import { answerFields, askHelp, askPage, forBolt, notSetUp, tenantOf, track, userText, type SlackDeps } from '../service.js';
import { addArticle, autoIngest } from './ingest.js';

/** The fields of a message-like event the handlers read. */
interface MessageLike {
  channel: string;
  ts: string;
  thread_ts?: string;
  user?: string;
  text?: string;
  subtype?: string;
  bot_id?: string;
  channel_type?: string;
}

/**
 * Mentions (`app_mention`) are answered in the thread of the message; direct messages (`message.im`, the App
 * Home messages tab) in the conversation, or in the thread when asked in one. Links posted in auto-ingest
 * channels are ingested. Events are acknowledged by Bolt before this runs; a retried delivery, or one message
 * arriving as both a mention and a DM, is answered once.
 */
export function registerMessages(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    const e = event as unknown as MessageLike;
    // Another bot mentioning this one is never a reporter's question (and two bots could loop).
    if (e.bot_id || e.subtype) return;
    if (!(await firstDelivery(deps, body.event_id, e, context.retryNum))) return;
    await answerMessage(deps, e, { teamId: body.team_id ?? context.teamId, botUserId: context.botUserId, client, kind: 'mention', thread: e.thread_ts ?? e.ts, retryNum: context.retryNum });
  });

  app.event('message', async ({ event, body, client, context }) => {
    const e = event as unknown as MessageLike;
    // Edits, joins, bot posts (ours included) and other subtypes are never questions.
    if (e.subtype || e.bot_id || !e.user || e.user === context.botUserId) return;
    const teamId = body.team_id ?? context.teamId;
    if (e.channel_type === 'im') {
      if (!(await firstDelivery(deps, body.event_id, e, context.retryNum))) return;
      await answerMessage(deps, e, { teamId, botUserId: context.botUserId, client, kind: 'dm', thread: e.thread_ts, retryNum: context.retryNum });
      return;
    }
    // Not keyed by message: a link posted with a mention is both answered and ingested.
    if (body.event_id && !(await deps.seen.first(`event:${body.event_id}`))) return;
    await autoIngest(deps, e, teamId, client);
  });
}

/**
 * True the first time a delivery is seen. Keyed by the message itself: Slack's retries repeat it, and a DM that
 * mentions the bot arrives twice (app_mention and message.im, two event ids) as the same message. One key, so
 * replicas racing for a delivery claim one thing and exactly one of them answers.
 */
async function firstDelivery(deps: SlackDeps, eventId: string | undefined, e: MessageLike, retryNum: number | undefined): Promise<boolean> {
  const key = e.channel && e.ts ? `message:${e.channel}:${e.ts}` : eventId ? `event:${eventId}` : undefined;
  if (!key || (await deps.seen.first(key))) return true;
  deps.logger.debug({ kind: 'duplicate', eventId, channel: e.channel, ts: e.ts, retryNum }, 'slack delivery already answered');
  return false;
}

interface Where {
  teamId: string | undefined;
  botUserId: string | undefined;
  client: App['client'];
  kind: 'mention' | 'dm';
  thread: string | undefined;
  retryNum: number | undefined;
}

async function answerMessage(deps: SlackDeps, e: MessageLike, where: Where): Promise<void> {
  const tenant = tenantOf(deps, where.teamId);
  const request = readRequest(e.text ?? '', where.botUserId, deps.command);
  const post = (m: SlackMessage) =>
    where.client.chat.postMessage({
      channel: e.channel,
      ...(where.thread ? { thread_ts: where.thread } : {}),
      // No link_names; forBolt turns previews of whatever an article links to off.
      ...forBolt(m),
    });
  // Refusals, misuse and failures go to the asker alone in a channel; in a DM everything is private anyway.
  const whisper = (m: SlackMessage) =>
    where.kind === 'mention' && e.user
      ? where.client.chat.postEphemeral({ channel: e.channel, user: e.user, ...(where.thread ? { thread_ts: where.thread } : {}), ...forBolt(m) })
      : post(m);
  if (!tenant) return void (await whisper(renderSlackNotice(notSetUp(where.teamId), 'error')));
  await track(
    deps,
    where.kind,
    { team: where.teamId, user: e.user, channel: e.channel, request: request.kind, retry: where.retryNum },
    async (note) => {
      switch (request.kind) {
        case 'invalid':
          await whisper(renderSlackNotice(request.message));
          return;
        case 'help': {
          const answer = await askHelp(deps, tenant);
          note(answerFields(answer));
          await post(renderSlackAnswer(answer, { visibility: 'channel', command: deps.command, pageSize: deps.pageSize, canAdd: deps.permission.open }));
          return;
        }
        case 'add': {
          const decision = await deps.permission.check(e.user, where.client);
          note({ allowed: decision.allowed });
          if (!decision.allowed) {
            await whisper(renderSlackNotice(decision.reason));
            return;
          }
          const result = await addArticle(deps, request.url, tenant.write);
          note({ ingest: result.status, quotes: result.quotes });
          await post(renderSlackIngest(result));
          return;
        }
        case 'follow':
        case 'unfollow':
        case 'following':
          await whisper(await answerFollow(deps, request, { teamId: where.teamId ?? '', channel: e.channel, user: e.user ?? '' }, tenant, note));
          return;
        case 'ask': {
          const answer = await askPage(deps, request.question, tenant);
          note(answerFields(answer));
          await post(renderSlackAnswer(answer, { visibility: 'channel', command: deps.command, pageSize: deps.pageSize }));
          return;
        }
      }
    },
    (err) => whisper(renderSlackNotice(userText(err), 'error')),
  );
}

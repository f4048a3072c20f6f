import type { App } from '@slack/bolt';
import { readRequest } from '../incoming.js';
import { renderSlackAnswer } from '../render.js';
import { renderSlackIngest, renderSlackNotice } from '../render-notices.js';
import { answerFields, askHelp, askPage, forBolt, notSetUp, tenantOf, track, userText, type SlackDeps } from '../service.js';
import { addArticle } from './ingest.js';
import { answerFollow } from './follow.js';

/**
 * `/quote`: acknowledged at once (Slack's 3 second deadline holds however slow the question), then answered
 * privately through `respond()` (the command's response_url): a question, help, or `add <link>`.
 */
export function registerCommand(app: App, deps: SlackDeps): void {
  app.command(deps.command, async ({ command, ack, respond, client, context }) => {
    await ack();
    const teamId = command.team_id ?? context.teamId;
    const tenant = tenantOf(deps, teamId);
    const request = readRequest(command.text ?? '', undefined, deps.command);
    const reply = (m: ReturnType<typeof renderSlackNotice>) => respond({ response_type: 'ephemeral', ...forBolt(m) });
    if (!tenant) return void (await reply(renderSlackNotice(notSetUp(teamId), 'error')));
    await track(
      deps,
      'command',
      { team: command.team_id, user: command.user_id, channel: command.channel_id, request: request.kind },
      async (note) => {
        switch (request.kind) {
          case 'invalid':
            await reply(renderSlackNotice(request.message));
            return;
          case 'help': {
            const answer = await askHelp(deps, tenant);
            note(answerFields(answer));
            await reply(renderSlackAnswer(answer, { command: deps.command, pageSize: deps.pageSize, canAdd: deps.permission.open }));
            return;
          }
          case 'add': {
            const decision = await deps.permission.check(command.user_id, client);
            note({ allowed: decision.allowed });
            if (!decision.allowed) {
              await reply(renderSlackNotice(decision.reason));
              return;
            }
            const result = await addArticle(deps, request.url, tenant.write);
            note({ ingest: result.status, quotes: result.quotes });
            await reply(renderSlackIngest(result));
            return;
          }
          case 'follow':
          case 'unfollow':
          case 'following':
            await reply(await answerFollow(deps, request, { teamId: teamId ?? '', channel: command.channel_id, user: command.user_id }, tenant, note));
            return;
          case 'ask': {
            const answer = await askPage(deps, request.question, tenant);
            note(answerFields(answer));
            await reply(renderSlackAnswer(answer, { command: deps.command, pageSize: deps.pageSize }));
            return;
          }
        }
      },
      (err) => reply(renderSlackNotice(userText(err), 'error')),
    );
  });
}

import type { Tenant } from '../../../config/tenancy.js';
import type { Request } from '../incoming.js';
import type { SlackMessage } from '../blocks.js';
import { renderSlackFollow, renderSlackFollowing, renderSlackUnfollow } from '../render-follows.js';
import type { LogFields, SlackDeps } from '../service.js';

/** Where a follow request was made: the workspace (tenant), the channel and who asked. */
export interface FollowPlace {
  teamId: string;
  channel: string;
  user: string;
}

/**
 * `follow`, `unfollow` and `following` from `/quote` or a mention: the core resolves the speaker in the
 * workspace's collections and keeps the follow in the store; this turns the outcome into a message.
 */
export async function answerFollow(
  deps: SlackDeps,
  request: Extract<Request, { kind: 'follow' | 'unfollow' | 'following' }>,
  place: FollowPlace,
  tenant: Tenant,
  note: (fields: LogFields) => void,
): Promise<SlackMessage> {
  const channel = { platform: 'slack', tenant: place.teamId, channel: place.channel };
  switch (request.kind) {
    case 'following':
      return renderSlackFollowing(await deps.core.following(channel), deps.command);
    case 'follow': {
      const outcome = await deps.core.follow({ ...channel, speaker: request.speaker, ...(request.topic ? { topic: request.topic } : {}), by: place.user, collections: tenant.read });
      note({ follow: outcome.status });
      return renderSlackFollow(outcome, deps.command);
    }
    case 'unfollow': {
      const outcome = await deps.core.unfollow({ ...channel, speaker: request.speaker, ...(request.topic ? { topic: request.topic } : {}), collections: tenant.read });
      note({ unfollow: outcome.status });
      return renderSlackUnfollow(outcome);
    }
  }
}

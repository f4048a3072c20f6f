import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { OnRecord } from '../../core/api.js';
import { resolveTenant, type TenantMap } from '../../config/tenancy.js';
import { startFollowLoop, type FollowLoop } from '../../process/follow-loop.js';
import type { SealedInstallationStore } from './installations.js';
import { renderSlackDigest } from './render-follows.js';
import { forBolt } from './service.js';

/** How often follows are delivered and how often one channel may get a digest. */
export interface FollowDeliveryOptions {
  /** ms between delivery passes; 0 turns delivery off in this process. */
  intervalMs: number;
  /** ms: at most one digest per channel this often. */
  channelGapMs: number;
}

/**
 * Delivers Slack follows: the core finds and claims the new quotes of each channel's follows; this posts the
 * digest with `chat.postMessage` (the workspace's own token in OAuth mode), without link names or unfurls, so
 * no quote can ping anyone or grow a preview card.
 */
export function startSlackFollows(
  o: { app: App; core: OnRecord; tenants: TenantMap; defaultCollection: string; botToken?: string; installations?: SealedInstallationStore; log: Logger } & FollowDeliveryOptions,
): FollowLoop {
  const tokenFor = async (teamId: string): Promise<string | undefined> => {
    if (o.botToken) return o.botToken;
    const inst = await o.installations?.fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false });
    return inst?.bot?.token;
  };
  return startFollowLoop(
    () =>
      o.core.deliverFollows({
        platform: 'slack',
        collectionsOf: (teamId) => resolveTenant(o.tenants, 'slack', teamId, o.defaultCollection)?.read,
        channelGapMs: o.channelGapMs,
        post: async (digest) => {
          const token = await tokenFor(digest.tenant);
          if (!token) throw new Error(`no installation for workspace ${digest.tenant}`);
          try {
            await o.app.client.chat.postMessage({ token, channel: digest.channel, ...forBolt(renderSlackDigest(digest)) });
          } catch (err) {
            o.log.warn({ kind: 'follows', team: digest.tenant, channel: digest.channel, error: (err as Error).message }, 'follow digest not posted (is the app in the channel?)');
            throw err;
          }
        },
      }),
    o.intervalMs,
    o.log,
  );
}

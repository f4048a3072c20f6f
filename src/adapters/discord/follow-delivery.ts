import { Routes, type Client } from 'discord.js';
import type { Logger } from 'pino';
import type { OnRecord } from '../../core/api.js';
import { resolveTenant, type TenantMap } from '../../config/tenancy.js';
import { startFollowLoop, type FollowLoop } from '../../process/follow-loop.js';
import { renderDiscordDigest } from './render-follows.js';

/** How often follows are delivered and how often one channel may get a digest. */
export interface FollowDeliveryOptions {
  /** ms between delivery passes; 0 turns delivery off in this process. */
  intervalMs: number;
  /** ms: at most one digest per channel this often. */
  channelGapMs: number;
}

/**
 * Delivers Discord follows: the core finds and claims each channel's new quotes; this posts the digest to the
 * channel over REST (no channel fetch or cache needed), with every mention switched off.
 */
export function startDiscordFollows(o: { client: Client; core: OnRecord; tenants: TenantMap; defaultCollection: string; log: Logger } & FollowDeliveryOptions): FollowLoop {
  return startFollowLoop(
    () =>
      o.core.deliverFollows({
        platform: 'discord',
        collectionsOf: (guildId) => resolveTenant(o.tenants, 'discord', guildId, o.defaultCollection)?.read,
        channelGapMs: o.channelGapMs,
        post: async (digest) => {
          const p = renderDiscordDigest(digest);
          try {
            await o.client.rest.post(Routes.channelMessages(digest.channel), {
              body: { ...(p.content ? { content: p.content } : {}), embeds: p.embeds, components: p.components, allowed_mentions: { parse: [] } },
            });
          } catch (err) {
            o.log.warn({ event: 'follows', guild: digest.tenant, channel: digest.channel, err: (err as Error).message }, 'follow digest not posted (can the bot send messages there?)');
            throw err;
          }
        },
      }),
    o.intervalMs,
    o.log,
  );
}

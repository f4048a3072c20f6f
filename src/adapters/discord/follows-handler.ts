import type { ChatInputCommandInteraction } from 'discord.js';
import type { Tenant } from '../../config/tenancy.js';
import type { Outcome } from './commands-handler.js';
import { userMessage, type BotContext } from './context.js';
import { renderDiscordFollow, renderDiscordFollowing, renderDiscordUnfollow } from './render-follows.js';
import { renderDiscordNotice } from './render.js';
import { respondInTime } from './respond.js';

/**
 * `/quote-follow add|remove|list`: the core resolves the speaker in the guild's collections and keeps the follow
 * in the store (the speaker option's autocomplete gives a speaker id, which resolves exactly); answers are
 * private, the digests later go to the channel.
 */
export async function handleFollow(ctx: BotContext, i: ChatInputCommandInteraction, tenant: Tenant): Promise<Outcome> {
  const channel = { platform: 'discord', tenant: i.guildId!, channel: i.channelId };
  const sub = i.options.getSubcommand(false) ?? 'list';
  let outcome: string = sub;
  const d = await respondInTime(
    i,
    async () => {
      if (sub === 'list') return renderDiscordFollowing(await ctx.core.following(channel));
      const speaker = await speakerName(ctx, i.options.getString('speaker', true), tenant.read);
      const topic = i.options.getString('topic') ?? undefined;
      if (sub === 'add') {
        const o = await ctx.core.follow({ ...channel, speaker, ...(topic ? { topic } : {}), by: i.user.id, collections: tenant.read });
        outcome = o.status;
        return renderDiscordFollow(o);
      }
      const o = await ctx.core.unfollow({ ...channel, speaker, ...(topic ? { topic } : {}), collections: tenant.read });
      outcome = o.status;
      return renderDiscordUnfollow(o);
    },
    { deferAfterMs: ctx.config.deferAfterMs, ephemeral: true, onError: (err) => renderDiscordNotice(userMessage(err), { private: true, error: true }) },
  );
  return { ...d, outcome };
}

/** Autocomplete gives a speaker id ("sergey-lavrov"): its name resolves exactly; typed text is used as typed. */
async function speakerName(ctx: BotContext, typed: string, collections: string[]): Promise<string> {
  const found = await ctx.core.suggestSpeakers(typed, { collections, limit: 25 });
  return found.find((s) => s.id === typed)?.name ?? typed;
}

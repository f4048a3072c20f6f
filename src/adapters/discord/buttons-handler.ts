import type { ButtonInteraction } from 'discord.js';
import { askPage, type Outcome } from './commands-handler.js';
import { refusal, userMessage, type BotContext } from './context.js';
import { openCorrection, undoCorrection } from './corrections-handler.js';
import { decodeButton } from './custom-id.js';
import { fitPayload } from './payload.js';
import { renderDiscordAnswer, renderDiscordContext, renderDiscordNotice } from './render.js';
import { respondInTime } from './respond.js';

const EXPIRED = 'This answer is too old to page or share. Ask the question again.';

/** Handles More results / Previous, Show context and Share. */
export async function handleButton(ctx: BotContext, i: ButtonInteraction): Promise<Outcome> {
  const action = decodeButton(i.customId);
  const tenant = ctx.tenantFor(i.guildId);
  if (!tenant) {
    await i.reply(renderDiscordNotice(refusal(i.guildId), { private: true, error: true }));
    return { deferred: false, outcome: 'refused_tenant' };
  }
  if (!action) {
    await i.reply(renderDiscordNotice('That button is not one of OnRecord’s.'));
    return { deferred: false, outcome: 'unknown_button' };
  }
  if (action.kind === 'fix') return openCorrection(ctx, i, action.quoteIds, tenant);
  if (action.kind === 'unfix') return undoCorrection(ctx, i, action.correctionId, tenant);
  const onError = (err: unknown) => renderDiscordNotice(userMessage(err), { private: true, error: true });
  const opts = { deferAfterMs: ctx.config.deferAfterMs, onError };

  if (action.kind === 'ctx') {
    const d = await respondInTime(
      i,
      async () => {
        // Re-checked against the clicker's collections: a button copied across guilds reveals nothing.
        const hit = await ctx.core.getQuote(action.quoteId, { collections: tenant.read });
        return hit ? renderDiscordContext(hit) : renderDiscordNotice('That quote is no longer in this server’s index.');
      },
      { ...opts, ephemeral: true },
    );
    return { ...d, outcome: 'context' };
  }

  const q = await ctx.memory.recall(action.key);
  if (!q || q.guildId !== i.guildId) {
    await i.reply(renderDiscordNotice(EXPIRED));
    return { deferred: false, outcome: 'expired' };
  }

  if (action.kind === 'ctx-at') {
    const d = await respondInTime(
      i,
      async () => {
        const hit = (await askPage(ctx, q, action.offset)).hits[action.index];
        return hit ? renderDiscordContext(hit) : renderDiscordNotice('That quote is no longer in this server’s index.');
      },
      { ...opts, ephemeral: true },
    );
    return { ...d, outcome: 'context' };
  }

  if (action.kind === 'share') {
    // Posts the private answer for everyone (the same question and page, asked again); only the asker may share it.
    if (i.user.id !== q.userId) {
      await i.reply(renderDiscordNotice('Only the person who asked can share this answer.'));
      return { deferred: false, outcome: 'forbidden' };
    }
    const d = await respondInTime(
      i,
      async () => {
        const shared = renderDiscordAnswer(await askPage(ctx, q, action.offset), { key: action.key, pageSize: ctx.pageSize });
        return fitPayload({ ...shared, content: [`Shared by <@${i.user.id}>`, shared.content].filter(Boolean).join('\n') });
      },
      { ...opts, ephemeral: false },
    );
    return { ...d, outcome: 'shared' };
  }

  // More results / Previous: the asker pages the message itself; anyone else gets the page privately.
  const own = i.user.id === q.userId;
  const d = await respondInTime(i, async () => renderDiscordAnswer(await askPage(ctx, q, action.offset), { key: action.key, private: own ? q.private : true, pageSize: ctx.pageSize }), {
    ...opts,
    ephemeral: !own || q.private,
    mode: own ? 'update' : 'reply',
  });
  return { ...d, outcome: `page_${action.offset}` };
}

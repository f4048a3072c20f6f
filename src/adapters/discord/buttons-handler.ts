import { ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIComponentInActionRow, type ButtonInteraction } from 'discord.js';
import { goneNote, verifyQuestion } from '../../core/index.js';
import { askPage, type Outcome } from './commands-handler.js';
import type { AskedQuestion } from './memory.js';
import { renderDiscordCitations } from './render-citation.js';
import { refusal, userMessage, type BotContext } from './context.js';
import { openCorrection, undoCorrection } from './corrections-handler.js';
import { decodeButton } from './custom-id.js';
import { fitPayload } from './payload.js';
import { renderDiscordAnswer, renderDiscordContext, renderDiscordNotice } from './render.js';
import { respondInTime } from './respond.js';

const EXPIRED = 'This answer is too old to page or share. Ask the question again.';
const NOTHING_LEFT = 'None of the quotes that answer showed is in this server’s index any more (removed or changed since), so nothing was shared. Ask the question again.';

/** Handles More results / Previous, Show context, Share and Copy citation. */
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

  if (action.kind === 'cite') {
    const d = await respondInTime(
      i,
      async () => {
        const record = await ctx.shown.resolve(action.shown, i.guildId);
        if (!record) return renderDiscordNotice(EXPIRED);
        // Re-read with the clicker's collections: a button copied to another guild cites nothing.
        const { answer, gone } = await ctx.core.reshow({ question: '', offset: 0, ...record }, { collections: tenant.read });
        return answer.hits.length ? renderDiscordCitations(answer.hits, ctx.citation, gone) : renderDiscordNotice('The quotes that answer showed are no longer in this server’s index, so there is nothing to cite.');
      },
      { ...opts, ephemeral: true },
    );
    return { ...d, outcome: 'cite' };
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

  if (action.kind === 'share') return share(ctx, i, q, action, tenant.read);

  // More results / Previous: the asker pages the message itself; anyone else gets the page privately.
  const own = i.user.id === q.userId;
  const page = async () => {
    const answer = await askPage(ctx, q, action.offset);
    const shown = await ctx.shown.tokenFor(answer, action.key, q.guildId);
    return renderDiscordAnswer(answer, { key: action.key, private: own ? q.private : true, pageSize: ctx.pageSize, ...(shown ? { shown } : {}) });
  };
  const d = await respondInTime(i, page, {
    ...opts,
    ephemeral: !own || q.private,
    mode: own ? 'update' : 'reply',
  });
  return { ...d, outcome: `page_${action.offset}` };
}

/**
 * Share: posts exactly the quotes the private answer showed (read again with the guild's collections, never a
 * fresh search) for everyone, then turns the private copy into "shared by" with no Share button. Only the asker
 * may share. The click is acknowledged as an update at once, so the two messages never race the deadline.
 */
async function share(ctx: BotContext, i: ButtonInteraction, q: AskedQuestion, action: { key: string; offset: number; shown?: string }, collections: string[]): Promise<Outcome> {
  if (i.user.id !== q.userId) {
    await i.reply(renderDiscordNotice('Only the person who asked can share this answer.'));
    return { deferred: false, outcome: 'forbidden' };
  }
  const record = action.shown ? await ctx.shown.resolve(action.shown, i.guildId) : undefined;
  if (!record) {
    await i.reply(renderDiscordNotice(EXPIRED));
    return { deferred: false, outcome: 'expired' };
  }
  await i.deferUpdate();
  try {
    const question = q.kind === 'verify' ? verifyQuestion(q.question) : q.question;
    const { answer, gone } = await ctx.core.reshow({ question, offset: action.offset, ...record }, { collections });
    if (!answer.hits.length) {
      await i.followUp(renderDiscordNotice(NOTHING_LEFT));
      return { deferred: true, outcome: 'share_gone' };
    }
    const view = { key: action.key, pageSize: ctx.pageSize, shown: action.shown! };
    const shared = renderDiscordAnswer(answer, view);
    const notice = gone ? goneNote(gone, 'shared') : undefined;
    const { flags: _private, ...privateCopy } = renderDiscordAnswer(answer, { ...view, private: true, sharedBy: i.user.id, ...(notice ? { notice } : {}) });
    await i.followUp(fitPayload({ ...shared, content: [`Shared by <@${i.user.id}>`, shared.content].filter(Boolean).join('\n') }));
    // One passage of several a "Verify quote" checked: the others stay on screen; only this Share is spent.
    if (q.passage) await i.editReply({ components: spentShare(i, `Shared ${q.passage}`) });
    else await i.editReply(privateCopy);
    return { deferred: true, outcome: gone ? 'shared_partly' : 'shared' };
  } catch (err) {
    await i.followUp(renderDiscordNotice(userMessage(err), { private: true, error: true })).catch(() => undefined);
    throw err;
  }
}

/** The clicked message's buttons with the clicked Share turned into a disabled "Shared" label. */
function spentShare(i: ButtonInteraction, label: string): APIActionRowComponent<APIButtonComponent>[] {
  return i.message.components.flatMap((row) => {
    const json = row.toJSON() as APIActionRowComponent<APIComponentInActionRow>;
    if (json.type !== ComponentType.ActionRow) return [];
    const buttons = json.components.filter((c): c is APIButtonComponent => c.type === ComponentType.Button);
    return [{ ...json, components: buttons.map((b) => ('custom_id' in b && b.custom_id === i.customId ? { ...b, label, disabled: true } : b)) }];
  });
}

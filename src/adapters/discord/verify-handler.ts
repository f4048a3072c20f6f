import type { MessageContextMenuCommandInteraction } from 'discord.js';
import type { MessageVerification } from '../../core/index.js';
import { MENU } from './commands.js';
import type { Outcome } from './commands-handler.js';
import { refusal, userMessage, type BotContext } from './context.js';
import { targetMessageText } from './message-text.js';
import { renderDiscordNotice } from './render.js';
import { passageAnswer, renderDiscordVerification, type PassageButtons } from './render-verify.js';
import type { AskedQuestion } from './memory.js';
import type { Answer } from '../../core/answers/model.js';
import { respondInTime } from './respond.js';

/**
 * "Verify quote" (right-click a message > Apps): the message's quoted passages, or its whole text, verified with
 * the guild's collections (tenancy, never anything from the message) and answered ephemerally. The interaction
 * carries the target message with its content, so this needs no Message Content intent. A single passage's
 * answer keeps the usual buttons (More results, Share, Show context), remembered like a `/quote-who` question;
 * several passages get a row each (Share, Copy citation, Wrong speaker? of that passage's closest quote).
 */
export async function handleVerifyMessage(ctx: BotContext, i: MessageContextMenuCommandInteraction): Promise<Outcome> {
  const tenant = ctx.tenantFor(i.guildId);
  if (!tenant) {
    await i.reply(renderDiscordNotice(refusal(i.guildId), { private: true, error: Boolean(i.guildId) }));
    return { deferred: false, outcome: i.guildId ? 'refused_tenant' : 'refused_dm' };
  }
  if (i.commandName !== MENU.verify) {
    await i.reply(renderDiscordNotice('Unknown command: redeploy the commands (npm run discord:deploy-commands).'));
    return { deferred: false, outcome: 'unknown_command' };
  }
  const target = i.targetMessage;
  if (target.author.id === i.client.user.id) {
    await i.reply(renderDiscordNotice('That is an OnRecord answer: its quotes are shown as they are on record. Use Show context on it for the whole paragraph.'));
    return { deferred: false, outcome: 'own_answer' };
  }
  let outcome = 'error';
  const d = await respondInTime(
    i,
    async () => {
      const checked = await ctx.core.verifyMessage(targetMessageText(target), { collections: tenant.read, limit: ctx.pageSize, signal: AbortSignal.timeout(ctx.workTimeoutMs) });
      outcome = outcomeOf(checked);
      const only = checked.checks.length === 1 ? checked.checks[0] : undefined;
      const asked = (question: string, passage?: number) => ({ kind: 'verify' as const, question, guildId: i.guildId!, userId: i.user.id, private: true, ...(passage ? { passage } : {}) });
      // One passage: remembered as a `/quote-who` question, so its buttons page and share it.
      const key = only ? await ctx.memory.remember(asked(only.passage)) : undefined;
      // Several: each found passage remembered too, so its row shares and cites exactly its closest quote.
      const passages = only ? undefined : await Promise.all(checked.checks.map((c, n) => (c.answer.hits.length ? rememberPassage(ctx, i.guildId!, c.answer, asked(c.passage, n + 1)) : undefined)));
      return renderDiscordVerification(checked, { pageSize: ctx.pageSize, ...(key ? { key } : {}), ...(passages ? { passages } : {}) });
    },
    { deferAfterMs: ctx.config.deferAfterMs, ephemeral: true, onError: (err) => renderDiscordNotice(userMessage(err), { private: true, error: true }) },
  );
  return { ...d, outcome };
}

async function rememberPassage(ctx: BotContext, guildId: string, answer: Answer, q: AskedQuestion): Promise<PassageButtons> {
  const key = await ctx.memory.remember(q);
  const shown = await ctx.shown.tokenFor(passageAnswer(answer), key, guildId);
  return { key, ...(shown ? { shown } : {}) };
}

/** The interaction's log outcome (never the message's words). */
function outcomeOf(v: MessageVerification): string {
  if (v.from === 'empty') return 'empty';
  const found = v.checks.filter((c) => c.answer.status === 'found').length;
  return `${v.from}:${v.checks.length}_passages:${found}_found${v.truncated ? ':truncated' : ''}`;
}

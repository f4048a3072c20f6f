import type { Message } from 'discord.js';
import { askPage, type Outcome } from './commands-handler.js';
import { MAX_QUESTION, withoutCommandWord } from './commands.js';
import { logError, mayAdd, refusal, userMessage, type BotContext } from './context.js';
import type { AskedQuestion } from './memory.js';
import { renderDiscordAnswer, renderDiscordNotice } from './render.js';

/** Reactions left on an auto-ingested link. */
export const REACTION = { added: '✅', unchanged: '♻️', failed: '⚠️' } as const;

/** At most this many links are taken from one message (a pasted list of 200 links is not a request). */
const MAX_LINKS = 3;

/**
 * The question in a mention: the message with every mention of the bot (user or its own role) removed, and a
 * command word typed in front ("@OnRecord !quote what did...").
 */
export function mentionQuestion(content: string, botId: string, botRoleId?: string): string {
  const role = botRoleId ? `|<@&${botRoleId}>` : '';
  return withoutCommandWord(content.replace(new RegExp(`<@!?${botId}>${role}`, 'g'), ' ').replace(/\s+/g, ' ').trim());
}

/** http(s) links in a message, without the `<...>` Discord uses to suppress previews. */
export function linksIn(content: string): string[] {
  const found = content.match(/https?:\/\/[^\s<>"'`]+/g) ?? [];
  return [...new Set(found.map((u) => u.replace(/[)>.,;:!?]+$/, '')))].slice(0, MAX_LINKS);
}

/**
 * A message: a mention of the bot is a question, answered as a reply (in a thread, in the thread); a link
 * posted in an auto-ingest channel is ingested and marked with a reaction. Anything else is ignored.
 * Returns undefined for messages that are none of the bot's business (not logged).
 */
export async function handleMessage(ctx: BotContext, m: Message, botId: string): Promise<Outcome | undefined> {
  if (m.author.bot || m.webhookId || !m.inGuild()) return undefined;
  const tenant = ctx.tenantFor(m.guildId);
  // Discord's composer often offers the bot's managed role for "@OnRecord": that counts as a mention too.
  const botRoleId = m.guild?.roles.botRoleFor(botId)?.id;
  const mentioned = m.mentions.users.has(botId) || (botRoleId !== undefined && m.mentions.roles.has(botRoleId));
  if (!tenant) {
    // A server the tenancy configuration does not cover: a mention is told so; links are left alone.
    if (!mentioned) return undefined;
    await m.reply(renderDiscordNotice(refusal(m.guildId), { error: true }));
    return { deferred: false, outcome: 'refused_tenant' };
  }
  if (mentioned) {
    const question = mentionQuestion(m.content, botId, botRoleId).slice(0, MAX_QUESTION);
    if (!question) {
      const help = await ctx.core.help({ collections: tenant.read });
      await m.reply(renderDiscordAnswer(help, { buttons: false }));
      return { deferred: false, outcome: 'help' };
    }
    const q: AskedQuestion = { kind: 'ask', question, guildId: m.guildId, userId: m.author.id, private: false };
    const key = await ctx.memory.remember(q);
    // A message has no 3 second deadline, but a typing indicator shows the question was heard.
    const typing = setTimeout(() => void m.channel.sendTyping().catch(() => undefined), ctx.config.deferAfterMs);
    try {
      const answer = await askPage(ctx, q, 0);
      const shown = await ctx.shown.tokenFor(answer, key, q.guildId);
      await m.reply(renderDiscordAnswer(answer, { key, pageSize: ctx.pageSize, ...(shown ? { shown } : {}) }));
      return { deferred: false, outcome: answer.status };
    } catch (err) {
      await m.reply(renderDiscordNotice(userMessage(err), { error: true })).catch(() => undefined);
      throw err;
    } finally {
      clearTimeout(typing);
    }
  }
  const channel = m.channel.isThread() ? (m.channel.parentId ?? m.channelId) : m.channelId;
  if (!ctx.config.autoIngestChannels.includes(m.channelId) && !ctx.config.autoIngestChannels.includes(channel)) return undefined;
  const links = linksIn(m.content);
  if (!links.length) return undefined;
  if (!mayAdd(ctx.config, m.member ? [...m.member.roles.cache.keys()] : [])) return { deferred: false, outcome: 'forbidden' };
  let added = 0;
  for (const url of links) {
    try {
      const r = await ctx.core.ingestUrl(url, { collection: tenant.write, signal: AbortSignal.timeout(ctx.workTimeoutMs) });
      if (r.status !== 'unchanged') added++;
      await m.react(r.status === 'unchanged' ? REACTION.unchanged : REACTION.added);
    } catch (err) {
      ctx.logger.warn({ event: 'auto_ingest_failed', guild: m.guildId, channel: m.channelId, url, ...logError(err) }, 'auto-ingest failed');
      await m.react(REACTION.failed).catch(() => undefined);
    }
  }
  return { deferred: false, outcome: `ingested_${added}_of_${links.length}` };
}

import type { AutocompleteInteraction, ChatInputCommandInteraction, GuildMember } from 'discord.js';
import type { Answer } from '../../core/answers/model.js';
import { COMMAND, MAX_PASTED, MAX_QUESTION, MAX_URL, withoutCommandWord } from './commands.js';
import { logError, mayAdd, refusal, userMessage, type BotContext } from './context.js';
import type { AskedQuestion } from './memory.js';
import { renderDiscordAnswer, renderDiscordIngest, renderDiscordNotice } from './render.js';
import { respondInTime, type Delivery } from './respond.js';
import { handleFollow } from './follows-handler.js';
import { speakerLine } from './render-hit.js';
import { LIMITS, fitPlain, oneLine } from './text.js';

/** What a handler reports for the interaction's log line. */
export type Outcome = Delivery & { outcome: string };

/** Roles of the member behind an interaction (a raw API member carries ids, a cached one a manager). */
export function memberRoles(member: ChatInputCommandInteraction['member']): string[] {
  if (!member) return [];
  const roles = (member as GuildMember).roles;
  if (Array.isArray(roles)) return roles as string[];
  return roles && 'cache' in roles ? [...roles.cache.keys()] : [];
}

/** Asks (or verifies) one remembered question at one page, with the asker's collections. */
export function askPage(ctx: BotContext, q: AskedQuestion, offset: number): Promise<Answer> {
  const tenant = ctx.tenantFor(q.guildId);
  const options = {
    collections: tenant?.read ?? [],
    limit: ctx.pageSize,
    offset,
    signal: AbortSignal.timeout(ctx.workTimeoutMs),
    ...(q.speakerId ? { speakerId: q.speakerId } : {}),
  };
  return q.kind === 'verify' ? ctx.core.verify(q.question, options) : ctx.core.ask(q.question, options);
}

/** Routes a slash command. */
export async function handleCommand(ctx: BotContext, i: ChatInputCommandInteraction): Promise<Outcome> {
  const tenant = ctx.tenantFor(i.guildId);
  if (!tenant) {
    await i.reply(renderDiscordNotice(refusal(i.guildId), { private: true, error: Boolean(i.guildId) }));
    return { deferred: false, outcome: i.guildId ? 'refused_tenant' : 'refused_dm' };
  }
  const onError = (err: unknown) => renderDiscordNotice(userMessage(err), { private: true, error: true });
  switch (i.commandName) {
    case COMMAND.quote:
    case COMMAND.who: {
      const isWho = i.commandName === COMMAND.who;
      const question = isWho ? i.options.getString('text', true).trim() : withoutCommandWord(i.options.getString('question', true));
      // Private unless asked otherwise: a question can give away a story in progress.
      const isPrivate = !(i.options.getBoolean('public') ?? false);
      if (!question || question.length > (isWho ? MAX_PASTED : MAX_QUESTION)) {
        await i.reply(renderDiscordNotice(`Ask with 1 to ${isWho ? MAX_PASTED : MAX_QUESTION} characters.`));
        return { deferred: false, outcome: 'bad_input' };
      }
      const typed = isWho ? null : i.options.getString('speaker');
      let status = 'error';
      const d = await respondInTime(
        i,
        async () => {
          // Resolving the picked speaker is part of the timed work: a slow index must not miss the deadline.
          const speakerId = typed ? await pickedSpeaker(ctx, typed, tenant.read) : undefined;
          if (typed && !speakerId) {
            status = 'unknown_speaker';
            return renderDiscordNotice(`No speaker in the index is “${oneLine(typed)}”. Pick a name from the list the speaker option offers, or leave it empty.`);
          }
          const q: AskedQuestion = { kind: isWho ? 'verify' : 'ask', question, guildId: i.guildId!, userId: i.user.id, private: isPrivate, ...(speakerId ? { speakerId } : {}) };
          const key = await ctx.memory.remember(q);
          const answer = await askPage(ctx, q, 0);
          status = answer.status;
          const shown = await ctx.shown.tokenFor(answer, key, q.guildId);
          return renderDiscordAnswer(answer, { key, private: isPrivate, pageSize: ctx.pageSize, ...(shown ? { shown } : {}) });
        },
        { deferAfterMs: ctx.config.deferAfterMs, ephemeral: isPrivate, onError },
      );
      return { ...d, outcome: status };
    }
    case COMMAND.help: {
      const d = await respondInTime(i, async () => renderDiscordAnswer(await ctx.core.help({ collections: tenant.read, signal: AbortSignal.timeout(ctx.workTimeoutMs) }), { private: true }), {
        deferAfterMs: ctx.config.deferAfterMs,
        ephemeral: true,
        onError,
      });
      return { ...d, outcome: 'help' };
    }
    case COMMAND.add:
      return handleAdd(ctx, i, tenant.write);
    case COMMAND.follow:
      return handleFollow(ctx, i, tenant);
    default:
      await i.reply(renderDiscordNotice('Unknown command: redeploy the commands (npm run discord:deploy-commands).'));
      return { deferred: false, outcome: 'unknown_command' };
  }
}

async function handleAdd(ctx: BotContext, i: ChatInputCommandInteraction, collection: string): Promise<Outcome> {
  if (!mayAdd(ctx.config, memberRoles(i.member))) {
    await i.reply(renderDiscordNotice('Adding articles is limited to certain roles in this server.'));
    return { deferred: false, outcome: 'forbidden' };
  }
  const url = i.options.getString('url', true).trim();
  if (!isHttpUrl(url)) {
    await i.reply(renderDiscordNotice(`Give a full http:// or https:// link (at most ${MAX_URL} characters).`));
    return { deferred: false, outcome: 'bad_input' };
  }
  // Fetching a page routinely takes longer than 3 s: always defer, privately (what a newsroom adds is its business).
  await i.deferReply({ flags: 64 });
  try {
    const result = await ctx.core.ingestUrl(url, { collection, signal: AbortSignal.timeout(ctx.workTimeoutMs) });
    await i.editReply(withoutFlags(renderDiscordIngest(result)));
    return { deferred: true, outcome: result.status };
  } catch (err) {
    // The core stops an ingest at its deadline (worker thread terminated): say it was a page, not a question.
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    await i.editReply(withoutFlags(renderDiscordNotice(timedOut ? 'That page took too long to fetch and process, so it was stopped and not added.' : userMessage(err), { error: true })));
    throw err;
  }
}

/** Autocomplete for the speaker option: up to 25 fuzzy matches, answered well inside the deadline. */
export async function handleAutocomplete(ctx: BotContext, i: AutocompleteInteraction): Promise<Outcome> {
  const tenant = ctx.tenantFor(i.guildId);
  const focused = i.options.getFocused(true);
  if (!tenant || focused.name !== 'speaker') {
    await i.respond([]);
    return { deferred: false, outcome: 'empty' };
  }
  const prefix = String(focused.value).slice(0, 100);
  // Autocomplete cannot be deferred: whatever is not ready in time is answered with no choices.
  const speakers = await Promise.race([
    ctx.core.suggestSpeakers(prefix, { collections: tenant.read, limit: LIMITS.choices }),
    new Promise<[]>((resolve) => setTimeout(() => resolve([]), 2000).unref()),
  ]).catch((err: unknown) => {
    // An empty list beats Discord's "loading options failed"; the failure is still logged.
    ctx.logger.warn({ event: 'autocomplete_failed', ...logError(err) }, 'speaker suggestions failed');
    return [];
  });
  const choices = speakers
    .filter((s) => s.id.length <= LIMITS.choiceValue)
    .slice(0, LIMITS.choices)
    .map((s) => ({ name: fitPlain(`${speakerLine(s)} (${s.quotes})`, LIMITS.choiceName), value: s.id }));
  await i.respond(choices);
  return { deferred: false, outcome: `${choices.length}_choices` };
}

/** The speaker id behind the option: the id autocomplete gave, or a name that matches one speaker exactly. */
async function pickedSpeaker(ctx: BotContext, typed: string, collections: string[]): Promise<string | undefined> {
  const found = await ctx.core.suggestSpeakers(typed, { collections, limit: LIMITS.choices });
  const exact = found.find((s) => s.id === typed);
  if (exact) return exact.id;
  const byName = found.filter((s) => s.name.toLowerCase() === typed.trim().toLowerCase());
  return byName.length === 1 ? byName[0]!.id : undefined;
}

function isHttpUrl(raw: string): boolean {
  if (raw.length > MAX_URL) return false;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function withoutFlags<T extends { flags?: number }>(p: T): Omit<T, 'flags'> {
  const { flags: _f, ...rest } = p;
  return rest;
}

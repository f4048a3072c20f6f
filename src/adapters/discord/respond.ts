import type { ButtonInteraction, ChatInputCommandInteraction, MessageContextMenuCommandInteraction } from 'discord.js';
import type { DiscordPayload } from './payload.js';

/** How a piece of work was delivered, for the interaction's log line. */
export interface Delivery {
  deferred: boolean;
}

type Repliable = ChatInputCommandInteraction | ButtonInteraction | MessageContextMenuCommandInteraction;

const withoutFlags = (p: DiscordPayload): Omit<DiscordPayload, 'flags'> => {
  const { flags: _flags, ...rest } = p;
  return rest;
};

/**
 * Answers an interaction within Discord's 3 second deadline: if `work` finishes within `deferAfterMs` the
 * answer is the first response; otherwise the interaction is deferred (a "thinking…" state) and the answer
 * edits it when ready. `mode: 'update'` edits the message the button sits on instead of replying.
 * `onError` turns a failure into the payload the user sees, so the interaction never hangs.
 */
export async function respondInTime(
  interaction: Repliable,
  work: () => Promise<DiscordPayload>,
  options: { deferAfterMs: number; ephemeral: boolean; mode?: 'reply' | 'update'; onError: (err: unknown) => DiscordPayload },
): Promise<Delivery> {
  const pending = work().then(
    (payload) => ({ payload, failed: false as const }),
    (err: unknown) => ({ payload: options.onError(err), failed: true as const, err }),
  );
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), options.deferAfterMs);
  });
  const first = await Promise.race([pending, late]);
  clearTimeout(timer);
  const update = options.mode === 'update' && interaction.isButton();
  if (first !== 'late') {
    if (update && !first.failed) await (interaction as ButtonInteraction).update(withoutFlags(first.payload));
    else await interaction.reply(first.failed ? { ...first.payload, flags: 64 } : first.payload);
    if (first.failed) throw first.err;
    return { deferred: false };
  }
  if (update) await (interaction as ButtonInteraction).deferUpdate();
  else await interaction.deferReply(options.ephemeral ? { flags: 64 } : {});
  const done = await pending;
  // A failure after an update-defer must not overwrite the answer on screen: say it privately instead.
  if (update && done.failed) await interaction.followUp({ ...done.payload, flags: 64 });
  else await interaction.editReply(withoutFlags(done.payload));
  if (done.failed) throw done.err;
  return { deferred: true };
}

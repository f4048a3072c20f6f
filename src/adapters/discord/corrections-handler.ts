import { PermissionFlagsBits, type ButtonInteraction, type ModalSubmitInteraction } from 'discord.js';
import type { Correction, QuoteHit } from '../../core/index.js';
import { NOT_OWN_COLLECTION, correctableCollections, type Tenant } from '../../config/tenancy.js';
import type { Outcome } from './commands-handler.js';
import { userMessage, type BotContext } from './context.js';
import { encodeButton } from './custom-id.js';
import { ButtonLook, ComponentKind, fitPayload, type DiscordPayload } from './payload.js';
import { renderDiscordNotice } from './render.js';
import { fitPlain, oneLine } from './text.js';

/**
 * Corrections by editors in Discord: "Wrong speaker?" on an answer opens a modal for members with the Manage
 * Messages permission (anyone else is told privately); its submission corrects the quote within the guild's
 * own collection (never one it only reads: `correctableCollections`) and answers privately with an Undo button. The permission is checked on every step, from the
 * interaction's own member permissions; tenancy always comes from the guild.
 */

const MODAL = 'onr-fix';
const NOT_A_QUOTE = /^\s*not\s+a\s+quote\s*$/i;
const REFUSED = 'Only editors can correct a speaker: members with the Manage Messages permission in this server. Ask an editor to fix it.';

/** Whether the member behind an interaction may correct speakers. */
export function isEditor(i: ButtonInteraction | ModalSubmitInteraction): boolean {
  return i.inGuild() && (i.memberPermissions?.has(PermissionFlagsBits.ManageMessages) ?? false);
}

const who = (i: { guildId: string | null; user: { id: string } }) => `discord:${i.guildId ?? '?'}/${i.user.id}`;

/** "Wrong speaker?": the modal for an editor, a private refusal for anyone else. */
export async function openCorrection(ctx: BotContext, i: ButtonInteraction, quoteIds: string[], tenant: Tenant): Promise<Outcome> {
  if (!isEditor(i)) {
    await i.reply(renderDiscordNotice(REFUSED, { private: true, error: true }));
    return { deferred: false, outcome: 'refused_editor' };
  }
  const hits = await quotesOf(ctx, quoteIds, correctableCollections(tenant));
  if (hits.length === 0) {
    // Readable but not the server's own (a shared collection), or gone: said apart, neither is corrected.
    const shared = (await quotesOf(ctx, quoteIds, tenant.read)).length > 0;
    await i.reply(renderDiscordNotice(shared ? NOT_OWN_COLLECTION : 'Those quotes are no longer in this server’s index.', { private: true }));
    return { deferred: false, outcome: shared ? 'not_own_collection' : 'gone' };
  }
  const known = (await ctx.core.suggestSpeakers('', { collections: tenant.read, limit: 5 })).map((s) => s.name);
  const input = (custom_id: string, label: string, o: { paragraph?: boolean; required?: boolean; max?: number; placeholder?: string } = {}) => ({
    type: ComponentKind.ActionRow,
    components: [{ type: 4, custom_id, label: fitPlain(label, 45), style: o.paragraph ? 2 : 1, required: o.required ?? true, max_length: o.max ?? 100, ...(o.placeholder ? { placeholder: fitPlain(oneLine(o.placeholder), 100) } : {}) }],
  });
  const rows = [];
  if (hits.length > 1) {
    rows.push(input('which', `Which quote (1-${hits.length})`, { max: 2, placeholder: hits.map((h, n) => `${n + 1}: ${h.speaker?.name ?? '?'}, “${oneLine(h.text).slice(0, 20)}…”`).join(' · ') }));
  }
  const now = hits.length === 1 ? `Now: ${hits[0]?.speaker?.name ?? 'nobody'}. ` : '';
  rows.push(
    input('speaker', 'Right speaker, or type: not a quote', { placeholder: `${now}${known.length ? `On record: ${known.join(', ')}` : 'Full name'}` }),
    input('reason', 'Why (kept in the audit log)', { paragraph: true, max: 500 }),
  );
  await i.showModal({ custom_id: `${MODAL}|${hits.map((h) => h.id).join(',')}`.slice(0, 100), title: 'Wrong speaker?', components: rows } as never);
  return { deferred: false, outcome: 'correct_modal' };
}

/** Whether a modal submission is the correction modal. */
export function isCorrectionModal(customId: string): boolean {
  return customId.startsWith(`${MODAL}|`);
}

/** The modal's submission: checks again, corrects, answers privately with Undo. */
export async function submitCorrection(ctx: BotContext, i: ModalSubmitInteraction, tenant: Tenant): Promise<Outcome> {
  const reply = (p: DiscordPayload) => i.reply(p as never);
  if (!isEditor(i)) {
    await reply(renderDiscordNotice(REFUSED, { private: true, error: true }));
    return { deferred: false, outcome: 'refused_editor' };
  }
  const ids = i.customId.slice(MODAL.length + 1).split(',').filter((x) => /^[A-Za-z0-9_-]{1,40}$/.test(x));
  const field = (id: string) => {
    try {
      return i.fields.getTextInputValue(id);
    } catch {
      return '';
    }
  };
  const which = ids.length > 1 ? Number(field('which').trim()) : 1;
  const quoteId = Number.isInteger(which) ? ids[which - 1] : undefined;
  if (!quoteId) {
    await reply(renderDiscordNotice(`Give the number of the quote to correct (1 to ${ids.length}).`, { private: true, error: true }));
    return { deferred: false, outcome: 'bad_input' };
  }
  const speaker = field('speaker').trim();
  try {
    const c = await ctx.core.correct({ quoteId, ...(NOT_A_QUOTE.test(speaker) ? { notAQuote: true } : { speaker }), by: who(i), reason: field('reason'), collections: correctableCollections(tenant) });
    await reply(correctedPayload(c));
    return { deferred: false, outcome: 'corrected' };
  } catch (err) {
    await reply(renderDiscordNotice(userMessage(err), { private: true, error: true }));
    return { deferred: false, outcome: 'refused' };
  }
}

/** Undo, from the confirmation: the confirmation is replaced by what happened. */
export async function undoCorrection(ctx: BotContext, i: ButtonInteraction, correctionId: string, tenant: Tenant): Promise<Outcome> {
  if (!isEditor(i)) {
    await i.reply(renderDiscordNotice(REFUSED, { private: true, error: true }));
    return { deferred: false, outcome: 'refused_editor' };
  }
  try {
    const c = await ctx.core.undoCorrection(correctionId, { by: who(i), collections: correctableCollections(tenant) });
    await i.update({ ...renderDiscordNotice(`Correction undone: “${oneLine(c.quoteText).slice(0, 300)}” is back to the speaker as extracted, and answers no longer say it was corrected.`), flags: undefined } as never);
    return { deferred: false, outcome: 'undone' };
  } catch (err) {
    await i.reply(renderDiscordNotice(userMessage(err), { private: true, error: true }));
    return { deferred: false, outcome: 'refused' };
  }
}

async function quotesOf(ctx: BotContext, ids: string[], collections: string[]): Promise<QuoteHit[]> {
  return (await Promise.all(ids.map((id) => ctx.core.getQuote(id, { collections })))).filter((h): h is QuoteHit => h !== null);
}

function correctedPayload(c: Correction): DiscordPayload {
  // Plain words: the notice escapes all markdown, so bold marks would show as asterisks.
  const after = c.action === 'not_quote' ? 'not a quote' : (c.speakerName ?? '');
  const notice = renderDiscordNotice(
    `Speaker corrected: “${oneLine(c.quoteText).slice(0, 400)}” was ${c.before.name ?? 'nobody'}, now ${after}. Answers say “speaker corrected by an editor”, and the next ingest of the article keeps it. (${c.id})`,
  );
  const undo = encodeButton({ kind: 'unfix', correctionId: c.id });
  return fitPayload({ ...notice, components: undo ? [{ type: ComponentKind.ActionRow, components: [{ type: ComponentKind.Button, style: ButtonLook.Danger, label: 'Undo', custom_id: undo }] }] : [] });
}

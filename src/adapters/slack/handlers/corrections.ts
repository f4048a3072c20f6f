import type { App, BlockAction, ButtonAction, ViewSubmitAction } from '@slack/bolt';
import { NOT_OWN_COLLECTION, correctableCollections } from '../../../config/tenancy.js';
import type { QuoteHit } from '../../../core/index.js';
import { ACTION, checkQuoteId, decodeQuoteIds } from '../actions.js';
import { CORRECT_VIEW, FIELD, NOT_A_QUOTE, correctedView, correctionModal, undoneView, type CorrectionMeta } from '../correction-views.js';
import type { EditorApi } from '../permissions.js';
import { renderSlackNotice } from '../render-notices.js';
import { forBolt, notSetUp, tenantOf, track, userText, type SlackDeps } from '../service.js';

/**
 * Corrections by editors in Slack: "Wrong speaker?" on an answer opens a modal (for editors only; anyone else
 * is told privately), its submission corrects the quote within the clicking workspace's collections, and the
 * confirmation's Undo restores the extractor's speaker. Only the workspace's own collection is corrected
 * (`correctableCollections`): a shared collection it merely reads is left to its owners. The editor check
 * runs on every step, never trusting the earlier one; tenancy always comes from the clicking team.
 */
export function registerCorrections(app: App, deps: SlackDeps): void {
  const who = (team: string | undefined, user: string) => `slack:${team ?? '?'}/${user}`;

  app.action<BlockAction<ButtonAction>>(ACTION.correct, async ({ ack, body, action, respond, client }) => {
    await ack();
    const tell = (text: string, kind: 'info' | 'error' = 'error') => respond({ response_type: 'ephemeral', replace_original: false, ...forBolt(renderSlackNotice(text, kind)) });
    const tenant = tenantOf(deps, body.team?.id);
    if (!tenant) return void (await tell(notSetUp(body.team?.id)));
    await track(deps, 'correct_open', { team: body.team?.id, user: body.user.id }, async (note) => {
      const decision = await deps.editors.check(body.user.id, client as unknown as EditorApi);
      note({ allowed: decision.allowed });
      if (!decision.allowed) return void (await tell(decision.reason));
      const ids = decodeQuoteIds(action.value);
      if (!ids) return void (await tell('This button no longer works. Ask the question again.'));
      const hits = await quotesOf(deps, ids, correctableCollections(tenant));
      if (hits.length === 0) {
        // Readable but not the workspace's own (a shared collection), or gone: said apart, neither is corrected.
        const shared = (await quotesOf(deps, ids, tenant.read)).length > 0;
        note({ shared });
        return void (await tell(shared ? NOT_OWN_COLLECTION : 'Those quotes are no longer in the index.'));
      }
      const speakers = await deps.core.suggestSpeakers('', { collections: tenant.read, limit: 25 });
      const meta: CorrectionMeta = { ids: hits.map((h) => h.id), ...(body.channel?.id ? { channel: body.channel.id } : {}) };
      await client.views.open({ trigger_id: body.trigger_id, view: correctionModal(hits, speakers, meta) as never });
    }, (err) => tell(userText(err)));
  });

  app.view<ViewSubmitAction>(CORRECT_VIEW, async ({ ack, body, view, client }) => {
    const team = body.team?.id ?? body.user.team_id;
    const tenant = tenantOf(deps, team);
    const fail = (block: string, text: string) => ack({ response_action: 'errors', errors: { [block]: text } });
    const values = view.state.values;
    const meta = parseMeta(view.private_metadata);
    const firstBlock = meta && meta.ids.length > 1 ? FIELD.quote : FIELD.reason;
    if (!tenant) return void (await fail(firstBlock, notSetUp(team)));
    await track(deps, 'correct', { team, user: body.user.id }, async (note) => {
      const decision = await deps.editors.check(body.user.id, client as unknown as EditorApi);
      note({ allowed: decision.allowed });
      if (!decision.allowed) return void (await fail(firstBlock, decision.reason));
      const quoteId = meta && meta.ids.length > 1 ? checkQuoteId(values[FIELD.quote]?.[FIELD.quote]?.selected_option?.value ?? undefined) : meta?.ids[0];
      if (!meta || !quoteId || !meta.ids.includes(quoteId)) return void (await fail(firstBlock, 'Pick one of the quotes shown.'));
      const picked = values[FIELD.pick]?.[FIELD.pick]?.selected_option?.value ?? '';
      const typed = (values[FIELD.typed]?.[FIELD.typed]?.value ?? '').trim();
      const notQuote = (values[FIELD.notQuote]?.[FIELD.notQuote]?.selected_options ?? []).some((o) => o.value === NOT_A_QUOTE);
      const reason = values[FIELD.reason]?.[FIELD.reason]?.value ?? '';
      const speaker = typed || picked;
      if (notQuote && speaker) return void (await fail(FIELD.notQuote, 'Either name the right speaker or tick "not a quote", not both.'));
      if (!notQuote && !speaker) return void (await fail(FIELD.typed, 'Name the right speaker (pick one or type it), or tick "not a quote".'));
      try {
        const c = await deps.core.correct({ quoteId, ...(notQuote ? { notAQuote: true } : { speaker }), by: who(team, body.user.id), reason, collections: correctableCollections(tenant) });
        note({ correction: c.id });
        await ack({ response_action: 'update', view: correctedView(c) as never });
      } catch (err) {
        note({ refused: userText(err) });
        await fail(notQuote ? FIELD.notQuote : FIELD.typed, userText(err));
      }
    });
  });

  // Undo, from the confirmation: the view is updated in place.
  app.action<BlockAction<ButtonAction>>(ACTION.undoCorrection, async ({ ack, body, action, client }) => {
    await ack();
    const team = body.team?.id;
    const tenant = tenantOf(deps, team);
    const viewId = body.view?.id;
    const show = (text: string) => (viewId ? client.views.update({ view_id: viewId, view: noticeView(text) as never }) : Promise.resolve());
    if (!tenant) return void (await show(notSetUp(team)));
    await track(deps, 'correct_undo', { team, user: body.user.id }, async (note) => {
      const decision = await deps.editors.check(body.user.id, client as unknown as EditorApi);
      note({ allowed: decision.allowed });
      if (!decision.allowed) return void (await show(decision.reason));
      const c = await deps.core.undoCorrection(action.value ?? '', { by: who(team, body.user.id), collections: correctableCollections(tenant) });
      if (viewId) await client.views.update({ view_id: viewId, view: undoneView(c) as never });
    }, (err) => show(userText(err)));
  });
}

async function quotesOf(deps: SlackDeps, ids: string[], collections: string[]): Promise<QuoteHit[]> {
  return (await Promise.all(ids.map((id) => deps.core.getQuote(id, { collections })))).filter((h): h is QuoteHit => h !== null);
}

function parseMeta(raw: string | undefined): CorrectionMeta | undefined {
  try {
    const m = JSON.parse(raw ?? '') as { ids?: unknown };
    const ids = Array.isArray(m.ids) ? m.ids.map((x) => (typeof x === 'string' ? checkQuoteId(x) : undefined)) : [];
    return ids.length > 0 && ids.length <= 10 && ids.every((x) => x !== undefined) ? { ids: ids as string[] } : undefined;
  } catch {
    return undefined;
  }
}

function noticeView(text: string): Record<string, unknown> {
  return { type: 'modal', title: { type: 'plain_text', text: 'Wrong speaker?' }, close: { type: 'plain_text', text: 'Close' }, blocks: renderSlackNotice(text, 'error').blocks };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTenants } from '../../../src/config/tenancy.js';
import { ARTICLES } from './harness/articles.js';
import { buttonsOf, textOf, type Json } from './harness/payload.js';
import { interactionForm, sendSigned } from './harness/signed.js';
import { SECRET, SPORT_TEAM, startWorld, TEAM, type World } from './harness/world.js';

/**
 * Corrections by editors end to end through the real Bolt app: "Wrong speaker?" on an answer, the modal, its
 * submission, the corrected answer, a re-ingest that keeps the correction, the Undo, a non-editor refused, and
 * another workspace's collection left alone.
 */
const PORT = ARTICLES.find((a) => a.source === 'fixtures/port-strike.md')!;
const EDITOR = 'U0EDITOR';
const ADMIN = 'U0ADMIN';
const READER = 'T0WIREREADER';

describe('Slack corrections', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld({
      editorUsergroups: ['S0EDITORS'],
      // A third workspace reads both newsrooms' collections (a shared wire) and owns only its own.
      tenants: parseTenants(JSON.stringify({ [`slack:${TEAM}`]: { read: ['default'] }, [`slack:${SPORT_TEAM}`]: { read: ['sport'], write: 'sport' }, [`slack:${READER}`]: { read: ['default', 'sport'], write: 'reader' } }), 'default'),
    });
    w.api.usergroups.S0EDITORS = [EDITOR];
    w.api.admins.add(ADMIN);
    // The same story in the sports desk's collection: a correction in this newsroom must not reach it.
    await w.core.ingestDocument({ source: PORT.source, content: PORT.content }, { collection: 'sport' });
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  const ask = async (q: string, team = TEAM): Promise<Json> => w.api.responseFor((await w.command(q, { team })).responseId);
  const correctValue = (msg: Json) => buttonsOf(msg).find((b) => b.action_id === 'onrecord_correct')?.value;

  /** Sends an interaction payload (a modal's submission, a click inside a modal) as Slack would. */
  const interact = (payload: Json) => sendSigned(w.eventsUrl, SECRET, interactionForm(payload), 'application/x-www-form-urlencoded');
  const user = (id: string, team = TEAM) => ({ id, username: id.toLowerCase(), team_id: team });

  function submit(view: Json, by: string, values: Record<string, Json>) {
    return interact({
      type: 'view_submission',
      team: { id: TEAM, domain: 'newsroom' },
      user: user(by),
      api_app_id: 'A0ONRECORD',
      token: 'legacy',
      trigger_id: 'trigger.submit',
      view: { id: 'V900', team_id: TEAM, type: 'modal', callback_id: view.callback_id, private_metadata: view.private_metadata, hash: 'h1', state: { values } },
    });
  }

  it('a non-editor is refused privately, and no modal opens', async () => {
    const answer = await ask('what did Adeyemi say about pensions');
    const value = correctValue(answer);
    expect(value).toBeDefined();
    const before = w.api.callsOf('views.open').length;
    const click = await w.click('onrecord_correct', value!, { user: 'U0REPORTER' });
    const reply = await w.api.responseFor(click.responseId);
    expect(reply.response_type).toBe('ephemeral');
    expect(textOf(reply)).toContain('Only editors can correct a speaker');
    expect(w.api.callsOf('views.open').length).toBe(before);
    // Even a forged submission from a non-editor changes nothing.
    const forged = await submit({ callback_id: 'onrecord_correct_view', private_metadata: JSON.stringify({ ids: value!.split(',') }) }, 'U0REPORTER', {
      quote: { quote: { type: 'static_select', selected_option: { value: value!.split(',')[0] } } },
      typed: { typed: { type: 'plain_text_input', value: 'Somebody Else' } },
      reason: { reason: { type: 'plain_text_input', value: 'forged' } },
    });
    expect(JSON.parse(forged.body).response_action).toBe('errors');
    expect(await w.core.corrections({ collections: ['default'] })).toEqual([]);
  });

  it('an editor corrects the speaker; the answer says so, a re-ingest keeps it, the other newsroom is unaffected, and Undo restores it', async () => {
    const answer = await ask('what did Adeyemi say about pensions');
    const ids = correctValue(answer)!.split(',');
    const click = await w.click('onrecord_correct', ids.join(','), { user: EDITOR });
    expect(click.status).toBe(200);
    const opened = await w.api.waitFor(() => w.api.callsOf('views.open').at(-1));
    const view = opened.args.view as Json;
    expect(view.callback_id).toBe('onrecord_correct_view');
    expect(JSON.stringify(view.blocks)).toContain('Right speaker');

    const target = ids[0]!;
    const res = await submit(view, EDITOR, {
      quote: { quote: { type: 'static_select', selected_option: { value: target } } },
      typed: { typed: { type: 'plain_text_input', value: 'Oren Castell' } },
      not_quote: { not_quote: { type: 'checkboxes', selected_options: [] } },
      reason: { reason: { type: 'plain_text_input', value: 'Castell read the statement for the union' } },
    });
    const ack = JSON.parse(res.body) as Json;
    expect(ack.response_action).toBe('update');
    const confirmation = ack.view as Json;
    expect(JSON.stringify(confirmation)).toContain('Oren Castell');
    const undo = buttonsOf({ blocks: confirmation.blocks } as Json).find((b) => b.action_id === 'onrecord_undo_correction');
    expect(undo?.value).toMatch(/^c[0-9a-f]{12}$/);

    const corrected = await ask('what did Castell say about pensions');
    expect(textOf(corrected)).toContain('*Oren Castell*');
    expect(textOf(corrected)).toContain('speaker corrected by an editor');
    const [log] = await w.core.corrections({ collections: ['default'] });
    expect(log).toMatchObject({ by: `slack:${TEAM}/${EDITOR}`, reason: 'Castell read the statement for the union', before: { name: 'Grace Adeyemi' }, speakerName: 'Oren Castell' });

    // The article is ingested again, changed elsewhere: the correction holds.
    await w.core.ingestDocument({ source: PORT.source, content: PORT.content.replace('normal traffic by Monday', 'normal traffic by Tuesday') });
    await new Promise((r) => setTimeout(r, 100));
    const again = await ask('what did Castell say about pensions');
    expect(textOf(again)).toContain('*Oren Castell*');
    expect(textOf(again)).toContain('speaker corrected by an editor');

    // The sports desk's copy of the story keeps its speaker.
    const sport = await ask('what did Adeyemi say about pensions', SPORT_TEAM);
    expect(textOf(sport)).toContain('*Grace Adeyemi*');
    expect(textOf(sport)).not.toContain('corrected by an editor');
    // And a sports-desk editor cannot reach this newsroom's quote.
    w.api.admins.add('U0SPORTADMIN');
    const cross = await w.click('onrecord_correct', target, { user: 'U0SPORTADMIN', team: SPORT_TEAM });
    expect(textOf(await w.api.responseFor(cross.responseId))).toContain('no longer in the index');

    // Undo from the confirmation, by a workspace admin.
    await interact({
      type: 'block_actions',
      team: { id: TEAM, domain: 'newsroom' },
      user: user(ADMIN),
      api_app_id: 'A0ONRECORD',
      token: 'legacy',
      trigger_id: 'trigger.undo',
      container: { type: 'view', view_id: 'V900' },
      view: { id: 'V900', team_id: TEAM, type: 'modal', callback_id: '', private_metadata: '', hash: 'h2', state: { values: {} } },
      actions: [{ type: 'button', action_id: 'onrecord_undo_correction', block_id: 'u1', value: undo!.value, text: { type: 'plain_text', text: 'Undo' }, action_ts: '1700000002.000200' }],
    });
    const updated = await w.api.waitFor(() => w.api.callsOf('views.update').at(-1));
    expect(JSON.stringify(updated.args.view)).toContain('Correction undone');
    await new Promise((r) => setTimeout(r, 100));
    const back = await ask('what did Adeyemi say about pensions');
    expect(textOf(back)).toContain('*Grace Adeyemi*');
    expect(textOf(back)).not.toContain('corrected by an editor');
    expect((await w.core.corrections({ collections: ['default'] }))[0]).toMatchObject({ status: 'undone', undoneBy: `slack:${TEAM}/${ADMIN}` });
  });

  it("an editor of a workspace that only reads a shared collection cannot correct its quotes", async () => {
    const answer = await ask('what did Adeyemi say about pensions', READER);
    const value = correctValue(answer);
    expect(value).toBeDefined();
    const before = w.api.callsOf('views.open').length;
    w.api.admins.add('U0WIREADMIN');
    const click = await w.click('onrecord_correct', value!, { user: 'U0WIREADMIN', team: READER });
    expect(textOf(await w.api.responseFor(click.responseId))).toContain('reads but does not own');
    expect(w.api.callsOf('views.open').length).toBe(before);
    expect((await w.core.corrections({})).filter((c) => c.by.startsWith(`slack:${READER}/`))).toEqual([]);
  });
});

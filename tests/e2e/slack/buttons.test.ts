import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, limitViolations, pings, textOf, type Json } from './harness/payload.js';
import { LONG_TAIL } from './harness/articles.js';
import { startWorld, SPORT_TEAM, type World } from './harness/world.js';

/** The answer buttons end to end: the value a real answer carries is clicked back through a signed request. */
describe('Slack answer buttons', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  const ask = async (q: string): Promise<Json> => w.api.responseFor((await w.command(q)).responseId);
  const valueOf = (msg: Json, id: string) => buttonsOf(msg).find((b) => b.action_id === id)?.value;

  it('Share in channel posts the same answer visibly, naming who shared it', async () => {
    const answer = await ask('what did Adeyemi say about pensions');
    const value = valueOf(answer, 'onrecord_share');
    expect(value).toBeDefined();
    const click = await w.click('onrecord_share', value!, { user: 'U0SHARER' });
    expect(click.status).toBe(200);
    const shared = await w.api.responseFor(click.responseId);
    expect(shared.response_type).toBe('in_channel');
    expect(shared.replace_original).toBe(false);
    expect(textOf(shared)).toContain('night-shift pay &amp; pensions');
    expect(textOf(shared)).toContain('shared by <@U0SHARER>');
    // A shared answer in the channel shows no link preview either.
    expect(shared.unfurl_links).toBe(false);
    expect(shared.unfurl_media).toBe(false);
    // Only the sharer is mentioned, and the shared copy offers no second Share.
    expect(pings(shared, ['U0SHARER'])).toEqual([]);
    expect(buttonsOf(shared).map((b) => b.action_id)).not.toContain('onrecord_share');
  });

  it('More results pages through the answers without repeating one', async () => {
    const first = await ask('what did Lindqvist say');
    const firstIds = buttonsOf(first).filter((b) => b.action_id === 'onrecord_context').map((b) => b.value);
    expect(firstIds).toHaveLength(3);
    const more = valueOf(first, 'onrecord_more');
    expect(more).toBeDefined();
    const click = await w.click('onrecord_more', more!);
    const second = await w.api.responseFor(click.responseId);
    // The private answer is replaced by the next page.
    expect(second.replace_original).toBe(true);
    const secondIds = buttonsOf(second).filter((b) => b.action_id === 'onrecord_context').map((b) => b.value);
    expect(secondIds.length).toBeGreaterThan(0);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
    expect(textOf(second)).toContain('*Tomas Lindqvist*');
    expect(textOf(second)).toMatch(/Results 4–\d+ of \d+/);
    // Previous brings back exactly the first page.
    const prev = valueOf(second, 'onrecord_prev');
    expect(prev).toBeDefined();
    const back = await w.api.responseFor((await w.click('onrecord_prev', prev!)).responseId);
    expect(buttonsOf(back).filter((b) => b.action_id === 'onrecord_context').map((b) => b.value)).toEqual(firstIds);
  });

  it('Show context gives the whole quote and its paragraph privately, even for a quote cut in the answer', async () => {
    const answer = await ask('what did Szabo say about the budget');
    const full = buttonsOf(answer).find((b) => b.label === 'Full quote');
    expect(full?.value).toBeDefined();
    const click = await w.click('onrecord_context', full!.value!);
    const ctx = await w.api.responseFor(click.responseId);
    expect(ctx.response_type).toBe('ephemeral');
    expect(ctx.replace_original).toBe(false);
    const text = textOf(ctx);
    expect(text).toContain('In context');
    expect(text).toContain('*Victor Szabo*');
    // Longer than one section allows, so still cut, but further than the answer showed.
    expect(text).toContain(LONG_TAIL.split(' ').slice(0, 200).join(' '));
    expect(limitViolations(ctx)).toEqual([]);
    expect(pings(ctx)).toEqual([]);
  });

  it('a button value that is not ours, or a quote of another newsroom, gets a plain notice', async () => {
    const forged = await w.click('onrecord_more', '{"q":');
    expect(textOf(await w.api.responseFor(forged.responseId))).toContain('no longer works');
    // A quote id from this newsroom clicked from the sports desk's workspace: not readable there.
    const answer = await ask('what did Adeyemi say about pensions');
    const id = valueOf(answer, 'onrecord_context')!;
    const click = await w.click('onrecord_context', id, { team: SPORT_TEAM });
    const text = textOf(await w.api.responseFor(click.responseId));
    expect(text).toContain('no longer in the index');
    expect(text).not.toContain('pensions');
  });

  it('the Open article link button is acknowledged without a reply', async () => {
    const answer = await ask('what did Adeyemi say about pensions');
    const open = buttonsOf(answer).find((b) => b.action_id === 'onrecord_open');
    expect(open?.url).toBe('https://wire.example.net/2024/04/port-strike');
    const click = await w.click('onrecord_open', 'x');
    expect(click.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(w.api.responses.filter((r) => r.id === click.responseId)).toHaveLength(0);
  });
});

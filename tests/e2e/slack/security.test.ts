import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandForm, interactionForm, sendSigned } from './harness/signed.js';
import { SECRET, startWorld, TEAM, type World } from './harness/world.js';

/** Bolt verifies every request's signature and age; these prove the app is built with that check on. */
describe('Slack request signatures', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  const form = (responseId: string) =>
    commandForm({ team_id: TEAM, channel_id: 'C0NEWSDESK', user_id: 'U0INTRUDER', command: '/quote', text: 'what did Adeyemi say about pensions', response_url: w.api.responseUrl(responseId), trigger_id: 't' });

  it('rejects a request signed with the wrong secret, and never answers it', async () => {
    const res = await sendSigned(w.eventsUrl, SECRET, form('forged'), 'application/x-www-form-urlencoded', { secret: 'deadbeefdeadbeefdeadbeefdeadbeef' });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(w.api.responses.filter((r) => r.id === 'forged')).toHaveLength(0);
  });

  it('rejects a correctly signed but stale request (replay older than five minutes)', async () => {
    const old = Math.floor(Date.now() / 1000) - 10 * 60;
    const res = await sendSigned(w.eventsUrl, SECRET, form('replayed'), 'application/x-www-form-urlencoded', { timestamp: old });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(w.api.responses.filter((r) => r.id === 'replayed')).toHaveLength(0);
  });

  it('rejects a body altered after signing, and accepts the same request when intact', async () => {
    const body = form('tampered');
    const ts = Math.floor(Date.now() / 1000);
    const { signature } = await import('./harness/signed.js');
    const res = await fetch(w.eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature(SECRET, ts, body) },
      body: body.replace('U0INTRUDER', 'U0REPORTER'),
    });
    expect(res.status).toBe(401);
    const ok = await sendSigned(w.eventsUrl, SECRET, form('intact'), 'application/x-www-form-urlencoded');
    expect(ok.status).toBe(200);
    await w.api.responseFor('intact');
    expect(w.api.responses.filter((r) => r.id === 'tampered')).toHaveLength(0);
  });

  it('answers Slack\'s URL verification challenge when signed (HTTP mode set-up)', async () => {
    const body = JSON.stringify({ token: 'legacy', challenge: 'c0ffee-challenge', type: 'url_verification' });
    const res = await sendSigned(w.eventsUrl, SECRET, body, 'application/json');
    expect(res.status).toBe(200);
    expect(res.body).toContain('c0ffee-challenge');
    const forged = await sendSigned(w.eventsUrl, SECRET, body, 'application/json', { secret: 'deadbeefdeadbeefdeadbeefdeadbeef' });
    expect(forged.status).toBe(401);
  });

  it('rejects an unsigned interaction', async () => {
    const res = await fetch(w.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: interactionForm({ type: 'block_actions' }) });
    expect(res.status).toBe(401);
  });
});

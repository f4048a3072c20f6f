import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawPost } from './harness/raw-post.js';
import { commandForm, sendSigned, signature } from './harness/signed.js';
import { SECRET, startWorld, TEAM, type World } from './harness/world.js';

const MB = 1024 * 1024;

/**
 * The HTTP receiver in front of Bolt, on loopback: what is refused before the body is read, the 1 MB cap,
 * bodies Bolt would crash on, and the clock checked both ways. Each asserts what the client saw (status and
 * how much of its body it had sent by then), never how long anything took.
 */
describe('Slack HTTP receiver guard', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  const now = () => Math.floor(Date.now() / 1000);
  const form = (responseId: string, extra: Record<string, string> = {}) =>
    commandForm({ team_id: TEAM, channel_id: 'C0NEWSDESK', user_id: 'U0REPORTER', command: '/quote', text: 'what did Adeyemi say about pensions', response_url: w.api.responseUrl(responseId), trigger_id: 't', ...extra });
  const answered = (id: string) => w.api.responses.filter((r) => r.id === id).length;
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('refuses an unsigned 300 MB body with 401 before reading it', async () => {
    const declared = 300 * MB;
    const r = await rawPost(w.eventsUrl, { headers: { 'content-type': 'application/json' }, contentLength: declared, bodyBytes: declared });
    expect(r.status).toBe(401);
    // The answer came while the client had sent a sliver of the body, and the server hung up: the client
    // never got to send the rest (at most what the socket buffers took before the answer).
    expect(r.sentBeforeAnswer).toBeLessThan(16 * MB);
    expect(r.sent).toBeLessThan(32 * MB);
  });

  it('refuses a request whose signature header is there but whose timestamp header is missing, unread', async () => {
    const r = await rawPost(w.eventsUrl, { headers: { 'content-type': 'application/json', 'x-slack-signature': 'v0=00' }, contentLength: 64 * MB, bodyBytes: 64 * MB });
    expect(r.status).toBe(401);
    expect(r.sent).toBeLessThan(32 * MB);
  });

  it('refuses a declared body over 1 MB with 413 before reading it, even with signature headers', async () => {
    const r = await rawPost(w.eventsUrl, {
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(now()), 'x-slack-signature': 'v0=00' },
      contentLength: 200 * MB,
      bodyBytes: 200 * MB,
    });
    expect(r.status).toBe(413);
    expect(r.sent).toBeLessThan(32 * MB);
  });

  it('stops reading a chunked body at 1 MB (413), and the process still answers', async () => {
    const r = await rawPost(w.eventsUrl, {
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(now()), 'x-slack-signature': 'v0=00' },
      bodyBytes: 200 * MB,
    });
    expect(r.status).toBe(413);
    expect(r.sent).toBeLessThan(32 * MB);
    const ok = await w.command('what did Adeyemi say about pensions');
    expect(ok.status).toBe(200);
    await w.api.responseFor(ok.responseId);
  });

  it('accepts a signed body just under 1 MB (the cap is not a hair trigger)', async () => {
    const body = form('padded', { pad: 'x'.repeat(MB - 2048) });
    expect(Buffer.byteLength(body)).toBeLessThan(MB);
    const res = await sendSigned(w.eventsUrl, SECRET, body, 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    await w.api.responseFor('padded');
  });

  it('answers 400 to signed null bodies (JSON null, payload=null, an array) and keeps serving', async () => {
    for (const [body, type] of [
      ['null', 'application/json'],
      ['payload=null', 'application/x-www-form-urlencoded'],
      ['[]', 'application/json'],
      ['payload=%5B1%5D', 'application/x-www-form-urlencoded'],
    ] as const) {
      const res = await sendSigned(w.eventsUrl, SECRET, body, type);
      expect(res.status, body).toBe(400);
    }
    // Still alive, and still answering.
    const ok = await w.command('what did Adeyemi say about pensions');
    expect(ok.status).toBe(200);
    expect(JSON.stringify(await w.api.responseFor(ok.responseId))).toContain('Adeyemi');
  });

  it('refuses an unsigned null body with 401, not 400 (no hint before authentication)', async () => {
    const res = await fetch(w.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(now()), 'x-slack-signature': 'v0=deadbeef' }, body: 'null' });
    expect(res.status).toBe(401);
  });

  it('refuses a timestamp more than five minutes ahead, and accepts one a little ahead', async () => {
    const ahead = await sendSigned(w.eventsUrl, SECRET, form('ahead'), 'application/x-www-form-urlencoded', { timestamp: now() + 6 * 60 });
    expect(ahead.status).toBe(401);
    const near = await sendSigned(w.eventsUrl, SECRET, form('near'), 'application/x-www-form-urlencoded', { timestamp: now() + 60 });
    expect(near.status).toBe(200);
    await w.api.responseFor('near');
    await pause(200);
    expect(answered('ahead')).toBe(0);
  });

  it('refuses a malformed timestamp', async () => {
    const body = form('badts');
    const res = await fetch(w.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': '1e9', 'x-slack-signature': signature(SECRET, 1e9, body) }, body });
    expect(res.status).toBe(401);
  });

  it('answers 404 elsewhere', async () => {
    const res = await fetch(w.eventsUrl.replace('/slack/events', '/slack/other'), { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
    expect((await fetch(w.eventsUrl)).status).toBe(404);
  });
});

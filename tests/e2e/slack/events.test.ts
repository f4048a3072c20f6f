import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitViolations, pings, textOf, type Json } from './harness/payload.js';
import { startWorld, TEAM, type World } from './harness/world.js';

/** Mentions, direct messages and Slack's retries, end to end over the Events API. */
describe('Slack mentions and direct messages', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  const postsTo = (channel: string) => w.api.callsOf('chat.postMessage').filter((c) => c.args.channel === channel);
  const mention = (channel: string, ts: string, text: string, extra: Json = {}) => ({
    type: 'app_mention',
    user: 'U0REPORTER',
    text: `<@${w.api.botUserId}> ${text}`,
    ts,
    channel,
    event_ts: ts,
    ...extra,
  });

  it('answers a mention in a channel in the thread of the message, visibly and without link_names', async () => {
    const res = await w.event(mention('C0MENTION1', '1700000100.000100', 'what did Maria Kirby say about ferries'));
    expect(res.status).toBe(200);
    const call = await w.api.waitFor(() => postsTo('C0MENTION1')[0], 10_000, 'the mention answer');
    expect(call.args.thread_ts).toBe('1700000100.000100');
    expect(call.args.link_names).toBeUndefined();
    expect(call.token).toMatch(/^xoxb-/);
    const text = textOf(call.args);
    expect(text).toContain('*Maria Kirby*');
    expect(text).toMatch(/ferr(y|ies)|islands/);
    expect(limitViolations(call.args)).toEqual([]);
  });

  it('answers a mention inside a thread in that thread', async () => {
    await w.event(mention('C0MENTION2', '1700000200.000200', 'latest from Lindqvist', { thread_ts: '1700000150.000150' }));
    const call = await w.api.waitFor(() => postsTo('C0MENTION2')[0], 10_000, 'the thread answer');
    expect(call.args.thread_ts).toBe('1700000150.000150');
    expect(textOf(call.args)).toContain('*Tomas Lindqvist*');
  });

  it('answers a direct message in the conversation, with the decoded question', async () => {
    await w.event({ type: 'message', channel_type: 'im', channel: 'D0DIRECT1', user: 'U0REPORTER', ts: '1700000300.000300', text: 'who said "protects night-shift pay &amp; pensions"' });
    const call = await w.api.waitFor(() => postsTo('D0DIRECT1')[0], 10_000, 'the DM answer');
    expect(call.args.thread_ts).toBeUndefined();
    expect(textOf(call.args)).toContain('Grace Adeyemi');
  });

  it('a retried delivery (X-Slack-Retry-Num) is answered once', async () => {
    const event = mention('C0RETRY01', '1700000400.000400', 'what did Adeyemi say about pensions');
    await w.event(event, { eventId: 'EvRETRY1' });
    await w.api.waitFor(() => postsTo('C0RETRY01')[0], 10_000, 'the first answer');
    const retry1 = await w.event(event, { eventId: 'EvRETRY1', retryNum: 1, retryReason: 'http_timeout' });
    const retry2 = await w.event(event, { eventId: 'EvRETRY1', retryNum: 2, retryReason: 'http_timeout' });
    expect(retry1.status).toBe(200);
    expect(retry2.status).toBe(200);
    await new Promise((r) => setTimeout(r, 400));
    expect(postsTo('C0RETRY01')).toHaveLength(1);
  });

  it('a DM that mentions the bot arrives as two events and is answered once', async () => {
    const base = { channel: 'D0DIRECT2', user: 'U0REPORTER', ts: '1700000500.000500', text: `<@${w.api.botUserId}> what did Adeyemi say about pensions` };
    await w.event({ type: 'message', channel_type: 'im', ...base });
    await w.event({ type: 'app_mention', ...base });
    await w.api.waitFor(() => postsTo('D0DIRECT2')[0], 10_000, 'the answer');
    await new Promise((r) => setTimeout(r, 400));
    expect(postsTo('D0DIRECT2')).toHaveLength(1);
  });

  it('ignores its own and other bots\' messages, and edits', async () => {
    await w.event({ type: 'message', channel_type: 'im', channel: 'D0DIRECT3', user: w.api.botUserId, ts: '1700000600.000600', text: 'what did Adeyemi say' });
    await w.event({ type: 'message', channel_type: 'im', channel: 'D0DIRECT3', bot_id: 'B0OTHER', user: 'U0OTHERBOT', ts: '1700000601.000600', text: 'what did Adeyemi say' });
    await w.event({ type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D0DIRECT3', ts: '1700000602.000600' });
    await new Promise((r) => setTimeout(r, 500));
    expect(postsTo('D0DIRECT3')).toHaveLength(0);
  });

  it('a mention carrying pings and markup answers without pinging anyone', async () => {
    await w.event(mention('C0HOSTILE', '1700000700.000700', '<!channel> what did Szabo say <!here>'));
    const call = await w.api.waitFor(() => postsTo('C0HOSTILE')[0], 10_000, 'the answer');
    expect(pings(call.args)).toEqual([]);
    expect(textOf(call.args)).toContain('Victor Szabo');
    expect(limitViolations(call.args)).toEqual([]);
  });

  it('misuse in a mention is explained to the asker alone, in the thread', async () => {
    await w.event(mention('C0MISUSE1', '1700000800.000800', 'add'));
    const note = await w.api.waitFor(() => w.api.callsOf('chat.postEphemeral').find((c) => c.args.channel === 'C0MISUSE1'), 10_000, 'the private note');
    expect(note.args).toMatchObject({ user: 'U0REPORTER', thread_ts: '1700000800.000800' });
    expect(textOf(note.args)).toContain('give its link');
    expect(postsTo('C0MISUSE1')).toHaveLength(0);
  });

  it('the mention path logs one line per answered request, team and latency included', async () => {
    await w.api.waitFor(() => w.logs.requests('mention').length >= 4 || undefined, 5000, 'mention log lines');
    for (const line of w.logs.requests('mention')) {
      expect(line.team).toBe(TEAM);
      expect(typeof line.ms).toBe('number');
    }
  });
});

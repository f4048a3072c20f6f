import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createSlackApp, type SlackApp } from '../../../src/adapters/slack/app.js';
import { parseTenants } from '../../../src/config/tenancy.js';
import type { OnRecord } from '../../../src/core/api.js';
import { textOf } from './harness/payload.js';
import { SlackStandIn } from './harness/slack-api.js';
import { APP_TOKEN, BOT_TOKEN, buildCore, LogSink, TEAM } from './harness/world.js';

/**
 * Socket Mode: the same app connects out to a local WebSocket stand-in (found through apps.connections.open
 * on the stand-in Web API), acknowledges envelopes and answers them like HTTP requests.
 */
describe('Slack Socket Mode', () => {
  const api = new SlackStandIn(TEAM);
  let app: SlackApp;
  let core: OnRecord;
  const logs = new LogSink();
  beforeAll(async () => {
    await api.start();
    ({ core } = await buildCore());
    app = createSlackApp(
      {
        botToken: BOT_TOKEN,
        transport: { kind: 'socket', appToken: APP_TOKEN },
        apiUrl: api.apiUrl,
        apiRetries: 0,
        command: '/quote',
        addUsers: [],
        addUsergroups: [],
        autoIngestChannels: [],
        pageSize: 3,
        answerTimeoutMs: 10_000,
        tenants: parseTenants(undefined, 'default'),
        defaultCollection: 'default',
      },
      core,
      pino({ level: 'info' }, logs.stream),
    );
    const started = await app.start();
    expect(started.mode).toBe('socket');
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await api.close();
    await core?.close();
  });

  it('connects with the app-level token through apps.connections.open', () => {
    expect(api.socketConnected).toBe(true);
    const open = api.callsOf('apps.connections.open')[0];
    expect(open?.token).toBe(APP_TOKEN);
  });

  it('acknowledges a slash command envelope and answers through response_url', async () => {
    const ack = await api.sendEnvelope({
      envelope_id: 'env-cmd-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: { team_id: TEAM, channel_id: 'C0SOCKET1', user_id: 'U0REPORTER', command: '/quote', text: 'what did Adeyemi say about pensions', response_url: api.responseUrl('sock1'), trigger_id: 't1', api_app_id: 'A0ONRECORD' },
    });
    expect(ack).toBeDefined();
    const msg = await api.responseFor('sock1');
    expect(msg.response_type).toBe('ephemeral');
    expect(textOf(msg)).toContain('night-shift pay &amp; pensions');
  });

  it('acknowledges a button click envelope and answers it privately', async () => {
    const ask = await api.sendEnvelope({
      envelope_id: 'env-cmd-2',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: { team_id: TEAM, channel_id: 'C0SOCKET1', user_id: 'U0REPORTER', command: '/quote', text: 'what did Adeyemi say about pensions', response_url: api.responseUrl('sock2'), trigger_id: 't2', api_app_id: 'A0ONRECORD' },
    });
    expect(ask).toBeDefined();
    const answer = await api.responseFor('sock2');
    const id = (answer.blocks as { accessory?: { action_id: string; value: string } }[]).find((b) => b.accessory?.action_id === 'onrecord_context')?.accessory?.value;
    expect(id).toBeDefined();
    await api.sendEnvelope({
      envelope_id: 'env-act-1',
      type: 'interactive',
      accepts_response_payload: false,
      payload: {
        type: 'block_actions',
        team: { id: TEAM },
        user: { id: 'U0REPORTER' },
        api_app_id: 'A0ONRECORD',
        container: { type: 'message', is_ephemeral: true, channel_id: 'C0SOCKET1', message_ts: '1.2' },
        channel: { id: 'C0SOCKET1' },
        response_url: api.responseUrl('sock3'),
        actions: [{ type: 'button', action_id: 'onrecord_context', block_id: 'b', value: id, action_ts: '1.3' }],
      },
    });
    const ctx = await api.responseFor('sock3');
    expect(textOf(ctx)).toContain('In context');
    expect(textOf(ctx)).toContain('Grace Adeyemi');
  });

  it('answers a mention envelope in its thread, and a redelivered envelope only once', async () => {
    const envelope = {
      envelope_id: 'env-evt-1',
      type: 'events_api',
      accepts_response_payload: false,
      payload: {
        team_id: TEAM,
        api_app_id: 'A0ONRECORD',
        type: 'event_callback',
        event_id: 'EvSOCKET1',
        event_time: 1700002000,
        event: { type: 'app_mention', user: 'U0REPORTER', channel: 'C0SOCKET2', ts: '1700002000.000100', text: `<@${api.botUserId}> what did Maria Kirby say about ferries` },
      },
    };
    await api.sendEnvelope(envelope);
    const post = await api.waitFor(() => api.callsOf('chat.postMessage').find((c) => c.args.channel === 'C0SOCKET2'), 10_000, 'the answer');
    expect(post.args.thread_ts).toBe('1700002000.000100');
    expect(textOf(post.args)).toContain('*Maria Kirby*');
    await api.sendEnvelope({ ...envelope, envelope_id: 'env-evt-2', retry_attempt: 1, retry_reason: 'timeout' });
    await new Promise((r) => setTimeout(r, 400));
    expect(api.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C0SOCKET2')).toHaveLength(1);
  });
});

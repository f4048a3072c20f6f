import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createOnRecord } from '../../../src/core/index.js';
import { SqliteQuoteStore } from '../../../src/core/store/sqlite/store.js';
import type { StoreHarness } from '../../store/contract.js';
import { postgresHarness } from '../../store/harness.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARTICLES, OTHER_NEWSROOM, OTHER_NEWSROOM_WORDS } from './harness/articles.js';
import { textOf } from './harness/payload.js';
import { SPORT_TEAM, TEAM, startWorld, type World } from './harness/world.js';

/**
 * Two workspaces install the app through Slack's OAuth flow (Bolt's /slack/install and redirect, with the code
 * exchanged at the local stand-in's oauth.v2.access); each is then served with its own token and sees only its
 * own collections. The installations are kept encrypted in the store, on SQLite and PostgreSQL.
 */
const pgUrl = inject('pgUrl');
const KEY = Buffer.alloc(32, 7);
const TOKENS: Record<string, string> = { [TEAM]: 'xoxb-newsroom-0000000001', [SPORT_TEAM]: 'xoxb-sportdesk-000000002' };

async function sqliteHarness(): Promise<StoreHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-oauth-'));
  const store = new SqliteQuoteStore({ dir });
  await store.init();
  return { store, another: async () => store, dispose: async () => (await store.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

/** Walks the install flow as a browser would: /slack/install, Slack's consent (granted), the redirect back. */
async function install(w: World, teamId: string, code: string): Promise<{ status: number; body: string }> {
  const base = w.eventsUrl.replace('/slack/events', '');
  const start = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const consent = new URL(start.headers.get('location')!);
  expect(consent.pathname).toBe('/oauth/v2/authorize');
  expect(consent.searchParams.get('client_id')).toBe(w.api.oauthClient.id);
  expect(consent.searchParams.get('scope')!.split(',')).toContain('app_mentions:read');
  const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
  w.api.oauthGrants.set(code, { teamId, teamName: teamId, botToken: TOKENS[teamId]! });
  const back = await fetch(`${base}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(consent.searchParams.get('state')!)}`, { headers: { cookie }, redirect: 'manual' });
  return { status: back.status, body: await back.text() };
}

for (const { name, skip, open } of [
  { name: 'sqlite', skip: false, open: sqliteHarness },
  { name: 'postgres', skip: !pgUrl, open: () => postgresHarness(pgUrl) },
]) {
  describe.skipIf(skip)(`Slack OAuth: two workspaces installed through the flow (${name})`, () => {
    let h: StoreHarness;
    let w: World;
    beforeAll(async () => {
      h = await open();
      const core = createOnRecord({ store: h.store, refreshMs: 50 });
      for (const f of [...ARTICLES, OTHER_NEWSROOM]) await core.ingestDocument({ source: f.source, content: f.content }, f.collection ? { collection: f.collection } : {});
      w = await startWorld({ botToken: undefined, oauth: { clientId: '1111111111.2222222222', clientSecret: '0123456789abcdef0123456789abcdef', stateSecret: 'a-state-secret-for-tests', tokenKey: KEY }, sharedState: h.store }, core);
    }, 60_000);
    afterAll(async () => {
      await w?.close();
      await h?.dispose();
    });

    it('installs both workspaces, keeping each token encrypted in the store', async () => {
      for (const [team, code] of [[TEAM, 'code-news'], [SPORT_TEAM, 'code-sport']] as const) {
        const done = await install(w, team, code);
        expect(done.status).toBe(200);
        expect(done.body).toMatch(/Thank you|success/i);
        const row = await h.store.getState(`slack:install:T:${team}`);
        expect(row).toMatch(/^v1\./);
        expect(row).not.toContain(TOKENS[team]);
      }
      expect(w.api.callsOf('oauth.v2.access')).toHaveLength(2);
    });

    it('a forged redirect (no state cookie) installs nothing', async () => {
      w.api.oauthGrants.set('code-forged', { teamId: 'T0INTRUDER', teamName: 'x', botToken: 'xoxb-intruder-0000000003' });
      const base = w.eventsUrl.replace('/slack/events', '');
      const res = await fetch(`${base}/slack/oauth_redirect?code=code-forged&state=made-up`, { redirect: 'manual' });
      expect(res.status).not.toBe(200);
      expect(await h.store.getState('slack:install:T:T0INTRUDER')).toBeNull();
    });

    it('each workspace is answered with its own token, from its own collections only', async () => {
      const ask = (team: string, channel: string, ts: string) =>
        w.event({ type: 'app_mention', user: 'U0REPORTER', text: `<@${w.api.botUserId}> what did Balogun say about the ${OTHER_NEWSROOM_WORDS}`, ts, channel, event_ts: ts }, { team });
      await ask(SPORT_TEAM, 'C0SPORT01', '1700002000.000100');
      await ask(TEAM, 'C0NEWS001', '1700002000.000200');
      const sport = await w.api.waitFor(() => w.api.callsOf('chat.postMessage').find((c) => c.args.channel === 'C0SPORT01'), 15_000, 'the sports desk answer');
      const news = await w.api.waitFor(() => w.api.callsOf('chat.postMessage').find((c) => c.args.channel === 'C0NEWS001'), 15_000, 'the newsroom answer');
      expect(sport.token).toBe(TOKENS[SPORT_TEAM]);
      expect(news.token).toBe(TOKENS[TEAM]);
      expect(textOf(sport.args)).toContain('roof no longer leaks');
      expect(textOf(news.args)).not.toContain('roof no longer leaks');
    });

    it('uninstalling deletes the workspace\'s installation, and its events are no longer answered', async () => {
      const res = await w.event({ type: 'app_uninstalled', event_ts: '1700002000.000400' }, { team: SPORT_TEAM });
      expect(res.status).toBe(200);
      for (let i = 0; i < 100 && (await h.store.getState(`slack:install:T:${SPORT_TEAM}`)) !== null; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await h.store.getState(`slack:install:T:${SPORT_TEAM}`)).toBeNull();
      expect(await h.store.getState(`slack:install:T:${TEAM}`)).not.toBeNull();
      await w.event({ type: 'app_mention', user: 'U0REPORTER', text: `<@${w.api.botUserId}> help`, ts: '1700002000.000500', channel: 'C0SPORT02', event_ts: '1700002000.000500' }, { team: SPORT_TEAM });
      await new Promise((r) => setTimeout(r, 500));
      expect(w.api.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C0SPORT02')).toHaveLength(0);
    });

    it('a workspace that never installed the app gets no answer', async () => {
      await w.event({ type: 'app_mention', user: 'U0X', text: `<@${w.api.botUserId}> help`, ts: '1700002000.000300', channel: 'C0ELSE001', event_ts: '1700002000.000300' }, { team: 'T0UNKNOWN' });
      await new Promise((r) => setTimeout(r, 500));
      expect(w.api.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C0ELSE001')).toHaveLength(0);
    });
  });
}

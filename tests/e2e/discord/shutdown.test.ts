import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort, runEntry } from '../../support/process.js';
import { GatewayStandIn } from './harness/gateway.js';
import { WORLD, slashInteraction, snowflake } from './harness/ids.js';
import { articlePage } from './harness/pages.js';
import { RestStandIn } from './harness/rest.js';

/**
 * `npm run discord` under a supervisor: the readiness line, /healthz on HEALTH_PORT, and a SIGTERM that lands
 * while `/quote-add` waits for a slow page still delivers the answer before the process exits 0.
 */
let dir = '';
let pages: http.Server;
let pageUrl = '';
let pageRequested: () => void = () => {};
const requested = new Promise<void>((r) => (pageRequested = r));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-discord-stop-'));
  pages = http.createServer((_req, res) => {
    pageRequested();
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articlePage({ title: 'Tram line extended to the harbour', speaker: 'Marta Lindqvist', role: 'Transport councillor', quotes: ['The trams will reach the ferry terminal by the summer timetable', 'Every stop will have step-free access'], published: '2024-03-01' }));
    }, 1500);
  });
  await new Promise<void>((r) => pages.listen(0, '127.0.0.1', r));
  pageUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/tram`;
});
afterAll(async () => {
  pages.closeAllConnections();
  await new Promise((r) => pages.close(r));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('says ready, answers /healthz, and on SIGTERM finishes the answer in flight before exiting 0', async () => {
  const rest = new RestStandIn();
  const gateway = new GatewayStandIn();
  const api = await rest.listen();
  rest.gatewayUrl = await gateway.listen();
  const healthPort = await freePort();
  const p = runEntry('src/adapters/discord/main.ts', {
    DATA_DIR: dir,
    DISCORD_TOKEN: WORLD.token,
    DISCORD_APPLICATION_ID: WORLD.applicationId,
    DISCORD_API_URL: api,
    ONRECORD_FETCH_ALLOW: '127.0.0.1',
    HEALTH_PORT: String(healthPort),
    LOG_LEVEL: 'info',
  });
  try {
    await p.until(/"ready":"discord"/, 30_000);
    const health = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect({ status: health.status, body: await health.json() }).toEqual({ status: 200, body: { status: 'ok', mode: 'discord' } });

    const token = `tok${snowflake()}`;
    gateway.dispatch('INTERACTION_CREATE', slashInteraction(token, 'quote-add', [{ name: 'url', type: 3, value: pageUrl }]));
    await requested;
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    // The deferred answer was completed (the @original edited) before the process exited.
    const edit = rest.calls.find((c) => c.method === 'PATCH' && c.path.includes(`/${token}/messages/@original`));
    expect(edit?.body.embeds[0].title).toBe('Added: Tram line extended to the harbour');
    expect(p.out()).toMatch(/"signal":"SIGTERM","inflight":1/);
    expect(p.out()).toContain('"msg":"stopped"');
  } finally {
    if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await gateway.close();
    await rest.close();
  }
}, 60_000);

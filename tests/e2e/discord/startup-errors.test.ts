import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort, runEntry } from '../../support/process.js';
import { WORLD } from './harness/ids.js';
import { RestStandIn } from './harness/rest.js';

/** `npm run discord` as a process, when Discord cannot be used: one line, a non-zero code, in seconds. */
const MAIN = 'src/adapters/discord/main.ts';
let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-discord-start-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a token Discord refuses is one line naming DISCORD_TOKEN, no stack trace, exit code 2', async () => {
  const rest = new RestStandIn();
  const api = await rest.listen();
  rest.refusedTokens.add(WORLD.token);
  try {
    const p = runEntry(MAIN, { DATA_DIR: dir, DISCORD_TOKEN: WORLD.token, DISCORD_APPLICATION_ID: WORLD.applicationId, DISCORD_API_URL: api });
    expect(await p.exited).toBe(2);
    expect(p.err().trim()).toBe('onrecord-discord: Discord refused the bot token (TokenInvalid): copy a fresh one into DISCORD_TOKEN (Developer Portal > Bot > Reset Token)');
    expect(p.out()).not.toMatch(/\n\s+at /);
  } finally {
    await rest.close();
  }
}, 60_000);

test('an unreachable Discord stops the start within seconds with one line, exit code 3', async () => {
  const closed = await freePort();
  const p = runEntry(MAIN, { DATA_DIR: dir, DISCORD_TOKEN: WORLD.token, DISCORD_APPLICATION_ID: WORLD.applicationId, DISCORD_API_URL: `http://127.0.0.1:${closed}/api` });
  expect(await p.exited).toBe(3);
  expect(p.err().trim()).toBe(`onrecord-discord: Discord could not be reached at http://127.0.0.1:${closed}/api (ECONNREFUSED): check the network, a proxy, or DISCORD_API_URL`);
  expect(p.tookMs()).toBeLessThan(30_000);
}, 60_000);

test('an unknown placeholder in CITATION_TEMPLATE stops the start with one line naming it, exit code 2', async () => {
  const p = runEntry(MAIN, { DATA_DIR: dir, DISCORD_TOKEN: WORLD.token, DISCORD_APPLICATION_ID: WORLD.applicationId, DISCORD_API_URL: 'http://127.0.0.1:9/api', CITATION_TEMPLATE: '{quote} — {author}' });
  expect(await p.exited).toBe(2);
  expect(p.err().trim()).toMatch(/^onrecord-discord: .*CITATION_TEMPLATE: unknown placeholder \{author\}; use \{quote\} \{speaker\}/);
  expect(p.err().trim().split('\n')).toHaveLength(1);
}, 60_000);

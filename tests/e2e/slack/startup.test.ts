import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, runEntry } from '../../support/process.js';
import { SlackStandIn } from './harness/slack-api.js';

/** `npm run slack` as a process: the .env file, and one line (in seconds) when Slack cannot be used. */
const MAIN = 'src/adapters/slack/main.ts';
const SECRET = 'abcdef0123456789abcdef0123456789';

describe('npm run slack: start-up', () => {
  const api = new SlackStandIn('T0NEWSROOM');
  let dir = '';
  beforeAll(async () => {
    await api.start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-slack-start-'));
    fs.mkdirSync(path.join(dir, 'articles'));
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads its configuration from a .env file; a variable exported in the environment wins over the file', async () => {
    api.revokedTokens.add('xoxb-1111111111-stale');
    const port = await freePort();
    const envFile = path.join(dir, 'test.env');
    fs.writeFileSync(envFile, [`DATA_DIR=${dir}`, 'SLACK_BOT_TOKEN=xoxb-1111111111-stale', `SLACK_SIGNING_SECRET=${SECRET}`, `PORT=${port}`, `SLACK_API_URL=${api.apiUrl}`, ''].join('\n'));
    const p = runEntry(MAIN, { ONRECORD_ENV_FILE: envFile, SLACK_BOT_TOKEN: 'xoxb-2222222222-fresh' });
    try {
      await p.until(/"ready":"slack-http"/, 30_000);
      // The app verified the exported token, not the file's stale one, and listens on the file's PORT.
      expect(api.callsOf('auth.test').at(-1)?.token).toBe('xoxb-2222222222-fresh');
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      p.child.kill('SIGTERM');
      await p.exited;
    }
  }, 60_000);

  it('an unreachable Slack stops the start within seconds with one line, not 30 minutes of retries', async () => {
    const closed = await freePort();
    const p = runEntry(MAIN, { DATA_DIR: dir, SLACK_BOT_TOKEN: 'xoxb-1234567890-abc', SLACK_SIGNING_SECRET: SECRET, PORT: String(await freePort()), SLACK_API_URL: `http://127.0.0.1:${closed}/api/` });
    expect(await p.exited).toBe(3);
    expect(p.err().trim()).toBe(`onrecord-slack: Slack could not be reached at http://127.0.0.1:${closed}/api/ (ECONNREFUSED): check the network, a proxy, or SLACK_API_URL`);
    // Two quick retries (1 s, 2 s) plus process start; far below the SDK default's half hour.
    expect(p.tookMs()).toBeLessThan(30_000);
  }, 60_000);

  it('a refused app-level token in Socket Mode is one line too', async () => {
    api.revokedTokens.add('xapp-bad0000000-token');
    const p = runEntry(MAIN, { DATA_DIR: dir, SLACK_BOT_TOKEN: 'xoxb-1234567890-abc', SLACK_APP_TOKEN: 'xapp-bad0000000-token', SLACK_API_URL: api.apiUrl });
    const code = await Promise.race([p.exited, new Promise((r) => setTimeout(r, 40_000)).then(() => (p.child.kill('SIGKILL'), `still running: ${p.out()}`))]);
    expect(p.err().trim().split('\n')).toHaveLength(1);
    expect({ code, line: p.err().trim() }).toEqual({ code: 2, line: expect.stringMatching(/^onrecord-slack: Slack refused the token \(invalid_auth\)/) });
  }, 60_000);

  it('an unknown placeholder in CITATION_TEMPLATE stops the start with one line naming it, before Slack is called', async () => {
    const closed = await freePort();
    const p = runEntry(MAIN, { DATA_DIR: dir, SLACK_BOT_TOKEN: 'xoxb-1234567890-abc', SLACK_SIGNING_SECRET: SECRET, PORT: String(await freePort()), SLACK_API_URL: `http://127.0.0.1:${closed}/api/`, CITATION_TEMPLATE: '{quote} [{byline}]' });
    expect(await p.exited).toBe(2);
    expect(p.err().trim()).toMatch(/^onrecord-slack: .*CITATION_TEMPLATE: unknown placeholder \{byline\}; use \{quote\} \{speaker\}/);
    expect(p.err().trim().split('\n')).toHaveLength(1);
  }, 60_000);
});

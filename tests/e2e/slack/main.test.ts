import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from './harness/payload.js';
import { commandForm, sendSigned } from './harness/signed.js';
import { SlackStandIn } from './harness/slack-api.js';

/**
 * `npm run slack`'s composition root, run as a process (through tsx, so no build is needed): configuration
 * from the environment, the index in DATA_DIR (the seed article copied into its articles/ folder), HTTP mode.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const SECRET = 'abcdef0123456789abcdef0123456789';

function run(env: Record<string, string>, untilLine?: RegExp): { done: Promise<{ code: number | null; out: string }>; out: () => string; ready: Promise<void>; kill: () => void } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/adapters/slack/main.ts'], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let signalReady: () => void = () => {};
  const ready = new Promise<void>((r) => (signalReady = r));
  const onData = (d: Buffer) => {
    out += String(d);
    if (untilLine?.test(out)) signalReady();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const done = new Promise<{ code: number | null; out: string }>((resolve) => child.on('exit', (code) => resolve({ code, out })));
  return { done, out: () => out, ready, kill: () => child.kill('SIGTERM') };
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('npm run slack (main.ts)', () => {
  const api = new SlackStandIn('T0NEWSROOM');
  let dataDir = '';
  beforeAll(async () => {
    await api.start();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-slack-main-'));
    fs.mkdirSync(path.join(dataDir, 'articles'));
    fs.copyFileSync(path.join(root, 'data/articles/syria-nusra.txt'), path.join(dataDir, 'articles/syria-nusra.txt'));
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops with one clear line when configuration is missing', async () => {
    const { code, out } = await run({ DATA_DIR: dataDir, SLACK_BOT_TOKEN: 'xoxb-1234567890-abc' }).done;
    expect(code).toBe(2);
    expect(out.trim()).toBe('onrecord-slack: invalid Slack configuration: set SLACK_APP_TOKEN for Socket Mode (no public URL needed), or SLACK_SIGNING_SECRET and PORT for HTTP mode');
  }, 30_000);

  it('stops with one clear line when Slack refuses the bot token', async () => {
    api.revokedTokens.add('xoxb-9999999999-revoked');
    const { code, out } = await run({ DATA_DIR: dataDir, SLACK_BOT_TOKEN: 'xoxb-9999999999-revoked', SLACK_SIGNING_SECRET: SECRET, PORT: String(await freePort()), SLACK_API_URL: api.apiUrl }).done;
    expect(code).toBe(2);
    expect(out).toContain('onrecord-slack: Slack refused the token (invalid_auth): check SLACK_BOT_TOKEN');
    expect(out).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('starts in HTTP mode from the environment, answers from the seed article, and matches the CLI preview', async () => {
    const port = await freePort();
    const p = run({ DATA_DIR: dataDir, SLACK_BOT_TOKEN: 'xoxb-1234567890-abc', SLACK_SIGNING_SECRET: SECRET, PORT: String(port), SLACK_API_URL: api.apiUrl, LOG_LEVEL: 'info' }, /slack app listening/);
    try {
      await Promise.race([p.ready, p.done.then(({ out }) => Promise.reject(new Error(`exited early: ${out}`)))]);
      const body = commandForm({ team_id: 'T0NEWSROOM', user_id: 'U0REPORTER', channel_id: 'C0NEWSDESK', command: '/quote', text: 'what did Kirby say about Nusra', response_url: api.responseUrl('main1') });
      const res = await sendSigned(`http://127.0.0.1:${port}/slack/events`, SECRET, body, 'application/x-www-form-urlencoded');
      expect(res.status).toBe(200);
      const msg = await api.responseFor('main1', 1, 15_000);
      expect(textOf(msg)).toContain('*John Kirby*');
      // The CLI preview prints the very payload the app sent (timings aside).
      const cli = spawn(process.execPath, ['--import', 'tsx', 'src/adapters/cli/main.ts', 'ask', '--format', 'slack', '--data', dataDir, 'what did Kirby say about Nusra'], { cwd: root, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let printed = '';
      cli.stdout.on('data', (d: Buffer) => (printed += String(d)));
      await new Promise((r) => cli.on('exit', r));
      const sent = { text: msg.text, blocks: msg.blocks };
      const untimed = (v: unknown) => JSON.stringify(v).replace(/\d+ ms/g, 'N ms');
      expect(untimed(JSON.parse(printed))).toBe(untimed(sent));
      // One request log line, with its latency (written just after the answer is sent).
      await api.waitFor(() => /"kind":"command".*"ms":\d+/.test(p.out()) || undefined, 5000, 'the request log line');
    } finally {
      p.kill();
      await p.done;
    }
  }, 60_000);
});

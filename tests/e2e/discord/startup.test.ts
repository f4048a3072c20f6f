import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { GatewayStandIn } from './harness/gateway.js';
import { WORLD, slashInteraction, snowflake } from './harness/ids.js';
import { RestStandIn } from './harness/rest.js';

// The bot's entry point (`npm run discord` runs its compiled form) as a real process, through tsx.
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const MAIN = path.join(ROOT, 'src/adapters/discord/main.ts');
const DEPLOY = path.join(ROOT, 'src/adapters/discord/deploy-commands.ts');

function run(env: Record<string, string>, entry = MAIN) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-discord-main-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

test('missing variables stop the bot at start with one line naming each', async () => {
  const p = run({ DATA_DIR: dir });
  expect(await p.exited).toBe(2);
  expect(p.err()).toMatch(/^onrecord-discord: invalid Discord configuration: DISCORD_TOKEN: is missing.*DISCORD_APPLICATION_ID: is missing/);
  expect(p.err().trim().split('\n')).toHaveLength(1);
}, 60_000);

test('npm run discord: connects with the configured token, answers, and stops cleanly on SIGTERM', async () => {
  const rest = new RestStandIn();
  const gateway = new GatewayStandIn();
  const api = await rest.listen();
  rest.gatewayUrl = await gateway.listen();
  const p = run({ DATA_DIR: dir, DISCORD_TOKEN: WORLD.token, DISCORD_APPLICATION_ID: WORLD.applicationId, DISCORD_API_URL: api, LOG_LEVEL: 'info' });
  try {
    await gateway.until(() => gateway.identifies === 1, 25_000);
    expect(gateway.lastIdentify.token).toBe(WORLD.token);
    // Wait for the ready line, then ask for help through the gateway like Discord would.
    for (let i = 0; i < 100 && !p.out().includes('discord bot ready'); i++) await new Promise((r) => setTimeout(r, 100));
    const token = `tok${snowflake()}`;
    gateway.dispatch('INTERACTION_CREATE', slashInteraction(token, 'quote-help'));
    const call = await rest.waitFor((c) => c.path.includes(`/${token}/callback`), 15_000);
    expect(call.body.data.embeds[0].title).toBe('How to ask OnRecord');
    const lines = p
      .out()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(lines.some((l) => l.app === 'onrecord-discord' && l.event === 'ready')).toBe(true);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  } finally {
    if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await gateway.close();
    await rest.close();
  }
}, 60_000);

test('npm run discord:deploy-commands registers the commands for the guild and says where', async () => {
  const rest = new RestStandIn();
  const api = await rest.listen();
  try {
    const p = run({ DISCORD_TOKEN: WORLD.token, DISCORD_APPLICATION_ID: WORLD.applicationId, DISCORD_GUILD_ID: WORLD.guildId, DISCORD_API_URL: api }, DEPLOY);
    expect(await p.exited).toBe(0);
    expect(p.out()).toBe(`Registered /quote, /quote-who, /quote-help, /quote-add, /quote-follow, "Verify quote" (message menu) for guild ${WORLD.guildId} (available now).\n`);
    expect(rest.calls.some((c) => c.method === 'PUT' && c.path === `/applications/${WORLD.applicationId}/guilds/${WORLD.guildId}/commands`)).toBe(true);
  } finally {
    await rest.close();
  }
}, 60_000);

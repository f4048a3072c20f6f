import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { AUTO_INGEST_SCOPES, BOT_SCOPES } from '../../../src/adapters/slack/oauth.js';
import { seal, unseal } from '../../../src/adapters/slack/sealed.js';
import { parseSlackConfig } from '../../../src/config/slack.js';

const root = path.resolve(import.meta.dirname, '../../..');
const scopesOf = (file: string) => (parse(fs.readFileSync(path.join(root, 'slack', file), 'utf8')) as { oauth_config: { scopes: { bot: string[] } } }).oauth_config.scopes.bot;

describe('Slack OAuth', () => {
  it('sealed values open only with their key and context, and any change is detected', () => {
    const key = randomBytes(32);
    const a = seal('{"bot":{"token":"xoxb-secret"}}', key, 'slack:install:T:T1');
    expect(a).not.toContain('xoxb-secret');
    expect(seal('same', key, 'k')).not.toBe(seal('same', key, 'k')); // a fresh IV each time
    expect(unseal(a, key, 'slack:install:T:T1')).toBe('{"bot":{"token":"xoxb-secret"}}');
    expect(() => unseal(a, key, 'slack:install:T:T2')).toThrow();
    expect(() => unseal(a, randomBytes(32), 'slack:install:T:T1')).toThrow();
    const parts = a.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0]! ^= 1;
    expect(() => unseal([parts[0], parts[1], parts[2], body.toString('base64url')].join('.'), key, 'slack:install:T:T1')).toThrow();
  });

  it('asks each install for the scopes of the manifests', () => {
    expect([...BOT_SCOPES].sort()).toEqual([...scopesOf('manifest.yml')].sort());
    expect([...BOT_SCOPES, ...AUTO_INGEST_SCOPES].sort()).toEqual([...scopesOf('manifest.auto-ingest.yml')].sort());
  });

  it('configuration: OAuth replaces the bot token, needs all four settings and HTTP mode', () => {
    const oauth = { SLACK_CLIENT_ID: '1111111111.2222222222', SLACK_CLIENT_SECRET: '0123456789abcdef0123456789abcdef', SLACK_STATE_SECRET: 'a-long-state-secret', SLACK_TOKEN_KEY: Buffer.alloc(32, 1).toString('base64') };
    const http = { SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789' };
    const c = parseSlackConfig({ ...oauth, ...http });
    expect(c.botToken).toBeUndefined();
    expect(c.oauth?.tokenKey.equals(Buffer.alloc(32, 1))).toBe(true);
    expect(parseSlackConfig({ ...oauth, ...http, SLACK_TOKEN_KEY: 'ab'.repeat(32) }).oauth?.tokenKey.length).toBe(32);
    expect(() => parseSlackConfig({ ...oauth, ...http, SLACK_TOKEN_KEY: 'short' })).toThrow(/SLACK_TOKEN_KEY: must be a 32-byte key/);
    expect(() => parseSlackConfig({ ...oauth, ...http, SLACK_STATE_SECRET: '' })).toThrow(/SLACK_STATE_SECRET: missing/);
    expect(() => parseSlackConfig({ ...oauth, ...http, SLACK_BOT_TOKEN: 'xoxb-1234567890-abc' })).toThrow(/not both/);
    expect(() => parseSlackConfig({ ...oauth, SLACK_APP_TOKEN: 'xapp-1-A1-2-abcdef' })).toThrow(/need HTTP mode/);
  });
});

import { describe, expect, it } from 'vitest';
import { parseSlackConfig } from '../../../src/config/slack.js';

const BOT = 'xoxb-111-222-abcdefghij';
const APP = 'xapp-1-A111-222-abcdef';
const SECRET = '0123456789abcdef0123456789abcdef';

describe('parseSlackConfig', () => {
  it('chooses Socket Mode when the app-level token is set', () => {
    const c = parseSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP });
    expect(c.transport).toEqual({ kind: 'socket', appToken: APP });
    expect(c).toMatchObject({ command: '/quote', pageSize: 3, answerTimeoutMs: 20_000, addUsers: [], addUsergroups: [], autoIngestChannels: [] });
  });

  it('chooses HTTP mode with the signing secret and port', () => {
    const c = parseSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '8080' });
    expect(c.transport).toEqual({ kind: 'http', signingSecret: SECRET, port: 8080 });
    expect(parseSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET }).transport).toMatchObject({ port: 3000 });
  });

  it('SLACK_MODE picks one when both are set, and says what the chosen mode lacks', () => {
    expect(parseSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET, SLACK_MODE: 'http' }).transport.kind).toBe('http');
    expect(() => parseSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_MODE: 'socket' })).toThrow(/SLACK_APP_TOKEN: is missing/);
  });

  it('names what is missing or wrong, one clear line each', () => {
    expect(() => parseSlackConfig({})).toThrow(/SLACK_BOT_TOKEN: is missing/);
    expect(() => parseSlackConfig({ SLACK_BOT_TOKEN: BOT })).toThrow(/set SLACK_APP_TOKEN for Socket Mode .* or SLACK_SIGNING_SECRET and PORT/);
    expect(() => parseSlackConfig({ SLACK_BOT_TOKEN: 'xoxp-user-token-123456', SLACK_APP_TOKEN: APP })).toThrow(/starts with xoxb-/);
    expect(() => parseSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: BOT })).toThrow(/SLACK_APP_TOKEN: does not look like an app-level token/);
    expect(() => parseSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'ftp://x' })).toThrow(/SLACK_API_URL/);
    expect(() => parseSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_ADD_USERGROUPS: 'editors' })).toThrow(/SLACK_ADD_USERGROUPS: must be user group ids .*not one: editors/);
  });

  it('reads lists, the command name and the API URL', () => {
    const c = parseSlackConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
      SLACK_ADD_USERS: 'U0AAA111, W0BBB222',
      SLACK_ADD_USERGROUPS: 'S0EDITORS',
      SLACK_AUTO_INGEST_CHANNELS: 'C0LINKS C0LINKS G0PRIVATE',
      SLACK_COMMAND: '/onrecord',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      SLACK_PAGE_SIZE: '5',
    });
    expect(c).toMatchObject({ addUsers: ['U0AAA111', 'W0BBB222'], addUsergroups: ['S0EDITORS'], autoIngestChannels: ['C0LINKS', 'G0PRIVATE'], command: '/onrecord', apiUrl: 'http://127.0.0.1:9999/api/', pageSize: 5 });
  });

  it('SLACK_HOST sets the HTTP interface (all interfaces when unset), and refuses what is not an address or host name', () => {
    const http = { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET };
    expect(parseSlackConfig(http).host).toBeUndefined();
    expect(parseSlackConfig({ ...http, SLACK_HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(parseSlackConfig({ ...http, SLACK_HOST: '::1' }).host).toBe('::1');
    expect(parseSlackConfig({ ...http, SLACK_HOST: 'localhost' }).host).toBe('localhost');
    expect(() => parseSlackConfig({ ...http, SLACK_HOST: 'http://0.0.0.0:3000' })).toThrow(/SLACK_HOST: must be an IP address/);
    expect(() => parseSlackConfig({ ...http, SLACK_HOST: 'bad host' })).toThrow(/SLACK_HOST/);
    // Socket Mode listens on nothing: the setting is ignored there.
    expect(parseSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_HOST: '127.0.0.1' }).host).toBeUndefined();
  });
});

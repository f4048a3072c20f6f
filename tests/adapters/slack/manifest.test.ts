import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSlackConfig } from '../../../src/config/slack.js';

/**
 * The manifest asks for exactly the scopes the app uses: the Web API methods called in the adapter's source
 * and the events it subscribes to, each mapped to the scope Slack requires for it.
 */
const root = path.resolve(import.meta.dirname, '../../..');
type Manifest = {
  features: { slash_commands: { command: string; should_escape: boolean }[]; app_home: { messages_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
};
const load = (file: string) => parse(fs.readFileSync(path.join(root, 'slack', file), 'utf8')) as Manifest;
/** The least-privilege manifest (no channel history), and the one for channel auto-ingest. */
const manifest = load('manifest.yml');
const autoIngest = load('manifest.auto-ingest.yml');

const METHOD_SCOPES: Record<string, string> = {
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'reactions.add': 'reactions:write',
  'usergroups.users.list': 'usergroups:read',
  'users.info': 'users:read',
};
const EVENT_SCOPES: Record<string, string> = {
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  // Sent to every app, no scope needed.
  app_uninstalled: '',
  tokens_revoked: '',
};

function adapterSource(): string {
  const dir = path.join(root, 'src/adapters/slack');
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
}

/** Events only channel auto-ingest needs: messages posted in channels. */
const AUTO_INGEST_EVENTS = ['message.channels', 'message.groups'];

function adapterFile(rel: string): string {
  return fs.readFileSync(path.join(root, 'src/adapters/slack', rel), 'utf8');
}

function methodsIn(src: string): Set<string> {
  return new Set([...src.matchAll(/\b(?:client|api)\.(chat|reactions|usergroups|users|conversations|files)\.([\w.]+)\(/g)].map((m) => `${m[1]}.${m[2]}`));
}

describe('slack/manifest.yml and slack/manifest.auto-ingest.yml', () => {
  it('the auto-ingest manifest requests exactly the scopes of the methods and events the app uses', () => {
    const src = adapterSource();
    const methods = methodsIn(src);
    expect([...methods].sort()).toEqual(Object.keys(METHOD_SCOPES).sort());
    for (const m of methods) expect(METHOD_SCOPES, `scope for ${m}`).toHaveProperty([m]);
    const events = autoIngest.settings.event_subscriptions.bot_events;
    const needed = new Set(['commands', ...[...methods].map((m) => METHOD_SCOPES[m]!), ...events.map((e) => EVENT_SCOPES[e]!)].filter(Boolean));
    expect([...autoIngest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
    // Every subscribed event is one the app listens to.
    expect(src).toContain("app.event('app_mention'");
    expect(src).toContain("app.event('message'");
    expect(src).toContain("app.event('app_uninstalled'");
    expect(src).toContain("app.event('tokens_revoked'");
    expect(events.every((e) => e in EVENT_SCOPES)).toBe(true);
    expect(events).toEqual(expect.arrayContaining(AUTO_INGEST_EVENTS));
  });

  it('the default manifest drops channel history and the methods only auto-ingest calls, and nothing else', () => {
    // Methods called only by the auto-ingest handler (handlers/ingest.ts), not by any other module.
    const others = fs
      .readdirSync(path.join(root, 'src/adapters/slack'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && f !== path.join('handlers', 'ingest.ts'))
      .map(adapterFile)
      .join('\n');
    const onlyAutoIngest = [...methodsIn(adapterFile('handlers/ingest.ts'))].filter((m) => !methodsIn(others).has(m));
    expect(onlyAutoIngest).toEqual(['reactions.add']);
    const events = autoIngest.settings.event_subscriptions.bot_events.filter((e) => !AUTO_INGEST_EVENTS.includes(e));
    const needed = new Set(['commands', ...[...methodsIn(others)].map((m) => METHOD_SCOPES[m]!), ...events.map((e) => EVENT_SCOPES[e]!)].filter(Boolean));
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(events);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
    expect(manifest.oauth_config.scopes.bot).not.toContain('channels:history');
    expect(manifest.oauth_config.scopes.bot).not.toContain('groups:history');
    // Apart from scopes and events the two manifests are the same app.
    const rest = (m: Manifest) => ({ ...m, oauth_config: undefined, settings: { ...m.settings, event_subscriptions: undefined } });
    expect(rest(manifest)).toEqual(rest(autoIngest));
  });

  it('declares the default slash command, interactivity, DMs and Socket Mode', () => {
    const defaults = parseSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abcdefghij', SLACK_APP_TOKEN: 'xapp-1-A1-2-abcdef' });
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([defaults.command]);
    expect(manifest.features.slash_commands[0]!.should_escape).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});

describe('the "Verify quote" message shortcut', () => {
  it('is declared in both manifests with the callback id the app handles, and needs no scope beyond commands', async () => {
    const { VERIFY_CALLBACK } = await import('../../../src/adapters/slack/handlers/verify.js');
    for (const m of [manifest, autoIngest] as (Manifest & { features: { shortcuts?: { name: string; type: string; callback_id: string; description: string }[] } })[]) {
      expect(m.features.shortcuts).toEqual([expect.objectContaining({ name: 'Verify quote', type: 'message', callback_id: VERIFY_CALLBACK })]);
      // The manifest schema's limits (@slack/web-api's Manifest type): description 150, callback id 255.
      expect(m.features.shortcuts![0]!.description.length).toBeLessThanOrEqual(150);
      expect(VERIFY_CALLBACK.length).toBeLessThanOrEqual(255);
      expect(m.oauth_config.scopes.bot).toContain('commands');
    }
    expect(adapterSource()).toContain('app.shortcut<MessageShortcut>({ callback_id: VERIFY_CALLBACK');
  });
});

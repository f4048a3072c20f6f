import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTenants, notSetUpMessage, parseTenants, resolveTenant } from '../../src/config/tenancy.js';

describe('tenancy', () => {
  it('with no configuration, every workspace and guild reads and writes the default collection', () => {
    const none = parseTenants(undefined, 'default');
    expect(resolveTenant(none, 'slack', 'T1', 'default')).toEqual({ read: ['default'], write: 'default' });
    expect(resolveTenant(none, 'discord', undefined, 'default')).toEqual({ read: ['default'], write: 'default' });
  });

  it('with a configuration, a listed id gets its entry, others "*", and without "*" nothing', () => {
    const strict = parseTenants(JSON.stringify({ 'slack:T1': { read: ['metro', 'wire'], write: 'metro' }, 'discord:42': { read: ['sport'] } }), 'default');
    expect(resolveTenant(strict, 'slack', 'T1', 'default')).toEqual({ read: ['metro', 'wire'], write: 'metro' });
    expect(resolveTenant(strict, 'discord', '42', 'default')).toEqual({ read: ['sport'], write: 'sport' });
    expect(resolveTenant(strict, 'slack', 'T2', 'default')).toBeUndefined();
    expect(resolveTenant(strict, 'discord', 'T1', 'default')).toBeUndefined(); // ids are per platform
    expect(resolveTenant(strict, 'slack', undefined, 'default')).toBeUndefined();
    const open = parseTenants(JSON.stringify({ 'slack:T1': { read: ['metro'] }, '*': { read: ['wire'] } }), 'default');
    expect(resolveTenant(open, 'slack', 'T9', 'default')).toEqual({ read: ['wire'], write: 'wire' });
    expect(notSetUpMessage('slack', 'T2')).toContain('"slack:T2"');
  });

  it('refuses bad configuration with a clear message', () => {
    expect(() => parseTenants('{', 'default')).toThrow(/not valid JSON/);
    expect(() => parseTenants(JSON.stringify({ 'teams:T1': { read: ['a'] } }), 'default')).toThrow(/keys are slack/);
    expect(() => parseTenants(JSON.stringify({ 'slack:T1': { read: ['bad name'] } }), 'default')).toThrow(/collection names/);
    expect(() => loadTenants({ ONRECORD_TENANTS: path.join(os.tmpdir(), 'no-such-tenants.json') } as never, 'default')).toThrow(/cannot read/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tenants-')), 't.json');
    fs.writeFileSync(file, JSON.stringify({ '*': { read: ['wire'] } }));
    expect(resolveTenant(loadTenants({ ONRECORD_TENANTS: file } as never, 'default'), 'slack', 'T5', 'default')?.read).toEqual(['wire']);
  });
});

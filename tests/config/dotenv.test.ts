import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDotEnv } from '../../src/config/dotenv.js';
import type { Env } from '../../src/config/index.js';

describe('.env reading', () => {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-dotenv-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads .env from the project root; variables already set win over the file', () => {
    fs.writeFileSync(path.join(dir, '.env'), '# comment\nSLACK_BOT_TOKEN=xoxb-from-file\nPORT=4000\nQUOTED="a b # c"\nEMPTY=\n');
    const env: Env = { PORT: '5000' };
    const r = loadDotEnv(env, dir);
    expect(r.file).toBe(path.join(dir, '.env'));
    expect(env).toEqual({ PORT: '5000', SLACK_BOT_TOKEN: 'xoxb-from-file', QUOTED: 'a b # c', EMPTY: '' });
    expect(r.loaded.sort()).toEqual(['EMPTY', 'QUOTED', 'SLACK_BOT_TOKEN']);
  });

  it('no .env is fine; ONRECORD_ENV_FILE names another file or turns reading off', () => {
    expect(loadDotEnv({}, dir)).toEqual({ loaded: [] });
    fs.writeFileSync(path.join(dir, 'prod.env'), 'DATA_DIR=/srv/onrecord\n');
    fs.writeFileSync(path.join(dir, '.env'), 'DATA_DIR=ignored\n');
    const named: Env = { ONRECORD_ENV_FILE: 'prod.env' };
    loadDotEnv(named, dir);
    expect(named.DATA_DIR).toBe('/srv/onrecord');
    const off: Env = { ONRECORD_ENV_FILE: 'none' };
    loadDotEnv(off, dir);
    expect(off.DATA_DIR).toBeUndefined();
  });

  it('a named file that cannot be read is one clear configuration error', () => {
    expect(() => loadDotEnv({ ONRECORD_ENV_FILE: 'missing.env' }, dir)).toThrow(/^ONRECORD_ENV_FILE: cannot read .*missing\.env/);
  });
});

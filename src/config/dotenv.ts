import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { describeError, OnRecordError } from '../core/errors.js';
import type { Env } from './index.js';

/** The project root: two levels above this module, in `src/config` (tsx) and `dist/config` (built) alike. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** What reading the `.env` file did, for the start-up log. */
export interface DotEnvResult {
  /** The file read, or undefined when there was none (or reading was turned off). */
  file?: string;
  /** Variables taken from the file (those not already in the environment). */
  loaded: string[];
}

/**
 * Reads a `.env` file into `env`: `ONRECORD_ENV_FILE` names the file (`none` turns reading off), else `.env`
 * in the project root. Variables already in the environment win, so a service manager or a shell export always
 * overrides the file. Parsed by Node's own dotenv parser (`util.parseEnv`, Node >= 20.12), the one behind
 * `node --env-file`. A missing default file is fine; a named file that cannot be read is a configuration error.
 */
export function loadDotEnv(env: Env, root = PROJECT_ROOT): DotEnvResult {
  const named = env.ONRECORD_ENV_FILE?.trim();
  if (named === 'none') return { loaded: [] };
  const file = named ? path.resolve(root, named) : path.join(root, '.env');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (!named && (err as NodeJS.ErrnoException).code === 'ENOENT') return { loaded: [] };
    throw new OnRecordError('CONFIG_INVALID', `ONRECORD_ENV_FILE: cannot read ${file}: ${describeError(err)}`);
  }
  if (typeof util.parseEnv !== 'function') {
    throw new OnRecordError('CONFIG_INVALID', `reading ${file} needs Node 20.12 or later (this is ${process.version}); upgrade Node or export the variables instead`);
  }
  const parsed = util.parseEnv(text);
  const loaded: string[] = [];
  for (const [key, value] of Object.entries(parsed)) {
    if (value === undefined || env[key] !== undefined) continue;
    env[key] = value;
    loaded.push(key);
  }
  return { file, loaded };
}

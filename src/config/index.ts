import { z } from 'zod';
import { OnRecordError } from '../core/errors.js';
import { loadDotEnv } from './dotenv.js';

/**
 * The only reader of `process.env`. Each process (CLI, Slack, Discord, worker) parses the sections it needs,
 * so a Slack deployment is not asked for a Discord token. Section schemas live beside their owners
 * (`src/config/<section>.ts`); everything below this layer takes typed options.
 */
export type Env = Record<string, string | undefined>;

const coreSchema = z.object({
  /** Folder of the embedded SQLite index (and of the seed articles when DATA_DIR is the default). */
  DATA_DIR: z.string().min(1).default('data'),
  /** PostgreSQL connection string: when set, the shared PostgreSQL store replaces SQLite. */
  DATABASE_URL: z.string().url().optional(),
  /** PostgreSQL schema holding OnRecord's tables (several deployments can share one database). */
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'lower-case letters, digits and _ only').default('onrecord'),
  /** Connections each process keeps to PostgreSQL. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Collection used when nothing else is configured. */
  DEFAULT_COLLECTION: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/i, 'letters, digits, - and _ only').default('default'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Answers say "attribution uncertain" for a quote whose confidence (the fitted probability that its speaker is
   * right, docs/EXTRACTION.md) is below this.
   */
  ATTRIBUTION_UNCERTAIN_BELOW: z.coerce.number().min(0, 'a probability from 0 to 1').max(1, 'a probability from 0 to 1').default(0.6),
  /** Long-running processes: serve GET /healthz on this port (Slack HTTP mode serves it on PORT anyway). */
  HEALTH_PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0, 'must be 0 to 65535').max(65535, 'must be 0 to 65535').optional(),
  /** The interface the health server listens on (loopback by default; 0.0.0.0 for a probe from outside). */
  HEALTH_HOST: z.string().min(1).default('127.0.0.1'),
  /** On SIGTERM/SIGINT, how long answers in flight may take to finish before the process exits anyway. */
  SHUTDOWN_GRACE_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(0).max(600_000, 'must be at most 600000').default(15_000),
  /** Slack and Discord: how often follows are delivered (ms); 0 turns delivery off in that process. */
  ONRECORD_FOLLOW_INTERVAL_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(0).max(3_600_000, 'must be at most 3600000').default(30_000),
  /** At most one follow digest per channel this often (ms). */
  ONRECORD_FOLLOW_CHANNEL_GAP_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(0).max(86_400_000, 'must be at most 86400000').default(60_000),
});

export type CoreConfig = z.infer<typeof coreSchema>;

/** Parses one section, turning every validation problem into one clear line naming the variable. */
export function parseSection<S extends z.ZodType>(schema: S, env: Env, what: string): z.infer<S> {
  // `NAME=` in a .env file means "not set", as it does for most tools.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const r = schema.safeParse(cleaned);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`);
  throw new OnRecordError('CONFIG_INVALID', `invalid ${what} configuration: ${lines.join('; ')}`);
}

export function loadCoreConfig(env: Env = process.env): CoreConfig {
  return parseSection(coreSchema, env, 'core');
}

let dotEnvRead = false;

/**
 * The process environment, read once here so nothing else touches `process.env`. The first call also reads
 * the `.env` file (see `loadDotEnv`): variables already exported win over the file's.
 */
export function processEnv(): Env {
  if (!dotEnvRead) {
    dotEnvRead = true;
    loadDotEnv(process.env);
  }
  return process.env;
}

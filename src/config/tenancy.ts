import fs from 'node:fs';
import { z } from 'zod';
import { describeError, OnRecordError } from '../core/errors.js';
import type { Env } from './index.js';

/**
 * Newsroom tenancy: which collections a Slack workspace or Discord guild may read and the one it writes to.
 * Configured as JSON (inline or a file path) in ONRECORD_TENANTS, e.g.
 *   {"slack:T0123": {"read": ["metro", "wire"], "write": "metro"}, "discord:98765": {"read": ["sport"]}}
 * Keys are `slack:<team id>` or `discord:<guild id>`; `*` is the fallback for everyone else. With no
 * configuration every workspace and guild reads and writes the default collection; with one, a workspace or
 * guild not covered by it is refused (see `resolveTenant`).
 */
const collectionName = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/i, 'collection names use letters, digits, - and _');
const tenantSchema = z
  .object({ read: z.array(collectionName).min(1).optional(), write: collectionName.optional() })
  .strict()
  .transform((t) => {
    const read = t.read ?? (t.write ? [t.write] : undefined);
    return { read, write: t.write ?? read?.[0] };
  });
const TENANT_KEY = /^(\*|(slack|discord):[A-Za-z0-9_-]+)$/;
const tenantsSchema = z.record(z.string().regex(TENANT_KEY, 'keys are slack:<team id>, discord:<guild id> or *'), tenantSchema);

export interface Tenant {
  /** Collections this workspace or guild may read. */
  read: string[];
  /** The collection its ingests go to. */
  write: string;
}

export type TenantMap = ReadonlyMap<string, Tenant>;

/** Parses the tenancy JSON; `defaultCollection` fills what an entry leaves out. */
export function parseTenants(json: string | undefined, defaultCollection: string): TenantMap {
  const map = new Map<string, Tenant>();
  if (!json || !json.trim()) return map;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new OnRecordError('CONFIG_INVALID', 'ONRECORD_TENANTS is not valid JSON', { cause: err });
  }
  // Keys first: zod reports a bad record key only as "Invalid key in record".
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const bad = Object.keys(raw).find((k) => !TENANT_KEY.test(k));
    if (bad !== undefined) throw new OnRecordError('CONFIG_INVALID', `ONRECORD_TENANTS: "${bad}": keys are slack:<team id>, discord:<guild id> or *`);
  }
  const r = tenantsSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new OnRecordError('CONFIG_INVALID', `ONRECORD_TENANTS: ${i?.path.join('.') || 'value'}: ${i?.message}`);
  }
  for (const [key, t] of Object.entries(r.data)) {
    const write = t.write ?? defaultCollection;
    map.set(key, { read: t.read ?? [write], write });
  }
  return map;
}

/**
 * The tenant for a workspace or guild: its own entry, else `*`. Without any tenancy configuration (one
 * newsroom) everyone reads and writes the default collection. With one, a workspace or guild that is neither
 * listed nor covered by `*` gets nothing (undefined): a shared deployment never shows one newsroom's quotes
 * to a workspace somebody else invited the bot into.
 */
export function resolveTenant(tenants: TenantMap, platform: 'slack' | 'discord', id: string | undefined, defaultCollection: string): Tenant | undefined {
  if (tenants.size === 0) return { read: [defaultCollection], write: defaultCollection };
  return (id ? tenants.get(`${platform}:${id}`) : undefined) ?? tenants.get('*');
}

/**
 * The collections a tenant's editors may correct: its own (the one its ingests go to). A collection it only
 * reads may be shared (a wire service read by several newsrooms): a correction there would change other
 * tenants' answers, so it is left to the collection's owners (or the operator's CLI).
 */
export function correctableCollections(tenant: Tenant): string[] {
  return [tenant.write];
}

/** What an editor is told when the quotes shown all come from collections the tenant reads but does not own. */
export const NOT_OWN_COLLECTION = 'Those quotes come from a collection this newsroom reads but does not own (shared with others), so its editors cannot correct them here. Ask the collection’s owners, or an operator (onrecord correct).';

/** What a user of a workspace or guild with no tenancy entry is told. */
export function notSetUpMessage(platform: 'slack' | 'discord', id: string | undefined): string {
  const where = platform === 'slack' ? 'Slack workspace' : 'Discord server';
  return `OnRecord is not set up for this ${where}. An administrator can add "${platform}:${id ?? '?'}" to ONRECORD_TENANTS.`;
}

/** Reads ONRECORD_TENANTS from the environment: JSON inline, or the path of a JSON file. */
export function loadTenants(env: Env, defaultCollection: string): TenantMap {
  const value = env.ONRECORD_TENANTS?.trim();
  if (!value) return new Map();
  if (value.startsWith('{')) return parseTenants(value, defaultCollection);
  let text: string;
  try {
    text = fs.readFileSync(value, 'utf8');
  } catch (err) {
    throw new OnRecordError('CONFIG_INVALID', `ONRECORD_TENANTS: cannot read ${value}: ${describeError(err)}`);
  }
  return parseTenants(text, defaultCollection);
}

import type { Logger } from 'pino';
import type { OnRecord } from '../../core/api.js';
import { describeError, isOnRecordError } from '../../core/errors.js';
import type { DiscordConfig } from '../../config/discord.js';
import { notSetUpMessage, resolveTenant, type Tenant, type TenantMap } from '../../config/tenancy.js';
import type { CitationTemplate } from '../../core/index.js';
import type { QuestionMemory } from './memory.js';
import type { ShownMemory } from './shown.js';

/** Everything a handler needs, built once by `createDiscordBot`. */
export interface BotContext {
  core: OnRecord;
  config: DiscordConfig;
  memory: QuestionMemory;
  /** The quotes answers showed, when they do not fit a Share / Copy citation button. */
  shown: ShownMemory;
  /** The newsroom's citation format (`CITATION_TEMPLATE`). */
  citation: CitationTemplate;
  logger: Logger;
  /**
   * The collections a guild reads and writes; undefined outside a guild (DMs are refused) and for a guild the
   * tenancy configuration does not cover (refused too: see `refusal`).
   */
  tenantFor(guildId: string | null | undefined): Tenant | undefined;
  /** Results per page. */
  pageSize: number;
  /** A question or ingest is given up after this long (the interaction token lives 15 minutes). */
  workTimeoutMs: number;
}

/** Tenancy lookup for Discord guilds over the parsed ONRECORD_TENANTS map. */
export function guildTenants(tenants: TenantMap, defaultCollection: string): BotContext['tenantFor'] {
  return (guildId) => (guildId ? resolveTenant(tenants, 'discord', guildId, defaultCollection) : undefined);
}

/** Why a question from outside a configured guild gets no answer: a DM, or a server not set up. */
export function refusal(guildId: string | null | undefined): string {
  return guildId ? notSetUpMessage('discord', guildId) : 'OnRecord answers inside a server, where the newsroom’s collections are set.';
}

/** May this member add articles? Everyone when no roles are configured, else members holding one of them. */
export function mayAdd(config: DiscordConfig, memberRoles: readonly string[] | undefined): boolean {
  if (config.addRoles.length === 0) return true;
  return (memberRoles ?? []).some((r) => config.addRoles.includes(r));
}

/** The words a user sees for a failure: coded core errors map to plain sentences; the rest stay generic. */
export function userMessage(err: unknown): string {
  if (isOnRecordError(err)) {
    switch (err.code) {
      case 'BAD_INPUT':
        return `That could not be used: ${err.message}`;
      case 'BAD_ARTICLE':
        return `That page is not a usable article: ${err.message}`;
      case 'FETCH_REFUSED':
        return `That address will not be fetched: ${err.message}`;
      case 'FETCH_FAILED':
        return `The page could not be fetched: ${err.message}`;
      case 'NOT_FOUND':
        return 'That is no longer in the index.';
      case 'STORE_FAILED':
        return 'The quote index could not be reached. Try again in a moment.';
      case 'CONFIG_INVALID':
        return 'The bot is misconfigured; an administrator has been told in the logs.';
    }
  }
  if (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')) return 'That took too long and was given up. Try a narrower question.';
  return 'Something went wrong answering that. It has been logged.';
}

/** One log field describing any failure. */
export function logError(err: unknown): { err: string; code?: string } {
  return { err: describeError(err), ...(isOnRecordError(err) ? { code: err.code } : {}) };
}

import type { Logger } from 'pino';
import type { OnRecord } from '../../core/api.js';
import type { Answer } from '../../core/answers/model.js';
import type { CitationTemplate } from '../../core/index.js';
import { describeError, isOnRecordError } from '../../core/errors.js';
import { notSetUpMessage, resolveTenant, type Tenant, type TenantMap } from '../../config/tenancy.js';
import type { types as SlackTypes } from '@slack/bolt';
import type { DeliveryDedupe } from './dedupe.js';
import type { AddPermission, EditorPermission } from './permissions.js';
import type { SlackMessage } from './blocks.js';

/** What every handler needs: the core, the log, the typed options and the shared state. */
export interface SlackDeps {
  core: OnRecord;
  logger: Logger;
  command: string;
  pageSize: number;
  answerTimeoutMs: number;
  /** Give up on adding one link (fetch, parse, extract, write) after this long; the work is stopped. */
  ingestTimeoutMs: number;
  autoIngestChannels: ReadonlySet<string>;
  tenants: TenantMap;
  defaultCollection: string;
  seen: DeliveryDedupe;
  permission: AddPermission;
  /** The newsroom's citation format (`CITATION_TEMPLATE`), for Copy citation. */
  citation: CitationTemplate;
  /** Who may correct a quote's speaker. */
  editors: EditorPermission;
}

/**
 * The collections a workspace reads and the one it writes (tenancy, from its team id); undefined for a
 * workspace the tenancy configuration does not cover, which is refused (`notSetUp`).
 */
export function tenantOf(deps: SlackDeps, teamId: string | undefined): Tenant | undefined {
  const tenant = resolveTenant(deps.tenants, 'slack', teamId, deps.defaultCollection);
  if (!tenant) deps.logger.warn({ kind: 'tenant_refused', team: teamId }, 'workspace not in ONRECORD_TENANTS');
  return tenant;
}

/** What a member of a workspace with no tenancy entry is told. */
export function notSetUp(teamId: string | undefined): string {
  return notSetUpMessage('slack', teamId);
}

/** Asks the core one page of a question, within the configured deadline. */
export function askPage(deps: SlackDeps, question: string, tenant: Tenant, offset = 0): Promise<Answer> {
  return withDeadline(deps.answerTimeoutMs, (signal) => deps.core.ask(question, { collections: tenant.read, limit: deps.pageSize, offset, signal }));
}

/** The help answer, with examples from the workspace's own collections. */
export function askHelp(deps: SlackDeps, tenant: Tenant): Promise<Answer> {
  return withDeadline(deps.answerTimeoutMs, (signal) => deps.core.help({ collections: tenant.read, signal }));
}

/** Runs `work` with an abort signal and rejects with a TIMEOUT error when it overruns, even if it ignores the signal. */
export async function withDeadline<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new Error(`no answer within ${ms} ms`);
      err.name = 'TimeoutError';
      controller.abort(err);
      reject(err);
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), overrun]);
  } finally {
    clearTimeout(timer);
  }
}

/** An added link that overran its deadline (the work was stopped, nothing was written). */
export class IngestTimeoutError extends Error {
  constructor(
    readonly url: string,
    readonly ms: number,
    options?: { cause?: unknown },
  ) {
    super(`${url}: not added within ${ms} ms`, options);
    this.name = 'IngestTimeoutError';
  }
}

/** True for the errors a deadline or a cancellation produces. */
export function isTimeout(err: unknown): boolean {
  return err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
}

/** What a user is told for a failure: the core's own message for their mistakes, a plain apology otherwise. */
export function userText(err: unknown): string {
  if (err instanceof IngestTimeoutError) return `That page took too long to fetch and process (over ${Math.round(err.ms / 1000)} s), so it was stopped and not added.`;
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return 'That question took too long to answer. Try naming the speaker or a narrower topic.';
  if (isOnRecordError(err)) {
    switch (err.code) {
      case 'BAD_INPUT':
      case 'NOT_FOUND':
        return err.message;
      case 'BAD_ARTICLE':
        return `That page is not a usable article: ${err.message}`;
      case 'FETCH_REFUSED':
        return `That link cannot be fetched: ${err.message}`;
      case 'FETCH_FAILED':
        return `The site did not give the page: ${err.message}`;
      case 'STORE_FAILED':
        return 'The quote index is unavailable right now. Try again in a minute.';
      case 'CONFIG_INVALID':
        return 'OnRecord is not configured for that. Ask whoever runs it.';
    }
  }
  return 'Something went wrong on our side; it has been logged.';
}

/** Fields describing a failure in the request log. */
export function errorFields(err: unknown): Record<string, unknown> {
  return { error: describeError(err), ...(isOnRecordError(err) ? { code: err.code } : {}) };
}

/** Everything one request log line may carry. */
export type LogFields = Record<string, string | number | boolean | undefined>;

/**
 * Runs one request and writes exactly one log line for it, with its latency. A failure is logged and
 * handed to `onError` (which tells the user); it never escapes to crash the process.
 */
export async function track(deps: SlackDeps, kind: string, fields: LogFields, work: (note: (more: LogFields) => void) => Promise<void>, onError?: (err: unknown) => Promise<unknown>): Promise<void> {
  const started = performance.now();
  const extra: Record<string, unknown> = {};
  let failed = false;
  try {
    await work((more) => Object.assign(extra, more));
  } catch (err) {
    failed = true;
    Object.assign(extra, errorFields(err));
    if (onError) {
      try {
        await onError(err);
      } catch (again) {
        extra.replyError = describeError(again);
      }
    }
  } finally {
    const line = { kind, ...fields, ...extra, ms: Math.round(performance.now() - started) };
    if (failed) deps.logger.error(line, 'slack request failed');
    else deps.logger.info(line, 'slack request');
  }
}

/** Answer fields for the request log (never the question text: it stays out of logs by default). */
export function answerFields(a: Answer): LogFields {
  return { intent: a.understood.intent, status: a.status, hits: a.hits.length, total: a.total, offset: a.offset, coreMs: Math.round(a.tookMs) };
}

/**
 * A rendered message as the Bolt SDK types it (our blocks are a subset of Block Kit's). Links never unfurl: an
 * answer's article link would otherwise grow a preview card in the channel, larger than the answer itself.
 */
export function forBolt(m: SlackMessage): { text: string; blocks: SlackTypes.KnownBlock[]; unfurl_links: false; unfurl_media: false } {
  return { text: m.text, blocks: m.blocks as unknown as SlackTypes.KnownBlock[], unfurl_links: false, unfurl_media: false };
}

import type { App } from '@slack/bolt';
import type { IngestResult } from '../../../core/api.js';
import { linksIn } from '../incoming.js';
import { renderSlackNotice } from '../render-notices.js';
import { forBolt, IngestTimeoutError, isTimeout, tenantOf, track, userText, withDeadline, type SlackDeps } from '../service.js';

/** At most this many links of one message are ingested (a pasted link list is not a crawl). */
const MAX_LINKS_PER_MESSAGE = 5;
/** Reactions left on a message whose links were ingested, or not. */
export const REACTION = { done: 'white_check_mark', failed: 'warning' } as const;

/**
 * Fetches and indexes one article into the workspace's write collection, within the ingest deadline. The
 * core runs the fetch, parse and extract off this event loop and stops them at the deadline (see bootstrap).
 */
export async function addArticle(deps: SlackDeps, url: string, collection: string): Promise<IngestResult> {
  try {
    return await withDeadline(deps.ingestTimeoutMs, (signal) => deps.core.ingestUrl(url, { collection, signal }));
  } catch (err) {
    throw isTimeout(err) ? new IngestTimeoutError(url, deps.ingestTimeoutMs, { cause: err }) : err;
  }
}

/** The parts of a channel message auto-ingest looks at. */
export interface PostedMessage {
  channel: string;
  ts: string;
  user?: string;
  text?: string;
  subtype?: string;
  bot_id?: string;
}

/**
 * Auto-ingest: links posted by a permitted member in a configured channel are fetched and indexed, and the
 * message gets a reaction when done (a warning one, plus a private note to the poster, when a link failed).
 */
export async function autoIngest(deps: SlackDeps, msg: PostedMessage, teamId: string | undefined, client: App['client']): Promise<void> {
  if (!deps.autoIngestChannels.has(msg.channel) || msg.subtype || msg.bot_id || !msg.user) return;
  const links = linksIn(msg.text ?? '').slice(0, MAX_LINKS_PER_MESSAGE);
  if (!links.length) return;
  const tenant = tenantOf(deps, teamId);
  if (!tenant) return; // Logged by tenantOf; a channel of links gets no reply from a workspace not set up.
  await track(deps, 'auto-ingest', { team: teamId, user: msg.user, channel: msg.channel, links: links.length }, async (note) => {
    const decision = await deps.permission.check(msg.user, client);
    note({ allowed: decision.allowed });
    if (!decision.allowed) return; // Silent: a channel full of links from people who may not add is normal.
    const failures: string[] = [];
    let quotes = 0;
    for (const url of links) {
      try {
        quotes += (await addArticle(deps, url, tenant.write)).quotes;
      } catch (err) {
        failures.push(`${url}: ${userText(err)}`);
      }
    }
    note({ failed: failures.length, quotes });
    await client.reactions.add({ channel: msg.channel, timestamp: msg.ts, name: failures.length ? REACTION.failed : REACTION.done });
    if (failures.length) {
      const text = `Could not add ${failures.length === 1 ? 'a link' : `${failures.length} links`} from your message:\n${failures.join('\n')}`;
      await client.chat.postEphemeral({ channel: msg.channel, user: msg.user!, ...forBolt(renderSlackNotice(text, 'error')) });
    }
  });
}

import { toHits } from '../answers/hits.js';
import { deliveryKey, type FollowDelivery, type FollowRecord, type FollowedQuote } from '../store/port.js';
import type { FollowDeps } from './manage.js';
import type { ChannelRef, DeliverOptions, DeliveryReport, DigestItem, FollowDigest } from './model.js';
import { aboutTopic, topicGroups } from './topic.js';

/**
 * How far before the last pass each pass looks again. Ingest times are stamped by the ingesting process before
 * its write commits (a bulk batch commits at its end, another machine's clock may differ), so an article may
 * appear "in the past"; looking back an hour catches it, and the delivered set keeps it from going out twice.
 */
export const FOLLOW_LOOKBACK_MS = 60 * 60_000;
/** A claimed delivery not confirmed within this (its process died mid-post) may be claimed again. */
export const DELIVERY_LEASE_MS = 5 * 60_000;
/** New quotes read per query; a pass pages on (by write time) up to PAGES of them per tenant. */
const PAGE = 500;
const PAGES = 40;

const cursorKey = (platform: string) => `follows:cursor:${platform}`;
const rateKey = (c: ChannelRef) => `follows:rate:${c.platform}:${c.tenant}:${c.channel}`;
const failKey = (c: ChannelRef) => `follows:failed:${c.platform}:${c.tenant}:${c.channel}`;
/** A channel whose posts keep failing (the bot removed from it) is retried ever less often, at most this rarely. */
const MAX_BACKOFF_MS = 6 * 60 * 60_000;

interface Match {
  follow: FollowRecord;
  quote: FollowedQuote;
}

interface ChannelWork {
  ref: ChannelRef;
  collections: string[];
  matches: Match[];
}

const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * One delivery pass for a platform: reads the quotes written since the last pass (with a look-back), matches
 * them to the follows of each tenant whose collections hold them, and gives each channel one digest of what
 * it has not had yet. A channel gets at most one digest per `channelGapMs` (a claim in the store, so replicas
 * share it); each quote goes to each follow once, syndicated copies once (by fingerprint), claimed in the store
 * before posting so two processes never both post it. A failed post releases its quotes for a later pass.
 */
export async function deliverFollows(deps: FollowDeps & { uncertainBelow: number }, o: DeliverOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { digests: 0, quotes: 0, failed: 0, waiting: 0 };
  const store = deps.store;
  const follows = await store.listFollows({ platform: o.platform });
  if (follows.length === 0) return report;
  const started = deps.now().toISOString();
  const last = await store.getState(cursorKey(o.platform));
  const floor = last ? new Date(Date.parse(last) - FOLLOW_LOOKBACK_MS).toISOString() : undefined;
  // Never before the follow itself: a new follow is not sent the speaker's back catalogue.
  const sinceOf = (f: FollowRecord) => (floor && floor > f.createdAt ? floor : f.createdAt);
  let cursor = started;

  const channels = new Map<string, ChannelWork>();
  for (const [tenant, group] of groupBy(follows, (f) => f.tenant)) {
    // Tenancy is read now, not when the follow was made: a newsroom that lost a collection gets none of it.
    const collections = o.collectionsOf(tenant);
    if (!collections?.length) continue;
    const quotes = await readSince(store, [...new Set(group.map((f) => f.speakerId))], collections, group.map(sinceOf).reduce(earlier));
    const readable = new Set(collections);
    for (const follow of group) {
      const groups = topicGroups(follow.topic);
      const from = sinceOf(follow);
      for (const quote of quotes) {
        if (quote.speakerId !== follow.speakerId || !readable.has(quote.collection) || quote.ingestedAt < from || !aboutTopic(quote, groups)) continue;
        const key = `${tenant}\u0000${follow.channel}`;
        let work = channels.get(key);
        if (!work) channels.set(key, (work = { ref: { platform: o.platform, tenant, channel: follow.channel }, collections, matches: [] }));
        work.matches.push({ follow, quote });
      }
    }
  }

  for (const work of channels.values()) {
    const asDelivery = (m: Match): FollowDelivery => ({ followId: m.follow.id, fingerprint: m.quote.fingerprint, quoteId: m.quote.id });
    const taken = await store.takenDeliveries(work.matches.map(asDelivery));
    const fresh = work.matches.filter((m) => !taken.has(deliveryKey(asDelivery(m))));
    if (fresh.length === 0) continue;
    const oldest = fresh.map((m) => m.quote.ingestedAt).reduce(earlier);
    const gap = o.channelGapMs ?? 60_000;
    // The channel's rate limit, shared by every process: a channel that had a digest lately waits its turn.
    if (!(await store.claimState(rateKey(work.ref), gap))) {
      report.waiting++;
      cursor = earlier(cursor, oldest);
      continue;
    }
    const won = await store.claimDeliveries(fresh.map(asDelivery), DELIVERY_LEASE_MS);
    if (won.length === 0) continue;
    const wonKeys = new Set(won.map(deliveryKey));
    const digest = await digestOf(deps, work, fresh.filter((m) => wonKeys.has(deliveryKey(asDelivery(m)))), o.maxItems ?? 5);
    try {
      await o.post(digest);
    } catch {
      // Released for a later pass; the channel's rate claim is stretched, doubling with each failure in a row.
      await store.finishDeliveries(won, false);
      const failures = Number((await store.getState(failKey(work.ref))) ?? 0) + 1;
      await store.putState(failKey(work.ref), String(failures), 7 * 24 * 60 * 60_000);
      await store.putState(rateKey(work.ref), '', Math.min(gap * 2 ** (failures - 1), MAX_BACKOFF_MS));
      report.failed++;
      cursor = earlier(cursor, oldest);
      continue;
    }
    await store.finishDeliveries(won, true);
    if (await store.getState(failKey(work.ref))) await store.deleteState(failKey(work.ref));
    report.digests++;
    report.quotes += digest.items.length + digest.more;
  }
  await store.putState(cursorKey(o.platform), cursor, null);
  return report;
}

/** One message for a channel: each quote once (syndicated copies and several follows merged), oldest first. */
async function digestOf(deps: FollowDeps & { uncertainBelow: number }, work: ChannelWork, matches: Match[], maxItems: number): Promise<FollowDigest> {
  const byPrint = new Map<string, { quote: FollowedQuote; follows: DigestItem['follows'] }>();
  for (const m of matches) {
    let item = byPrint.get(m.quote.fingerprint);
    if (!item) byPrint.set(m.quote.fingerprint, (item = { quote: m.quote, follows: [] }));
    if (!item.follows.some((f) => f.speakerName === m.follow.speakerName && f.topic === m.follow.topic)) item.follows.push({ speakerName: m.follow.speakerName, topic: m.follow.topic });
  }
  const items = [...byPrint.values()];
  const shown = items.slice(0, Math.max(1, maxItems));
  const rest = items.slice(shown.length);
  const { registry } = await deps.cache.current(work.collections);
  const hits = await toHits(
    shown.map((i) => ({ quote: i.quote, score: 0, matched: [] })),
    deps.store,
    registry,
    { collections: work.collections },
    deps.uncertainBelow,
  );
  return {
    ...work.ref,
    items: shown.map((i, k) => ({ hit: hits[k]!, follows: i.follows })),
    more: rest.length,
    moreFrom: [...new Set(rest.map((i) => i.quote.speakerName ?? '').filter(Boolean))],
  };
}

/**
 * The quotes written since `since`, oldest first, page by page (the last write time of a page starts the next;
 * rows at that boundary come twice and are merged later by their delivery key). Stops when a page makes no
 * progress (more than a page written at one instant) or after PAGES pages.
 */
async function readSince(store: FollowDeps['store'], speakerIds: string[], collections: string[], since: string): Promise<FollowedQuote[]> {
  const out: FollowedQuote[] = [];
  let from = since;
  for (let page = 0; page < PAGES; page++) {
    const rows = await store.quotesIngestedSince(speakerIds, collections, from, PAGE);
    out.push(...rows);
    const last = rows.at(-1)?.ingestedAt;
    if (rows.length < PAGE || !last || last === from) break;
    from = last;
  }
  return out;
}

function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const g = out.get(k);
    if (g) g.push(t);
    else out.set(k, [t]);
  }
  return out;
}

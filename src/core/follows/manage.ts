import type { SpeakerSummary } from '../answers/model.js';
import type { IndexCache } from '../engine.js';
import { resolveSpeaker } from '../questions/understand.js';
import { fold } from '../search/tokenize.js';
import { speakerSummary } from '../speakers/registry.js';
import type { FollowRecord, QuoteStore, StoredSpeaker } from '../store/port.js';
import type { ChannelRef, FollowOutcome, FollowRequest, FollowView, UnfollowOutcome, UnfollowRequest } from './model.js';
import { cleanTopic } from './topic.js';

/** Longest speaker phrase read. */
const MAX_SPEAKER = 100;
/** "Did you mean" names offered for an unknown speaker. */
const SUGGESTIONS = 5;

export interface FollowDeps {
  store: QuoteStore;
  cache: IndexCache;
  now: () => Date;
}

export function followView(f: FollowRecord): FollowView {
  return { id: f.id, speakerId: f.speakerId, speakerName: f.speakerName, topic: f.topic, createdBy: f.createdBy, createdAt: f.createdAt };
}

function checkChannel(r: ChannelRef): string | undefined {
  for (const [what, v] of [['platform', r.platform], ['tenant', r.tenant], ['channel', r.channel]] as const) {
    if (!v || v.length > 100 || /[\s\u0000-\u001f]/.test(v)) return `invalid ${what} for a follow`;
  }
  return undefined;
}

/** The speaker a follow names, resolved in the tenant's collections as a question would resolve it. */
async function resolveFollowed(deps: FollowDeps, phrase: string, collections: string[]): Promise<FollowOutcome | { speaker: StoredSpeaker }> {
  const { registry } = await deps.cache.current(collections);
  const visible = (s: StoredSpeaker) => collections.some((c) => (s.quoteCounts[c] ?? 0) > 0);
  const summary = (s: StoredSpeaker): SpeakerSummary => speakerSummary(s, collections);
  const { matches } = resolveSpeaker(phrase, registry, visible, true);
  if (matches.length === 0) {
    // The nearest names; when nothing is near, the most quoted speakers, so the refusal still says who is on record.
    const count = (s: StoredSpeaker) => collections.reduce((n, c) => n + (s.quoteCounts[c] ?? 0), 0);
    let near = registry.nearest(phrase, visible, SUGGESTIONS);
    if (near.length === 0) near = registry.all().filter(visible).sort((a, b) => count(b) - count(a) || a.name.localeCompare(b.name)).slice(0, SUGGESTIONS);
    return { status: 'unknown_speaker', speaker: phrase, suggestions: near.map(summary) };
  }
  const best = matches[0]!.score;
  const top = [...new Map(matches.filter((m) => m.score === best).map((m) => [m.speaker.id, m.speaker])).values()];
  // A follow is a standing request: never guess between two people ("Kirby").
  if (top.length > 1) return { status: 'ambiguous', speaker: phrase, candidates: top.slice(0, SUGGESTIONS).map(summary) };
  return { speaker: top[0]! };
}

export async function addFollow(deps: FollowDeps, r: FollowRequest): Promise<FollowOutcome> {
  const bad = checkChannel(r);
  if (bad) return { status: 'invalid', message: bad };
  const phrase = r.speaker.replace(/\s+/g, ' ').trim().slice(0, MAX_SPEAKER);
  if (!phrase) return { status: 'invalid', message: 'Name the speaker to follow: `follow Lavrov` or `follow Lavrov about Aleppo`.' };
  if (r.collections.length === 0) return { status: 'unknown_speaker', speaker: phrase, suggestions: [] };
  const found = await resolveFollowed(deps, phrase, r.collections);
  if ('status' in found) return found;
  const { follow, created } = await deps.store.addFollow({
    platform: r.platform,
    tenant: r.tenant,
    channel: r.channel,
    speakerId: found.speaker.id,
    speakerName: found.speaker.name,
    topic: cleanTopic(r.topic),
    createdBy: r.by.slice(0, 100),
    createdAt: deps.now().toISOString(),
  });
  return { status: created ? 'followed' : 'already', follow: followView(follow) };
}

export async function listFollowing(deps: FollowDeps, where: ChannelRef): Promise<FollowView[]> {
  if (checkChannel(where)) return [];
  return (await deps.store.listFollows(where)).map(followView);
}

/**
 * Removes a channel's follows of a speaker (of one topic when given). The speaker is matched among the channel's
 * own follows first (by the registry's resolution, else by name or surname), so a speaker no longer quoted in
 * the tenant's collections can still be unfollowed.
 */
export async function removeFollow(deps: FollowDeps, r: UnfollowRequest): Promise<UnfollowOutcome> {
  const bad = checkChannel(r);
  if (bad) return { status: 'invalid', message: bad };
  const phrase = r.speaker.replace(/\s+/g, ' ').trim().slice(0, MAX_SPEAKER);
  if (!phrase) return { status: 'invalid', message: 'Name the speaker to unfollow: `unfollow Lavrov`.' };
  const current = await deps.store.listFollows({ platform: r.platform, tenant: r.tenant, channel: r.channel });
  const resolved = r.collections.length ? await resolveFollowed(deps, phrase, r.collections) : undefined;
  const resolvedId = resolved && !('status' in resolved) ? resolved.speaker.id : undefined;
  const wanted = fold(phrase);
  const byName = (f: FollowRecord) => {
    const name = fold(f.speakerName);
    return name === wanted || name.split(' ').at(-1) === wanted;
  };
  const ids = new Set(current.filter((f) => resolvedId === f.speakerId || byName(f)).map((f) => f.speakerId));
  const topic = r.topic === undefined ? undefined : cleanTopic(r.topic);
  const removed = current.filter((f) => ids.has(f.speakerId) && (topic === undefined || f.topic === topic));
  if (ids.size !== 1 || removed.length === 0) return { status: 'not_following', speaker: phrase, following: current.map(followView) };
  const speakerId = [...ids][0]!;
  await deps.store.removeFollows({ platform: r.platform, tenant: r.tenant, channel: r.channel, speakerId, ...(topic === undefined ? {} : { topic }) });
  return { status: 'removed', removed: removed.map(followView) };
}

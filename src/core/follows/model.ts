import type { QuoteHit, SpeakerSummary } from '../answers/model.js';

/** Where a follow lives: a chat platform, the workspace or guild (tenant) and the channel. */
export interface ChannelRef {
  /** `slack` or `discord`: the adapter that delivers. */
  platform: string;
  /** Slack team id or Discord guild id: its collections are read again at every delivery. */
  tenant: string;
  channel: string;
}

/** A follow as a channel sees it. */
export interface FollowView {
  id: string;
  speakerId: string;
  speakerName: string;
  /** The topic as typed (cleaned); '' follows every quote of the speaker. */
  topic: string;
  createdBy: string;
  createdAt: string;
}

/** `follow <speaker> [about <topic>]` from a channel. */
export interface FollowRequest extends ChannelRef {
  speaker: string;
  topic?: string;
  /** Who asked (a user id), kept with the follow. */
  by: string;
  /** The collections the channel's tenant reads now: the speaker is resolved among them. */
  collections: string[];
}

export type FollowOutcome =
  | { status: 'followed' | 'already'; follow: FollowView }
  /** No speaker of that name is on record in the tenant's collections: the nearest known ones instead. */
  | { status: 'unknown_speaker'; speaker: string; suggestions: SpeakerSummary[] }
  /** The name fits several speakers equally ("Kirby"): the channel must say which. */
  | { status: 'ambiguous'; speaker: string; candidates: SpeakerSummary[] }
  | { status: 'invalid'; message: string };

/** `unfollow <speaker> [about <topic>]`: without a topic every follow of the speaker in the channel goes. */
export type UnfollowRequest = Omit<FollowRequest, 'by'>;

export type UnfollowOutcome =
  | { status: 'removed'; removed: FollowView[] }
  | { status: 'not_following'; speaker: string; following: FollowView[] }
  | { status: 'invalid'; message: string };

/** One quote in a digest, with the follows of the channel it answers. */
export interface DigestItem {
  hit: QuoteHit;
  follows: { speakerName: string; topic: string }[];
}

/** New quotes for one channel, posted as one message. */
export interface FollowDigest extends ChannelRef {
  items: DigestItem[];
  /** New quotes beyond the digest's size, counted (they are marked delivered: the digest says how to ask). */
  more: number;
  /** The speakers of the quotes left out, for "ask latest from ...". */
  moreFrom: string[];
}

/** How a delivery pass went. */
export interface DeliveryReport {
  /** Digests posted, and quotes in them (counted ones included). */
  digests: number;
  quotes: number;
  /** Channels whose post failed (their quotes are released for a later pass). */
  failed: number;
  /** Channels with new quotes that must wait for their rate limit. */
  waiting: number;
}

/** What the adapter gives a delivery pass: its platform, its tenancy and how it posts. */
export interface DeliverOptions {
  platform: string;
  /** The collections a tenant reads now (tenancy configuration), or undefined when it is no longer set up. */
  collectionsOf(tenant: string): string[] | undefined;
  /** Posts one digest to its channel; a rejection releases its quotes for a later pass. */
  post(digest: FollowDigest): Promise<void>;
  /** At most one digest per channel this often (ms). Default 60 s. */
  channelGapMs?: number;
  /** Quotes listed in one digest; the rest are counted. Default 5. */
  maxItems?: number;
}

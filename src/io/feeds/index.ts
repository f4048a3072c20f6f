/** RSS/Atom feeds: parsing, the seen-items state and the polling logic the worker runs. */
export { parseFeed, MAX_FEED_ITEMS } from './parse.js';
export type { FeedItem } from './parse.js';
export { FeedState, MAX_SEEN_PER_FEED } from './state.js';
export type { StateLogger } from './state.js';
export { feedKey, pollFeeds } from './poller.js';
export type { FeedSource, PollerDeps, PollLogger, PollSummary } from './poller.js';

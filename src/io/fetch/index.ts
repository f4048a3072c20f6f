/** SSRF-safe fetching of pages and feeds: build a policy once, then `safeFetch(url, policy, signal)`. */
export { createFetchPolicy, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, FEED_CONTENT_TYPES, MAX_REDIRECTS, PAGE_CONTENT_TYPES } from './policy.js';
export type { FetchPolicy, FetchPolicyOptions, ResolvedAddress, Resolver } from './policy.js';
export { safeFetch } from './safe-fetch.js';
export type { FetchedDocument } from './safe-fetch.js';


import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OnRecordError } from '../../../src/core/errors.js';
import { FeedState, feedKey, pollFeeds, type FeedItem, type FeedSource, type PollerDeps } from '../../../src/io/feeds/index.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-feeds-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function rss(links: { url: string; date?: string }[]): string {
  const items = links.map((l) => `<item><link>${l.url}</link>${l.date ? `<pubDate>${l.date}</pubDate>` : ''}</item>`).join('');
  return `<rss version="2.0"><channel><title>t</title>${items}</channel></rss>`;
}

interface Logged {
  level: string;
  obj: Record<string, unknown>;
  msg: string;
}

function harness(feeds: Record<string, string | Error>, ingestFails: Record<string, Error> = {}) {
  const logs: Logged[] = [];
  const ingested: { url: string; collection: string }[] = [];
  const logger = {
    info: (obj: object, msg: string) => void logs.push({ level: 'info', obj: obj as Record<string, unknown>, msg }),
    warn: (obj: object, msg: string) => void logs.push({ level: 'warn', obj: obj as Record<string, unknown>, msg }),
    error: (obj: object, msg: string) => void logs.push({ level: 'error', obj: obj as Record<string, unknown>, msg }),
  };
  const deps = async (sources: FeedSource[], state?: FeedState): Promise<PollerDeps> => ({
    feeds: sources,
    fetchFeed: async (url: string) => {
      const f = feeds[url];
      if (f instanceof Error) throw f;
      if (f === undefined) throw new OnRecordError('FETCH_FAILED', `${url}: HTTP 404`);
      return { content: f, finalUrl: url };
    },
    ingest: async (item: FeedItem, feed: FeedSource) => {
      const fail = ingestFails[item.url];
      if (fail) throw fail;
      ingested.push({ url: item.url, collection: feed.collection });
      return { status: 'added', quotes: 1 };
    },
    state: state ?? (await FeedState.open(path.join(dir, 'state.json'), logger)),
    logger,
  });
  return { logs, ingested, deps };
}

const A = { url: 'https://a.example/feed', collection: 'metro' };
const B = { url: 'https://b.example/feed', collection: 'metro' };

describe('pollFeeds', () => {
  it('ingests each item once, oldest first, across polls and restarts', async () => {
    const feeds: Record<string, string> = {
      [A.url]: rss([
        { url: 'https://a.example/2', date: 'Wed, 06 Mar 2024 10:00:00 GMT' },
        { url: 'https://a.example/1', date: 'Tue, 05 Mar 2024 10:00:00 GMT' },
      ]),
    };
    const h = harness(feeds);
    const s1 = await pollFeeds(await h.deps([A]));
    expect(s1).toMatchObject({ ingested: 2, feedsFailed: 0 });
    expect(h.ingested.map((i) => i.url)).toEqual(['https://a.example/1', 'https://a.example/2']);

    // Same process, second poll: nothing new.
    expect((await pollFeeds(await h.deps([A]))).ingested).toBe(0);

    // A new item appears; a fresh process reads the state file and ingests only that one.
    feeds[A.url] = rss([{ url: 'https://a.example/3' }, { url: 'https://a.example/2' }, { url: 'https://a.example/1' }]);
    const s3 = await pollFeeds(await h.deps([A]));
    expect(s3.ingested).toBe(1);
    expect(h.ingested.map((i) => i.url)).toEqual(['https://a.example/1', 'https://a.example/2', 'https://a.example/3']);
  });

  it('logs and skips a feed that is down or malformed; the others still ingest', async () => {
    const h = harness({ [A.url]: new OnRecordError('FETCH_FAILED', 'a.example: connection refused'), [B.url]: rss([{ url: 'https://b.example/1' }]), 'https://c.example/feed': '<rss><channel><item>' });
    const C = { url: 'https://c.example/feed', collection: 'metro' };
    const s = await pollFeeds(await h.deps([A, C, B]));
    expect(s).toMatchObject({ feeds: 3, feedsFailed: 2, ingested: 1 });
    expect(h.ingested).toEqual([{ url: 'https://b.example/1', collection: 'metro' }]);
    const skipped = h.logs.filter((l) => l.msg === 'feed skipped').map((l) => l.obj);
    expect(skipped).toEqual([
      { feed: A.url, error: expect.stringMatching(/connection refused/) },
      { feed: C.url, error: expect.stringMatching(/not well-formed XML/) },
    ]);
  });

  it('gives up at once on a page that is not an article, retries transient failures up to 3 times', async () => {
    const bad = 'https://a.example/not-article';
    const flaky = 'https://a.example/flaky';
    const h = harness({ [A.url]: rss([{ url: bad }, { url: flaky }]) }, {
      [bad]: new OnRecordError('BAD_ARTICLE', `${bad}: no article text in the page`),
      [flaky]: new OnRecordError('FETCH_FAILED', `${flaky}: HTTP 503`),
    });
    const state = await FeedState.open(path.join(dir, 's.json'));
    const first = await pollFeeds(await h.deps([A], state));
    expect(first).toMatchObject({ ingested: 0, itemsFailed: 1, itemsAbandoned: 1 });
    expect(state.has(feedKey(A), bad)).toBe(true);
    expect(state.has(feedKey(A), flaky)).toBe(false);
    expect((await pollFeeds(await h.deps([A], state))).itemsFailed).toBe(1);
    expect((await pollFeeds(await h.deps([A], state))).itemsAbandoned).toBe(1); // third attempt: given up
    expect((await pollFeeds(await h.deps([A], state))).itemsFailed + (await pollFeeds(await h.deps([A], state))).itemsAbandoned).toBe(0);
  });

  it('tracks a feed per collection: the same feed feeding two desks ingests into both', async () => {
    const h = harness({ [A.url]: rss([{ url: 'https://a.example/1' }]) });
    await pollFeeds(await h.deps([A, { url: A.url, collection: 'wire' }]));
    expect(h.ingested).toEqual([
      { url: 'https://a.example/1', collection: 'metro' },
      { url: 'https://a.example/1', collection: 'wire' },
    ]);
  });

  it('stops between items when aborted, keeping what was done', async () => {
    const ctrl = new AbortController();
    const h = harness({ [A.url]: rss([{ url: 'https://a.example/2' }, { url: 'https://a.example/1' }]) });
    const deps = await h.deps([A]);
    const ingest = deps.ingest;
    deps.ingest = async (item, feed, signal) => {
      const r = await ingest(item, feed, signal);
      ctrl.abort();
      return r;
    };
    await pollFeeds(deps, ctrl.signal);
    expect(h.ingested).toHaveLength(1);
    const reopened = await FeedState.open(path.join(dir, 'state.json'));
    expect(reopened.has(feedKey(A), 'https://a.example/1')).toBe(true);
    expect(reopened.has(feedKey(A), 'https://a.example/2')).toBe(false);
  });
});

describe('FeedState', () => {
  it('writes atomically: no temp file left, content is valid JSON', async () => {
    const file = path.join(dir, 'nested', 'state.json');
    const s = await FeedState.open(file);
    s.settle('k', 'id-1', new Date('2024-01-01T00:00:00Z'));
    await s.save();
    expect(fs.readdirSync(path.dirname(file))).toEqual(['state.json']);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ version: 1, feeds: { k: { seen: { 'id-1': '2024-01-01T00:00:00.000Z' }, attempts: {} } } });
  });

  it('moves a corrupt state file aside and starts empty', async () => {
    const file = path.join(dir, 'state.json');
    fs.writeFileSync(file, '{"version": 1, "feeds": {"k": {"seen": [1,2]');
    const warnings: string[] = [];
    const s = await FeedState.open(file, { warn: (_o, msg) => void warnings.push(msg) });
    expect(s.has('k', '1')).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(fs.readdirSync(dir).some((f) => f.startsWith('state.json.corrupt-'))).toBe(true);
  });

  it('treats hostile ids as plain keys', async () => {
    const file = path.join(dir, 'state.json');
    const s = await FeedState.open(file);
    expect(s.has('k', 'constructor')).toBe(false);
    s.settle('k', '__proto__', new Date());
    s.settle('k', 'toString', new Date());
    await s.save();
    const again = await FeedState.open(file);
    expect(again.has('k', 'toString')).toBe(true);
    expect(again.has('k', 'constructor')).toBe(false);
  });

  it('prunes the oldest ids not listed in the feed any more', async () => {
    const s = await FeedState.open(path.join(dir, 'state.json'));
    for (let i = 0; i < 10; i++) s.settle('k', `id-${i}`, new Date(Date.UTC(2024, 0, 1 + i)));
    s.prune('k', new Set(['id-0']), 5);
    expect(['id-0', 'id-6', 'id-7', 'id-8', 'id-9'].every((id) => s.has('k', id))).toBe(true);
    expect(s.has('k', 'id-1')).toBe(false);
    expect(s.has('k', 'id-5')).toBe(false);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openOnRecord } from '../../src/bootstrap.js';
import type { OnRecord } from '../../src/core/api.js';
import { createFetchPolicy, safeFetch } from '../../src/io/fetch/index.js';
import { createFeedWorker } from '../../src/worker/worker.js';
import { serve, startLocalServer, type LocalServer } from '../io/fetch/local-server.js';

/** A news page written for this test: a headline, a date and two quoted speakers. */
function article(slug: string, headline: string, speaker: string, words: string): string {
  return `<!doctype html><html><head><title>${headline}</title>
    <meta property="og:title" content="${headline}">
    <meta property="article:published_time" content="2024-03-05T10:00:00Z">
    <link rel="canonical" href="https://gazette.example/news/${slug}"></head>
    <body><article><h1>${headline}</h1>
    <p>The council met on Tuesday evening to debate the proposal, which has divided residents for months.</p>
    <p>"${words}," said ${speaker}, who chairs the transport committee.</p>
    <p>Opponents said they would appeal the decision at the next full meeting of the council in April.</p>
    </article></body></html>`;
}

function rss(origin: string, slugs: string[]): string {
  const items = slugs.map((s) => `<item><title>${s}</title><link>${origin}/news/${s}</link><guid>${origin}/news/${s}</guid></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>${items}</channel></rss>`;
}

const silent = { info: () => {}, warn: () => {}, error: () => {} };

let site: LocalServer;
beforeAll(async () => {
  site = await startLocalServer();
  site.route('/news/depot', serve(article('depot', 'Depot to close', 'Maria Okafor', 'We cannot keep pouring money into an empty building')));
  site.route('/news/bridge', serve(article('bridge', 'Bridge repairs approved', 'Dan Whitby', 'The bridge will be safe for another fifty years')));
  site.route('/news/tram', serve(article('tram', 'Tram line extended', 'Ana Ruiz', 'Every neighbourhood deserves a tram stop')));
  site.route('/feeds/broken.xml', serve('<rss><channel><item><title>oops</channel>', 'application/rss+xml'));
  site.route('/feeds/down.xml', serve('unavailable', 'text/plain', 503));
  site.route('/feeds/pdf', serve('%PDF', 'application/pdf'));
});
afterAll(() => site.close());

let dir: string;
let core: OnRecord;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-worker-'));
  const policy = createFetchPolicy({ allow: ['127.0.0.1'] });
  ({ core } = await openOnRecord({ dataDir: dir, fetchPage: (url, signal) => safeFetch(url, policy, signal) }));
});
afterEach(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function config(feeds: string[]) {
  return {
    feeds: feeds.map((f) => ({ url: `${site.origin}${f}`, collection: 'metro' })),
    pollIntervalMs: 60_000,
    stateFile: path.join(dir, 'feeds-state.json'),
    fetch: { allow: ['127.0.0.1'], maxBytes: 1024 * 1024, timeoutMs: 5000 },
  };
}

function pageRequests(slug: string): number {
  return site.requests.filter((r) => r.path === `/news/${slug}`).length;
}

describe('feed worker', () => {
  it('ingests every new item once and survives broken feeds', async () => {
    site.route('/feeds/gazette.xml', serve(rss(site.origin, ['bridge', 'depot']), 'application/rss+xml; charset=utf-8'));
    const before = { depot: pageRequests('depot'), bridge: pageRequests('bridge'), tram: pageRequests('tram') };
    const worker = createFeedWorker({ core, config: config(['/feeds/broken.xml', '/feeds/down.xml', '/feeds/pdf', '/feeds/gazette.xml']), logger: silent });

    const first = await worker.pollOnce();
    expect(first).toMatchObject({ feeds: 4, feedsFailed: 3, ingested: 2 });
    expect((await core.counts({ collections: ['metro'] })).articles).toBe(2);
    const answer = JSON.stringify(await core.ask('what did Okafor say', { collections: ['metro'] }));
    expect(answer).toContain('pouring money into an empty building');

    // Polling again fetches no page twice; a new item is fetched once.
    expect((await worker.pollOnce()).ingested).toBe(0);
    site.route('/feeds/gazette.xml', serve(rss(site.origin, ['tram', 'bridge', 'depot']), 'application/rss+xml'));
    expect((await worker.pollOnce()).ingested).toBe(1);
    expect({ depot: pageRequests('depot') - before.depot, bridge: pageRequests('bridge') - before.bridge, tram: pageRequests('tram') - before.tram }).toEqual({ depot: 1, bridge: 1, tram: 1 });
    expect((await core.counts({ collections: ['metro'] })).articles).toBe(3);
  });

  it('a restarted worker reads its state file and does not ingest again', async () => {
    site.route('/feeds/gazette.xml', serve(rss(site.origin, ['depot']), 'application/rss+xml'));
    const cfg = config(['/feeds/gazette.xml']);
    expect((await createFeedWorker({ core, config: cfg, logger: silent }).pollOnce()).ingested).toBe(1);
    const fresh = createFeedWorker({ core, config: cfg, logger: silent });
    expect((await fresh.pollOnce()).ingested).toBe(0);
    expect(JSON.parse(fs.readFileSync(cfg.stateFile, 'utf8')).version).toBe(1);
  });

  it('refuses feed items pointing at private addresses and gives up on them', async () => {
    site.route('/feeds/evil.xml', serve('<rss version="2.0"><channel><item><link>http://169.254.169.254/latest/meta-data/</link></item><item><link>http://10.0.0.1/admin</link></item></channel></rss>', 'application/rss+xml'));
    const warnings: Record<string, unknown>[] = [];
    const logger = { ...silent, warn: (o: object) => void warnings.push(o as Record<string, unknown>) };
    const s = await createFeedWorker({ core, config: config(['/feeds/evil.xml']), logger }).pollOnce();
    expect(s).toMatchObject({ ingested: 0, itemsAbandoned: 2 });
    // Undated items are taken oldest first, i.e. from the bottom of the feed.
    expect(warnings.map((w) => w.error)).toEqual([
      'http://10.0.0.1/admin: refused: 10.0.0.1 is a private network address',
      'http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is a link-local address (cloud metadata lives there)',
    ]);
  });

  it('run() polls on schedule until aborted', async () => {
    site.route('/feeds/gazette.xml', serve(rss(site.origin, ['depot']), 'application/rss+xml'));
    const ctrl = new AbortController();
    const cfg = { ...config(['/feeds/gazette.xml']), pollIntervalMs: 20 };
    let polls = 0;
    const logger = { ...silent, info: (_o: object, msg: string) => void (msg === 'poll done' && ++polls >= 3 && ctrl.abort()) };
    expect(await createFeedWorker({ core, config: cfg, logger }).run(ctrl.signal)).toBe(3);
    expect((await core.counts({ collections: ['metro'] })).articles).toBe(1);
  });
});

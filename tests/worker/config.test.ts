import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIngestConfig } from '../../src/config/ingest.js';

describe('parseIngestConfig', () => {
  it('has safe defaults', () => {
    expect(parseIngestConfig({})).toEqual({
      feeds: [],
      pollIntervalMs: 15 * 60_000,
      stateFile: path.join('data', 'feeds-state.json'),
      fetch: { allow: [], maxBytes: 5 * 1024 * 1024, timeoutMs: 15_000 },
    });
  });

  it('reads a plain list of feeds, an allow-list, sizes and durations', () => {
    const c = parseIngestConfig({
      DATA_DIR: '/srv/onrecord',
      DEFAULT_COLLECTION: 'metro',
      ONRECORD_FEEDS: 'https://a.example/rss, https://b.example/atom.xml\nhttps://a.example/rss',
      ONRECORD_FETCH_ALLOW: '127.0.0.1 cms.internal,10.1.0.0/16',
      ONRECORD_FETCH_MAX_BYTES: '2MB',
      ONRECORD_FETCH_TIMEOUT: '500ms',
      ONRECORD_FEED_INTERVAL: '5m',
    });
    expect(c).toEqual({
      feeds: [
        { url: 'https://a.example/rss', collection: 'metro' },
        { url: 'https://b.example/atom.xml', collection: 'metro' },
      ],
      pollIntervalMs: 300_000,
      stateFile: path.join('/srv/onrecord', 'feeds-state.json'),
      fetch: { allow: ['127.0.0.1', 'cms.internal', '10.1.0.0/16'], maxBytes: 2 * 1024 * 1024, timeoutMs: 500 },
    });
  });

  it('reads JSON feeds with a collection each', () => {
    const c = parseIngestConfig({ ONRECORD_FEEDS: '[{"url": "https://a.example/rss", "collection": "sport"}, "https://b.example/rss"]', ONRECORD_FEED_STATE: '/tmp/s.json' });
    expect(c.feeds).toEqual([
      { url: 'https://a.example/rss', collection: 'sport' },
      { url: 'https://b.example/rss', collection: 'default' },
    ]);
    expect(c.stateFile).toBe('/tmp/s.json');
  });

  it.each([
    [{ ONRECORD_FEEDS: 'ftp://a.example/rss' }, /ONRECORD_FEEDS\.0: must be an http or https URL/],
    [{ ONRECORD_FEEDS: '[{"url": "https://a.example", "collection": "no spaces"}]' }, /ONRECORD_FEEDS\.0\.collection/],
    [{ ONRECORD_FEEDS: '[{"url": "https://a.example", "extra": 1}]' }, /ONRECORD_FEEDS\.0/],
    [{ ONRECORD_FEEDS: '[not json' }, /ONRECORD_FEEDS: not valid JSON/],
    [{ ONRECORD_FEED_INTERVAL: '1s' }, /ONRECORD_FEED_INTERVAL/],
    [{ ONRECORD_FEED_INTERVAL: 'often' }, /ONRECORD_FEED_INTERVAL/],
    [{ ONRECORD_FETCH_MAX_BYTES: '5GB' }, /ONRECORD_FETCH_MAX_BYTES/],
    [{ ONRECORD_FETCH_TIMEOUT: '-3s' }, /ONRECORD_FETCH_TIMEOUT/],
    [{ ONRECORD_FETCH_ALLOW: '127.0.0.1 http://cms.internal/' }, /ONRECORD_FETCH_ALLOW: "http:\/\/cms.internal\/" is a URL; write the host name alone/],
  ])('rejects %j with one clear line', (env, why) => {
    expect(() => parseIngestConfig(env)).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringMatching(why) }));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOnRecordError } from '../../../src/core/errors.js';
import { parseFeed } from '../../../src/io/feeds/parse.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">
  <channel>
    <title>Riverside Gazette: Politics</title>
    <link>https://gazette.example/politics</link>
    <item>
      <title>Council votes to close depot &amp; sell land</title>
      <link>https://gazette.example/news/depot</link>
      <guid isPermaLink="false">gazette-1001</guid>
      <pubDate>Tue, 05 Mar 2024 14:30:00 GMT</pubDate>
    </item>
    <item>
      <title><![CDATA[Mayor <b>responds</b>]]></title>
      <guid>https://gazette.example/news/mayor</guid>
      <dc:date>2024-03-06T08:00:00Z</dc:date>
    </item>
    <item>
      <title>Relative link</title>
      <link>/news/relative</link>
    </item>
    <item>
      <title>No link at all</title>
      <guid isPermaLink="false">orphan</guid>
    </item>
    <item>
      <title>Not a web link</title>
      <link>javascript:alert(1)</link>
    </item>
    <item>
      <title>Tracked</title>
      <link>https://feeds.example/click?id=9</link>
      <feedburner:origLink>https://gazette.example/news/original</feedburner:origLink>
      <pubDate>garbage date</pubDate>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://wire.example/">
  <title>Wire</title>
  <id>urn:wire</id>
  <updated>2024-03-07T10:00:00Z</updated>
  <entry>
    <title type="html">Minister &lt;i&gt;resigns&lt;/i&gt;</title>
    <id>tag:wire.example,2024:1</id>
    <link rel="alternate" type="text/html" href="stories/minister"/>
    <link rel="enclosure" href="https://cdn.wire.example/photo.jpg"/>
    <published>2024-03-07T09:00:00+01:00</published>
    <updated>2024-03-07T09:30:00+01:00</updated>
  </entry>
  <entry>
    <title>Only updated</title>
    <id>tag:wire.example,2024:2</id>
    <link href="https://wire.example/stories/second"/>
    <updated>2024-03-07T11:00:00Z</updated>
  </entry>
</feed>`;

describe('parseFeed: RSS 2.0', () => {
  const items = parseFeed(RSS, 'https://gazette.example/politics.rss');

  it('reads link, guid, title and date; decodes entities and strips markup from titles', () => {
    expect(items[0]).toEqual({ id: 'gazette-1001', url: 'https://gazette.example/news/depot', title: 'Council votes to close depot & sell land', published: '2024-03-05T14:30:00.000Z' });
    expect(items[1]).toEqual({ id: 'https://gazette.example/news/mayor', url: 'https://gazette.example/news/mayor', title: 'Mayor responds', published: '2024-03-06T08:00:00Z' });
  });

  it('resolves relative links against the feed URL and prefers the original link over a tracker', () => {
    expect(items.find((i) => i.title === 'Relative link')?.url).toBe('https://gazette.example/news/relative');
    const tracked = items.find((i) => i.title === 'Tracked');
    expect(tracked?.url).toBe('https://gazette.example/news/original');
    expect(tracked?.published).toBeUndefined(); // an unreadable date is left out, never invented
  });

  it('skips items without an http(s) link', () => {
    expect(items.map((i) => i.title)).not.toContain('No link at all');
    expect(items.map((i) => i.title)).not.toContain('Not a web link');
    expect(items).toHaveLength(4);
  });
});

describe('parseFeed: Atom', () => {
  it('uses the alternate link resolved against xml:base, id, and published before updated', () => {
    expect(parseFeed(ATOM, 'https://wire.example/feed.atom')).toEqual([
      { id: 'tag:wire.example,2024:1', url: 'https://wire.example/stories/minister', title: 'Minister resigns', published: '2024-03-07T09:00:00+01:00' },
      { id: 'tag:wire.example,2024:2', url: 'https://wire.example/stories/second', title: 'Only updated', published: '2024-03-07T11:00:00Z' },
    ]);
  });
});

describe('parseFeed: RSS 1.0 (RDF)', () => {
  it('reads items beside the channel', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel rdf:about="https://x.example/"><title>X</title></channel>
      <item rdf:about="https://x.example/a"><title>A</title><link>https://x.example/a</link></item></rdf:RDF>`;
    expect(parseFeed(rdf, 'https://x.example/rdf')).toEqual([{ id: 'https://x.example/a', url: 'https://x.example/a', title: 'A' }]);
  });
});

describe('parseFeed: bad input', () => {
  it.each([
    ['', /empty feed/],
    ['<rss><channel><item><title>x</title></channel></rss>', /not well-formed XML/],
    ['<html><body><p>Not a feed</p></body></html>', /not an RSS or Atom feed/],
    ['{"items": []}', /not well-formed XML|not an RSS/],
  ])('%j fails with one clear BAD_INPUT line', (xml, why) => {
    expect(() => parseFeed(xml, 'https://bad.example/feed')).toThrow(expect.objectContaining({ code: 'BAD_INPUT', message: expect.stringMatching(why) }));
  });

  it('an empty channel is zero items, not an error', () => {
    expect(parseFeed('<rss version="2.0"><channel><title>t</title></channel></rss>', 'f')).toEqual([]);
  });

  it('refuses entity expansion bombs instead of blowing up memory', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'x'.repeat(1000)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
      <rss version="2.0"><channel><item><title>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</title><link>https://x.example/a</link></item></channel></rss>`;
    let result: unknown;
    try {
      result = parseFeed(bomb, 'https://bomb.example/feed');
    } catch (err) {
      result = err;
    }
    // Either refused with a clear error, or parsed without expanding 10 MB of text.
    if (Array.isArray(result)) expect(JSON.stringify(result).length).toBeLessThan(200_000);
    else expect(result).toMatchObject({ code: 'BAD_INPUT' });
  });

  it('lists a story once even when the feed repeats it', () => {
    const dup = `<rss version="2.0"><channel><item><link>https://x.example/a</link></item><item><link>https://x.example/a</link></item></channel></rss>`;
    expect(parseFeed(dup, 'f')).toHaveLength(1);
  });
});

describe('parseFeed never crashes', () => {
  it('any string, or a feed with arbitrary item fields, gives items with http(s) URLs or one BAD_INPUT error', () => {
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const feedish = fc
      .array(fc.record({ link: fc.string(), guid: fc.string(), date: fc.string(), title: fc.string() }), { maxLength: 5 })
      .map((items) => `<rss version="2.0"><channel>${items.map((i) => `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link><guid>${esc(i.guid)}</guid><pubDate>${esc(i.date)}</pubDate></item>`).join('')}</channel></rss>`);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), feedish), (xml) => {
        try {
          for (const item of parseFeed(xml, 'https://fuzz.example/feed')) {
            expect(item.url).toMatch(/^https?:\/\//);
            if (item.published) expect(Number.isNaN(Date.parse(item.published))).toBe(false);
          }
        } catch (err) {
          expect(isOnRecordError(err, 'BAD_INPUT')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

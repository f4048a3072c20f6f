import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/core/articles/html.js';
import { parseDocument } from '../../../src/core/articles/load.js';
import { isOnRecordError } from '../../../src/core/errors.js';

const BODY = `
  <p>The city council voted 7-2 on Tuesday to close the Elm Street depot.</p>
  <p>"We cannot keep pouring money into a building nobody uses," said Councillor Maria Okafor, who proposed the motion.</p>
  <p>Transit union leader Dan Whitby called the vote <em>short-sighted</em> and said his members would fight it.<br>
  "This is about jobs," Whitby said.</p>
  <p>The depot, built in 1952, has been empty since the spring floods damaged its roof and most of the bus fleet moved north.</p>
`;

function page(head: string, body = BODY, wrapper = 'article'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
    <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
    <${wrapper}><h1>Council votes to close Elm Street depot</h1>${body}</${wrapper}>
    <footer><p>Copyright Riverside Gazette. All rights reserved. Subscribe to our newsletter.</p></footer>
    </body></html>`;
}

describe('parseHtml: body', () => {
  const a = parseHtml(page('<title>Council votes to close Elm Street depot | Riverside Gazette</title>'), 'depot.html');

  it('keeps one paragraph a line, with a <br> starting a new line', () => {
    const lines = a.text.split('\n');
    expect(lines[0]).toBe('The city council voted 7-2 on Tuesday to close the Elm Street depot.');
    expect(lines).toContain('"We cannot keep pouring money into a building nobody uses," said Councillor Maria Okafor, who proposed the motion.');
    expect(lines).toContain('Transit union leader Dan Whitby called the vote short-sighted and said his members would fight it.');
    expect(lines).toContain('"This is about jobs," Whitby said.');
    expect(a.paragraphs).toHaveLength(lines.length);
    for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end).trim()).toBe(a.text.slice(p.start, p.end));
  });

  it('leaves out navigation, footer and the headline', () => {
    expect(a.text).not.toMatch(/Home|Sport|Copyright|newsletter/);
    expect(a.text).not.toContain('Council votes to close Elm Street depot');
  });

  it('accepts a bare fragment without <html>', () => {
    const f = parseHtml('<p>First paragraph of a short note.</p><p>"Quoted," she said.</p>', 'note.html');
    expect(f.text).toBe('First paragraph of a short note.\n"Quoted," she said.');
  });

  it('rejects a page with no text as BAD_ARTICLE', () => {
    expect(() => parseHtml('<html><head><title>x</title></head><body><script>var a=1</script><img src=x></body></html>', 'empty.html')).toThrow(
      expect.objectContaining({ code: 'BAD_ARTICLE', message: expect.stringContaining('empty.html') }),
    );
  });
});

describe('parseHtml: metadata', () => {
  it('reads JSON-LD first (headline, authors, publisher, date, url)', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Riverside Gazette' },
        {
          '@type': 'NewsArticle',
          headline: 'Depot closure approved',
          datePublished: '2024-03-05T09:30:00-05:00',
          author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Tom Bell' }],
          publisher: { '@type': 'Organization', name: 'Riverside Gazette' },
          mainEntityOfPage: { '@id': 'https://gazette.example/news/depot' },
        },
      ],
    };
    const head = `<script type="application/ld+json">${JSON.stringify(ld)}</script>
      <meta property="og:title" content="OG headline loses to JSON-LD">
      <meta property="article:published_time" content="2020-01-01T00:00:00Z">`;
    expect(parseHtml(page(head), 'https://gazette.example/amp/depot').meta).toEqual({
      title: 'Depot closure approved',
      byline: 'Ana Ruiz and Tom Bell',
      outlet: 'Riverside Gazette',
      published: '2024-03-05T09:30:00-05:00',
      url: 'https://gazette.example/news/depot',
    });
  });

  it('falls back to OpenGraph, article:published_time and meta tags', () => {
    const head = `<title>Depot | Site</title>
      <meta property="og:title" content="Elm Street depot to close">
      <meta property="og:site_name" content="The Riverside Gazette">
      <meta property="article:published_time" content="2023-11-02T14:00:00Z">
      <meta name="author" content="By Priya Nair">
      <link rel="canonical" href="/news/2023/depot">`;
    expect(parseHtml(page(head), 'https://gazette.example/print/depot?x=1').meta).toEqual({
      title: 'Elm Street depot to close',
      outlet: 'The Riverside Gazette',
      published: '2023-11-02T14:00:00Z',
      byline: 'Priya Nair',
      url: 'https://gazette.example/news/2023/depot',
    });
  });

  it('reads plain meta names and <time> when nothing richer exists', () => {
    const body = `<p class="byline">By <span>Lee Chan</span></p><time datetime="2022-06-30">June 30</time>${BODY}`;
    const m = parseHtml(page('<title>Depot closes</title><meta name="pubdate" content="not a date">', body), 'depot.html').meta;
    expect(m.title).toBe('Depot closes');
    expect(m.published).toBe('2022-06-30');
    expect(m.url).toBeUndefined(); // a file path gives no canonical URL
  });

  it('survives broken JSON-LD and a CDATA-wrapped one', () => {
    const head = `<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
      <script type="application/ld+json"><![CDATA[ {"@type":"ReportageNewsArticle","headline":"Wrapped headline","datePublished":"2021-05-04"} ]]></script>`;
    const m = parseHtml(page(head), 'x.html').meta;
    expect(m.title).toBe('Wrapped headline');
    expect(m.published).toBe('2021-05-04');
  });

  it('ignores a canonical that names the home page (it would merge every story into one)', () => {
    const head = '<link rel="canonical" href="https://gazette.example/"><meta property="og:url" content="https://gazette.example/news/depot">';
    expect(parseHtml(page(head), 'https://gazette.example/news/depot?utm=x').meta.url).toBe('https://gazette.example/news/depot');
    expect(parseHtml(page('<link rel="canonical" href="/">'), 'https://gazette.example/news/depot').meta.url).toBeUndefined();
  });

  it('ignores a canonical link that is not http(s) and author URLs', () => {
    const head = `<link rel="canonical" href="javascript:alert(1)"><meta property="article:author" content="https://facebook.com/someone">
      <meta property="og:url" content="https://gazette.example/a">`;
    const m = parseHtml(page(head), 'https://gazette.example/b').meta;
    expect(m.url).toBe('https://gazette.example/a');
    expect(m.byline).toBeUndefined();
  });
});

describe('parseDocument dispatches HTML', () => {
  it('by content type, extension and content sniffing', () => {
    const html = page('<meta property="og:title" content="Depot">');
    for (const input of [
      { content: html, source: 'https://gazette.example/depot', contentType: 'text/html' },
      { content: html, source: 'saved/depot.htm' },
      { content: html, source: 'saved/depot' },
    ]) {
      const a = parseDocument(input);
      expect(a.meta.title).toBe('Depot');
      expect(a.text).toContain('Councillor Maria Okafor');
      expect(a.text).not.toContain('<p>');
    }
  });

  it('lets the page own its metadata and outside metadata fill gaps', () => {
    const a = parseDocument({ content: page('<meta property="og:title" content="Depot">'), source: 'd.html', meta: { title: 'Feed title', published: '2024-01-01' } });
    expect(a.meta.title).toBe('Depot');
    expect(a.meta.published).toBe('2024-01-01');
  });
});

describe('parseHtml never crashes on hostile markup', () => {
  it('deep nesting', () => {
    const deep = `${'<div>'.repeat(5000)}<p>Deep text here.</p>${'</div>'.repeat(5000)}`;
    expect(parseHtml(deep, 'deep.html').text).toContain('Deep text here.');
  });

  it('a nesting bomb of unclosed inline tags still yields its text and head metadata', () => {
    const bomb = `<html><head><meta property="og:title" content="Bomb"></head><body>${'<b><i>word '.repeat(20_000)}<p>"Last line," he said.</p></body></html>`;
    const a = parseHtml(bomb, 'bomb.html');
    expect(a.meta.title).toBe('Bomb');
    expect(a.text.split('\n').at(-1)).toBe('"Last line," he said.');
    expect(a.text.match(/word/g)).toHaveLength(20_000);
  });

  it('unterminated tags and comments end the text instead of stalling the scan', () => {
    const tail = '<a'.repeat(50_000);
    expect(parseHtml(`<p>Real text here.</p><p>${tail}`, 'tail.html').text).toBe('Real text here.');
    const deep = `<html><head><title>T</title></head><body>${'<b>'.repeat(2000)}<p>Kept words.</p><!--${'<!--'.repeat(50_000)}`;
    expect(parseHtml(deep, 'comments.html').text).toBe('Kept words.');
  });

  it('text full of markup characters and absurd element names keeps its words', () => {
    const entities = parseHtml(`<p>Opening words.</p><p>${'&lt;b&gt; '.repeat(30_000)}</p>`, 'entities.html');
    expect(entities.text.startsWith('Opening words.\n<b> <b>')).toBe(true);
    const name = parseHtml(`<p>Opening words.</p>${'<a'.repeat(100_000)}`, 'names.html');
    expect(name.text).toBe('Opening words.');
  });

  it('arbitrary strings either parse or fail with BAD_ARTICLE', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('', '<p>', '<script type="application/ld+json">', '<meta property="og:title" content="'), (s, prefix) => {
        try {
          const a = parseHtml(prefix + s, 'fuzz.html');
          expect(typeof a.text).toBe('string');
          for (const p of a.paragraphs) expect(p.end).toBeLessThanOrEqual(a.text.length);
        } catch (err) {
          expect(isOnRecordError(err, 'BAD_ARTICLE')).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { readabilityBudgetExceeded, type BudgetNode } from '../../../src/core/articles/html-budget.js';
import { decodeEntities, measurePage, scanTags, stripHtmlToText } from '../../../src/core/articles/html-guard.js';

describe('scanTags', () => {
  it('sees tags and text, skipping comments, doctypes and raw-text content', () => {
    const tags: string[] = [];
    const texts: string[] = [];
    scanTags(
      '<!doctype html><p class="a">One <b>two</b></p><!-- <p>hidden</p> --><script>if (a < b) { x = "<p>" }</script>3 < 4<br/>',
      (t) => tags.push(`${t.closing ? '/' : ''}${t.name}${t.selfClosing ? '/' : ''}`),
      (s) => texts.push(s),
    );
    expect(tags).toEqual(['p', 'b', '/b', '/p', 'script', '/script', 'br/']);
    expect(texts.join('|')).toBe('One |two|3 < 4');
  });

  it('stops at an unterminated tag or comment', () => {
    const texts: string[] = [];
    scanTags('kept <a href="x', () => {}, (s) => texts.push(s));
    scanTags('also kept <!-- never closed <p>lost</p>', () => {}, (s) => texts.push(s));
    expect(texts).toEqual(['kept ', 'also kept ']);
  });
});

describe('measurePage', () => {
  it('counts nesting without optional-end and void elements, entities in text, tokens in a tag, and tags', () => {
    const shape = measurePage('<div><div><p>a<p>b<br><img src=x><span>c &amp; d &lt;</span></div></div><a x y z>');
    expect(shape).toEqual({ nesting: 3, entities: 2, maxTagTokens: 3, tags: 11 });
  });
});

describe('stripHtmlToText', () => {
  it('keeps one paragraph a line without scripts, styles or the head', () => {
    const html = '<html><head><title>T</title><style>p{}</style></head><body><h1>Head&shy;line</h1><p>First &ldquo;quote&rdquo;.<br>Second line</p><script>x()</script><ul><li>item</li></ul></body></html>';
    expect(stripHtmlToText(html)).toBe('Head&shy;line\nFirst \u201cquote\u201d.\nSecond line\nitem');
  });

  it('decodes numeric entities and refuses surrogates and out-of-range code points', () => {
    expect(decodeEntities('&#8220;Hi&#x201D; &#xD800;&#1114112;&bogus;')).toBe('\u201cHi\u201d &bogus;');
  });
});

describe('readabilityBudgetExceeded', () => {
  const el = (name: string, kids: BudgetNode[] = []): BudgetNode => ({ nodeType: 1, nodeName: name, nodeValue: null, childNodes: kids });
  const text = (v: string): BudgetNode => ({ nodeType: 3, nodeName: '#text', nodeValue: v, childNodes: [] });

  it('passes an ordinary article', () => {
    expect(readabilityBudgetExceeded(el('HTML', [el('BODY', [el('P', [text('Hello <world> & co')])])]))).toBeNull();
  });

  it('names the first limit a page breaks', () => {
    let deep = el('P');
    for (let i = 0; i < 200; i++) deep = el('DIV', [deep]);
    expect(readabilityBudgetExceeded(deep)).toBe('depth');
    expect(readabilityBudgetExceeded(el('BODY', Array.from({ length: 25_000 }, () => el('I'))))).toBe('elements');
    expect(readabilityBudgetExceeded(el('BODY', Array.from({ length: 60_000 }, () => text('x'))))).toBe('nodes');
    expect(readabilityBudgetExceeded(el('BODY', [text('<'.repeat(30_000))]))).toBe('markupChars');
    expect(readabilityBudgetExceeded(el('BODY', [el('A<A<A'.repeat(30))]))).toBe('nameLength');
  });

  it('does not count script text, which Readability removes first', () => {
    expect(readabilityBudgetExceeded(el('BODY', [el('SCRIPT', [text('<'.repeat(30_000))])]))).toBeNull();
  });
});

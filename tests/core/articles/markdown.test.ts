import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../src/core/articles/markdown.js';

describe('markdownToText', () => {
  it('keeps the text of links and images and drops inline HTML tags', () => {
    expect(markdownToText('See [the report](https://x.example/r) and ![a chart](c.png) <b>now</b>.')).toBe('See the report and a chart now.');
    expect(markdownToText('Empty [](x) link, ![](y) image, [not a link] (z), a < b > c, <br/>end')).toBe('Empty [](x) link,  image, [not a link] (z), a < b > c, end');
    // A link's text runs to the first "]", as CommonMark-lite regular expressions read it.
    expect(markdownToText('[outer [inner](u1) tail](u2)')).toBe('outer [inner tail](u2)');
  });

  it('leaves lines of unclosed links and tags as they are, in one pass', () => {
    // Each unclosed "[a](" or "<a" once made the regular expressions rescan the rest of the line (quadratic).
    const links = '[a]('.repeat(50_000);
    expect(markdownToText(links)).toBe(links);
    const images = '![a]('.repeat(50_000);
    expect(markdownToText(images)).toBe(images);
    const tags = '<a '.repeat(50_000);
    expect(markdownToText(tags)).toBe(tags);
    const opens = `${'['.repeat(50_000)}]x`;
    expect(markdownToText(opens)).toBe(opens);
    // One closing mark at the very end completes a single match, as the expressions did.
    expect(markdownToText(`${links})`)).toBe('a');
  });
});

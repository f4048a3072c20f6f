import { describe, expect, it } from 'vitest';
import { assertArticleText } from '../../../src/core/articles/parse.js';
import { splitParagraphs } from '../../../src/core/articles/paragraphs.js';

// Texts written for these tests (h-perf2: line ends found with indexOf, bad characters counted with a regex).
describe('paragraph spans and the text check', () => {
  it('gives one span per non-blank line, trimmed of spaces at both ends', () => {
    const text = '  First line.\u00a0\n\n \t\nSecond\r\nThird\n';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['First line.', 'Second', 'Third']);
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('\n\n')).toEqual([]);
    expect(splitParagraphs('One')).toEqual([{ start: 0, end: 3 }]);
  });

  it('refuses a NUL anywhere in the sample, and many control or replacement characters, but not a few', () => {
    expect(() => assertArticleText(`Some text\u0001\u0001${'\0'}`, 'a.txt')).toThrow(/binary file/);
    expect(() => assertArticleText('Words '.repeat(10) + '\ufffd\u0002'.repeat(20), 'b.txt')).toThrow(/40 undecodable/);
    expect(() => assertArticleText('Words\ttab\fform feed\r\n'.repeat(10) + '\ufffd'.repeat(16), 'c.txt')).not.toThrow();
  });
});

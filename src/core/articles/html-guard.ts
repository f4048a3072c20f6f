/**
 * Defences for pages built to be slow. linkedom's parse time grows faster than linearly with nesting depth
 * (500 KB of unclosed `<b><i>` takes seconds, 1 MB takes minutes), so nesting is estimated on the raw text
 * first, and an absurdly deep page is flattened by a tag-stripping scan instead of a DOM.
 */

/** Elements that never have children. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'bgsound', 'frame', 'isindex']);
/** Elements whose end tag is optional: real pages leave them open, so they do not count as nesting. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'rtc', 'html', 'head', 'body', 'caption']);

/**
 * An estimate of the page's deepest nesting from its tags alone (linear, no DOM). It over-counts only tags a
 * page opens and never closes, which is exactly the shape of a nesting bomb.
 */
export function estimateNesting(html: string): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;
  const lower = html.toLowerCase();
  let depth = 0;
  let max = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html)) !== null) {
    const name = (m[2] ?? '').toLowerCase();
    if (VOID.has(name) || OPTIONAL_END.has(name) || m[3] === '/') continue;
    if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
      if (m[1]) continue;
      // Skip raw-text content: "<" inside a script is not a tag.
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

const BLOCK_TAG = /^(p|div|br|h[1-6]|li|ul|ol|blockquote|section|article|header|footer|aside|tr|table|pre|hr|dd|dt|dl|figcaption|main|nav|form)$/i;

/**
 * Plain text from HTML without building a DOM: scripts, styles and comments dropped, block tags and `<br>`
 * end a line, other tags vanish, entities decoded. One paragraph a line, like the DOM path.
 */
export function stripHtmlToText(html: string): string {
  const noise = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const withBreaks = noise.replace(/<\/?([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*>/g, (_, name: string) => (BLOCK_TAG.test(name) ? '\n' : ''));
  return decodeEntities(withBreaks)
    .split('\n')
    .map((l) => l.replace(/[ \t\f\r\u00a0\u200b]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018',
  rsquo: '\u2019', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', laquo: '\u00ab', raquo: '\u00bb',
};

/** Numeric entities and the named ones news text uses (quotes, dashes); others are left as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/**
 * Defences for pages built to be slow. linkedom's parse time grows faster than linearly with nesting depth
 * (500 KB of unclosed `<b><i>` takes seconds, 1 MB takes minutes), so nesting is estimated on the raw text
 * first, and an absurdly deep page is flattened by a tag-stripping scan instead of a DOM. Both walk the text
 * once with `scanTags` (no backtracking regular expressions: `<a<a<a...` without a `>` stays linear).
 */

/** Elements that never have children. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'bgsound', 'frame', 'isindex']);
/** Elements whose end tag is optional: real pages leave them open, so they do not count as nesting. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'rtc', 'html', 'head', 'body', 'caption']);
/** Elements whose content is raw text: a "<" inside them is not a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Elements whose text is never article prose (raw-text ones aside). */
const SKIPPED = new Set(['template', 'svg', 'head', 'math', 'select', 'button']);
const BLOCK = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'section', 'article', 'header', 'footer', 'aside', 'tr', 'table', 'pre', 'hr', 'dd', 'dt', 'dl', 'figcaption', 'figure', 'main', 'nav', 'form', 'address', 'caption']);

/** One tag as `scanTags` sees it. */
export interface ScannedTag {
  /** Lower-cased element name. */
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

/**
 * Walks an HTML string once, calling `onText` for each run of text between tags and `onTag` for each tag.
 * Comments, doctypes and processing instructions are skipped; raw-text elements (`script`, `style`...) have
 * their content skipped. Every search jumps past what it found or ends the scan, so the pass is linear.
 */
export function scanTags(html: string, onTag: (tag: ScannedTag) => void, onText?: (text: string) => void): void {
  const lower = html.toLowerCase();
  const text = (from: number, to: number): void => {
    if (onText && to > from) onText(html.slice(from, to));
  };
  let i = 0;
  let textStart = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      text(textStart, lt);
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) return; // an unterminated comment swallows the rest
      i = textStart = end + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      text(textStart, lt);
      const end = html.indexOf('>', lt + 2);
      if (end < 0) return;
      i = textStart = end + 1;
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      i = lt + 1; // a bare "<" is text
      continue;
    }
    const gt = html.indexOf('>', nameStart);
    if (gt < 0) break; // an unterminated tag: the rest is dropped, as a browser would
    text(textStart, lt);
    let nameEnd = nameStart;
    while (nameEnd < gt && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const name = lower.slice(nameStart, nameEnd);
    onTag({ name, closing, selfClosing: html.charCodeAt(gt - 1) === 47 });
    i = textStart = gt + 1;
    if (!closing && RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      if (end < 0) return;
      i = textStart = end; // its closing tag is visited next
    }
  }
  text(textStart, html.length);
}

/**
 * An estimate of the page's deepest nesting from its tags alone (linear, no DOM). It over-counts only tags a
 * page opens and never closes, which is exactly the shape of a nesting bomb.
 */
export function estimateNesting(html: string): number {
  let depth = 0;
  let max = 0;
  scanTags(html, (t) => {
    if (VOID.has(t.name) || OPTIONAL_END.has(t.name) || t.selfClosing) return;
    if (t.closing) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  });
  return max;
}

/**
 * Plain text from HTML without building a DOM: scripts, styles, the head and comments dropped, block tags and
 * `<br>` end a line, other tags vanish, entities decoded. One paragraph a line, like the DOM path.
 */
export function stripHtmlToText(html: string): string {
  const parts: string[] = [];
  let skipping = 0;
  scanTags(
    html,
    (t) => {
      if (SKIPPED.has(t.name) && !t.selfClosing) skipping = Math.max(0, skipping + (t.closing ? -1 : 1));
      else if (BLOCK.has(t.name)) parts.push('\n');
    },
    (s) => {
      if (skipping === 0) parts.push(s);
    },
  );
  return decodeEntities(parts.join(''))
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

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
}

/**
 * Defences for pages built to be slow. linkedom's parse time explodes on some shapes (deep nesting, floods
 * of entities, a tag with a huge number of attributes), so a page's shape is measured on the raw text first,
 * and a pathological page is flattened by a tag-stripping scan instead of a DOM. Both walk the text once with
 * `scanTags` (no backtracking regular expressions: `<a<a<a...` without a `>` stays linear).
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
  /** Index of the `<` and of the `>` in the scanned string. */
  start: number;
  end: number;
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
    if (gt < 0) {
      text(textStart, lt); // an unterminated tag: the rest is dropped, as a browser would
      return;
    }
    text(textStart, lt);
    let nameEnd = nameStart;
    while (nameEnd < gt && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const name = lower.slice(nameStart, nameEnd);
    onTag({ name, closing, selfClosing: html.charCodeAt(gt - 1) === 47, start: lt, end: gt });
    i = textStart = gt + 1;
    if (!closing && RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      if (end < 0) return;
      i = textStart = end; // its closing tag is visited next
    }
  }
  text(textStart, html.length);
}

/** What a page looks like before any DOM is built. */
export interface PageShape {
  /** Deepest nesting, estimated from the tags (over-counts only tags opened and never closed). */
  nesting: number;
  /** `&` characters in text: each entity becomes its own text node in linkedom. */
  entities: number;
  /** Most whitespace-separated tokens inside one tag: a rough count of its attributes. */
  maxTagTokens: number;
  /** Tags in the page (opening and closing): linkedom's parse and its DOM grow with them. */
  tags: number;
}

/**
 * Measures a page's shape in one linear pass. linkedom is slow on three shapes (measured, 2-core machine):
 * deep nesting (1 MB of unclosed `<b><i>`: 100 s), many entities (400,000 `&lt;`: 10 s) and one tag with
 * hundreds of thousands of attributes (200,000: 4-20 s); it is also merely slow on huge numbers of tags (80,000
 * `<p>x`: 4 s, a million: about a minute). The 216 corpus pages peak at 49 levels, 33 entities in text, about
 * 1,000 tokens in one tag and 4,689 tags.
 */
export function measurePage(html: string): PageShape {
  let depth = 0;
  const shape: PageShape = { nesting: 0, entities: 0, maxTagTokens: 0, tags: 0 };
  scanTags(
    html,
    (t) => {
      shape.tags++;
      let tokens = 0;
      for (let i = t.start + 1, inSpace = false; i < t.end; i++) {
        const c = html.charCodeAt(i);
        const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
        if (inSpace && !space) tokens++;
        inSpace = space;
      }
      if (tokens > shape.maxTagTokens) shape.maxTagTokens = tokens;
      if (VOID.has(t.name) || OPTIONAL_END.has(t.name) || t.selfClosing) return;
      if (t.closing) depth = Math.max(0, depth - 1);
      else if (++depth > shape.nesting) shape.nesting = depth;
    },
    (text) => {
      for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) shape.entities++;
    },
  );
  return shape;
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

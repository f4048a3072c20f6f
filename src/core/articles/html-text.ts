/** The slice of a DOM node the text walker reads (linkedom nodes satisfy it; no DOM typings needed). */
export interface TextNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextNode>;
  getAttribute?(name: string): string | null;
}

/** Elements that start a new paragraph line. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION', 'CENTER',
]);
/** Elements whose text is never article prose. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'CANVAS', 'MATH', 'HEAD']);
const CELL = new Set(['TD', 'TH']);

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/**
 * Flattens an element to plain text with one paragraph a line: block elements and `<br>` end a line, inline
 * markup disappears, runs of whitespace collapse to one space, and blank lines are dropped. Iterative, so a
 * page nested thousands of levels deep cannot overflow the stack.
 */
export function elementToParagraphs(root: TextNode): string {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = current.replace(/[ \t\f\r\n\u00a0\u200b]+/g, ' ').trim();
    if (t) lines.push(t);
    current = '';
  };
  // Stack of nodes to visit; `null` marks the end of a block element (flush after its children).
  const stack: (TextNode | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      flush();
      continue;
    }
    if (node.getAttribute?.('hidden') !== null && node.getAttribute?.('hidden') !== undefined) continue;
    if (CELL.has(name)) current += ' ';
    const block = BLOCK.has(name);
    if (block) {
      flush();
      stack.push(null);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push(k);
    }
  }
  flush();
  return lines.join('\n');
}

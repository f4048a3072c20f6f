import type { ParagraphSpan } from './model.js';

/**
 * Splits a body into paragraphs: every non-blank line is one. News text keeps one paragraph a line (the seed,
 * BBC, PolNeAR), so a line break is the safest boundary; blank lines only separate. Linear in the text.
 */
export function splitParagraphs(text: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  // Line ends found with indexOf (native code) rather than a test of every character: the CLI runs without V8's
  // optimising compiler (src/adapters/cli/short-run.ts), where such a loop is interpreted.
  for (let lineStart = 0; lineStart <= text.length; ) {
    const nl = text.indexOf('\n', lineStart);
    const i = nl < 0 ? text.length : nl;
    let s = lineStart;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    lineStart = i + 1;
  }
  return spans;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000;
}

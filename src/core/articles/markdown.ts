/**
 * Turns Markdown into the plain paragraphs a newsroom reads, line by line so paragraphs stay put:
 * headings, block quotes, list markers, emphasis, links and images lose their syntax, code fences are dropped.
 * Not a full CommonMark renderer: articles use a small subset, and the text only feeds extraction.
 */
export function markdownToText(md: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const rawLine of md.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    let line = rawLine
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s{0,3}(>\s?)+/, '')
      .replace(/^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+/, '');
    line = stripTags(stripLinks(stripLinks(line, true), false))
      .replace(/(\*\*|__)(?=\S)([^*_]+?)(?<=\S)\1/g, '$2')
      .replace(/(^|[\s(])[*_](?=\S)([^*_]+?)(?<=\S)[*_](?=$|[\s).,;:!?])/g, '$1$2')
      .replace(/`([^`]*)`/g, '$1');
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) line = '';
    out.push(line);
  }
  return out.join('\n');
}

/**
 * `![text](url)` (image) or `[text](url)` (link, text not empty) replaced by its text, as the regular
 * expressions `/!\[([^\]]*)\]\([^)]*\)/g` and `/\[([^\]]+)\]\([^)]*\)/g` would, in one pass: those
 * expressions rescanned the rest of the line from every `[` that failed to close (a line of "[a](" repeated
 * took seconds).
 */
function stripLinks(line: string, image: boolean): string {
  let out = '';
  let last = 0;
  for (let i = 0; ; ) {
    const open = line.indexOf(image ? '![' : '[', i);
    if (open < 0) break;
    const textStart = open + (image ? 2 : 1);
    const close = line.indexOf(']', textStart);
    if (close < 0) break; // no later "[" can close either
    if ((!image && close === textStart) || line.charCodeAt(close + 1) !== 0x28 /* ( */) {
      i = close; // every "[" before this "]" fails the same way
      continue;
    }
    const paren = line.indexOf(')', close + 2);
    if (paren < 0) break; // no later link can end either
    out += line.slice(last, open) + line.slice(textStart, close);
    last = i = paren + 1;
  }
  return last === 0 ? line : out + line.slice(last);
}

/** HTML tags removed, as `/<\/?[a-zA-Z][^>]*>/g` would, in one pass (no rescan from each unclosed "<"). */
function stripTags(line: string): string {
  let out = '';
  let last = 0;
  for (let i = line.indexOf('<'); i >= 0; i = line.indexOf('<', i + 1)) {
    const nameAt = line.charCodeAt(i + 1) === 0x2f /* / */ ? i + 2 : i + 1;
    const c = line.charCodeAt(nameAt) | 0x20;
    if (c < 0x61 || c > 0x7a) continue;
    const gt = line.indexOf('>', nameAt + 1);
    if (gt < 0) break; // no later tag can end either
    out += line.slice(last, i);
    last = gt + 1;
    i = gt;
  }
  return last === 0 ? line : out + line.slice(last);
}

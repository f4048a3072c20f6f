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
      .replace(/^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/<\/?[a-zA-Z][^>]*>/g, '')
      .replace(/(\*\*|__)(?=\S)([^*_]+?)(?<=\S)\1/g, '$2')
      .replace(/(^|[\s(])[*_](?=\S)([^*_]+?)(?<=\S)[*_](?=$|[\s).,;:!?])/g, '$1$2')
      .replace(/`([^`]*)`/g, '$1');
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) line = '';
    out.push(line);
  }
  return out.join('\n');
}

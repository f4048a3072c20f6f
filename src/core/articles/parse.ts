import { OnRecordError } from '../errors.js';
import { parseFrontMatter } from './front-matter.js';
import { markdownToText } from './markdown.js';
import type { Article, ArticleMeta } from './model.js';
import { splitParagraphs } from './paragraphs.js';

/** The formats OnRecord reads; HTML is parsed by `html.ts`. */
export type ArticleFormat = 'text' | 'markdown' | 'html';

/** Largest article body accepted, in characters: far beyond any news story, small enough to stay fast. */
export const MAX_ARTICLE_CHARS = 5_000_000;

/** Picks the format from a file name or URL path and, failing that, from the content itself. */
export function detectFormat(source: string, content: string, contentType?: string): ArticleFormat {
  if (contentType && /html/i.test(contentType)) return 'html';
  if (contentType && /markdown/i.test(contentType)) return 'markdown';
  const lower = source.toLowerCase().replace(/[?#].*$/, '');
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(md|markdown|mdx)$/.test(lower)) return 'markdown';
  if (/\.(txt|text)$/.test(lower)) return 'text';
  const head = content.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|article)[\s>]/.test(head)) return 'html';
  if (/^\uFEFF?---\r?\n/.test(content)) return 'markdown';
  return 'text';
}

/** A replacement character or a control character other than tab, line feed, form feed and carriage return (NUL apart). */
const UNDECODABLE = /[\u0001-\u0008\u000b\u000e-\u001f\ufffd]/g;

/**
 * Rejects content that is not article text: empty, binary (NUL bytes or mostly replacement characters
 * from a failed UTF-8 decode) or too large. One clear message naming the source.
 */
export function assertArticleText(content: string, source: string): void {
  if (content.length > MAX_ARTICLE_CHARS) {
    throw new OnRecordError('BAD_ARTICLE', `${source}: too large (${content.length} characters, at most ${MAX_ARTICLE_CHARS})`);
  }
  if (content.trim().length === 0) throw new OnRecordError('BAD_ARTICLE', `${source}: empty`);
  const sample = content.slice(0, 65536);
  // indexOf and a regex rather than a loop over the characters: the CLI runs without V8's optimising compiler
  // (src/adapters/cli/short-run.ts), where such a loop is interpreted and these run as native code.
  if (sample.includes('\0')) throw new OnRecordError('BAD_ARTICLE', `${source}: binary file, not text`);
  const bad = sample.match(UNDECODABLE)?.length ?? 0;
  if (bad > 16 && bad / sample.length > 0.01) {
    throw new OnRecordError('BAD_ARTICLE', `${source}: not UTF-8 text (${bad} undecodable characters)`);
  }
}

/**
 * Plain text: the first line is the headline when a blank line follows it and it reads like one
 * (short, no closing sentence punctuation), as in the BBC and PolNeAR files; otherwise it is body.
 */
export function parsePlainText(content: string, source: string, meta: ArticleMeta = {}): Article {
  const text0 = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let body = text0;
  const m = /^([^\n]{1,300})\n[ \t]*\n/.exec(text0);
  const out: ArticleMeta = { ...meta };
  if (m && looksLikeHeadline(m[1] ?? '')) {
    if (!out.title) out.title = (m[1] ?? '').trim();
    body = text0.slice(m[0].length);
  }
  return { text: body, paragraphs: splitParagraphs(body), meta: out, source };
}

function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 200) return false;
  // "Can Yahoo dominate next decade?": a short question standing alone above a blank line is a headline, not the
  // body's first sentence (left in the body, its capitalised words became a speaker). A quoted question is body.
  if (looksLikeQuestionHeadline(t)) return true;
  // A sentence that ends in a full stop is body text ("He said it was over."); headlines rarely do.
  return !/[.!?]["'”’)]?$/.test(t) || /^[^a-z]*$/.test(t);
}

/** A headline asked as a question: capitalised, unquoted, at most 12 words, ending in "?". */
function looksLikeQuestionHeadline(t: string): boolean {
  return /^\p{Lu}/u.test(t) && /\?$/.test(t) && !/["“”«»]/.test(t) && t.split(/\s+/).length <= 12;
}

/** Markdown with optional front matter (title, url, outlet, published, byline). */
export function parseMarkdown(content: string, source: string): Article {
  const { meta, body } = parseFrontMatter(content.replace(/\r\n?/g, '\n'), source);
  const text = markdownToText(body);
  // A leading "# Headline" becomes the title when the front matter has none.
  const heading = /^\s*#\s+(.+)\n/.exec(body);
  if (heading && !meta.title) {
    meta.title = (heading[1] ?? '').trim();
    const firstLine = text.indexOf('\n');
    const rest = firstLine < 0 ? '' : text.slice(firstLine + 1);
    return { text: rest, paragraphs: splitParagraphs(rest), meta, source };
  }
  return { text, paragraphs: splitParagraphs(text), meta, source };
}

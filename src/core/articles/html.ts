import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { OnRecordError } from '../errors.js';
import { estimateNesting, stripHtmlToText } from './html-guard.js';
import { readHtmlMeta, toIsoDate, type MetaDocument } from './html-meta.js';
import { elementToParagraphs, type TextNode } from './html-text.js';
import type { Article, ArticleMeta } from './model.js';
import { splitParagraphs } from './paragraphs.js';

/**
 * Beyond this many elements Readability is skipped (its own `maxElemsToParse` check miscounts on linkedom, and
 * 240,000 elements took 30 s). Real pages have 773 at the median and 2,409 at most in the 216 corpus pages.
 */
const MAX_ELEMENTS = 20_000;
/**
 * Readability's time grows with the square of nesting depth (5,000 nested divs take minutes). Real news pages
 * nest 17 deep at the median and 51 at most in the 216 corpus pages; deeper pages skip Readability and keep
 * the whole body text.
 */
const MAX_DEPTH = 120;
/** Beyond this estimated nesting, even building the DOM is too slow (see html-guard.ts). */
const MAX_PARSE_NESTING = 1000;
/** The head parsed for metadata when the page itself is too deep for a DOM. */
const MAX_HEAD_CHARS = 256 * 1024;

/**
 * Parses an HTML page into an Article: the body through Mozilla Readability over a linkedom DOM, flattened to
 * one paragraph a line (so extraction sees paragraphs), and the metadata from JSON-LD, OpenGraph /
 * `article:published_time`, meta tags and `<link rel=canonical>`, with Readability's own guesses filling gaps.
 * `source` is a file path or the page's URL (a URL also resolves a relative canonical link).
 * Throws `BAD_ARTICLE` when the page holds no text at all.
 */
export function parseHtml(html: string, source: string): Article {
  if (estimateNesting(html) > MAX_PARSE_NESTING) return parseWithoutDom(html, source);
  const document = parseHTML(wrapFragment(html)).document;
  // Metadata first: Readability rewrites the DOM it is given.
  const meta = readHtmlMeta(document as unknown as MetaDocument, source);
  const parsed = runReadability(document);
  fillFromReadability(meta, parsed);

  const contentRoot = parsed?.content ?? (document.body as unknown as TextNode | null);
  let text = contentRoot ? elementToParagraphs(contentRoot) : '';
  text = dropLeadingHeadline(text, meta.title);
  if (!text.trim()) throw new OnRecordError('BAD_ARTICLE', `${source}: no article text in the page`);
  return { text, paragraphs: splitParagraphs(text), meta, source };
}

/**
 * The slow-page path: metadata from the `<head>` alone (when it is small and sane), body from a tag-stripping
 * scan. Loses Readability's boilerplate removal, keeps every word.
 */
function parseWithoutDom(html: string, source: string): Article {
  const headEnd = html.search(/<\/head\s*>|<body[\s>]/i);
  const head = headEnd > 0 && headEnd <= MAX_HEAD_CHARS ? html.slice(0, headEnd) : '';
  const meta = head && estimateNesting(head) <= MAX_PARSE_NESTING ? readHtmlMeta(parseHTML(wrapFragment(`${head}</head><body></body></html>`)).document as unknown as MetaDocument, source) : {};
  const text = dropLeadingHeadline(stripHtmlToText(headEnd > 0 ? html.slice(headEnd) : html), meta.title);
  if (!text.trim()) throw new OnRecordError('BAD_ARTICLE', `${source}: no article text in the page`);
  return { text, paragraphs: splitParagraphs(text), meta, source };
}

type Parsed = ReturnType<Readability<TextNode>['parse']>;

/** Readability over the DOM, or null when the page is too deep for it or it gives up (the body is used). */
function runReadability(document: ReturnType<typeof parseHTML>['document']): Parsed {
  if (document.querySelectorAll('*').length > MAX_ELEMENTS) return null;
  if (depthExceeds(document.documentElement as unknown as DepthNode, MAX_DEPTH)) return null;
  try {
    // The serializer hands back the content element itself, so no second HTML parse is needed.
    return new Readability<TextNode>(document as never, { serializer: (n) => n as unknown as TextNode }).parse();
  } catch {
    // Readability can trip on odd markup: the body is used as it is.
    return null;
  }
}

interface DepthNode {
  children: ArrayLike<DepthNode>;
}

/** True when any element sits deeper than `max` (iterative: the page itself may be absurdly deep). */
function depthExceeds(root: DepthNode | null, max: number): boolean {
  if (!root) return false;
  const stack: [DepthNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [DepthNode, number];
    if (depth > max) return true;
    const kids = node.children;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k) stack.push([k, depth + 1]);
    }
  }
  return false;
}

/** linkedom needs an `<html>` root; a bare fragment ("<p>...</p>") is wrapped in one. */
function wrapFragment(html: string): string {
  const head = html.slice(0, 4096);
  if (/<html[\s>]/i.test(head) || /<html[\s>]/i.test(html)) return html;
  return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/** Readability's title, byline, site name and date are fallbacks: they come from the same page, less strictly. */
function fillFromReadability(meta: ArticleMeta, parsed: Parsed): void {
  if (!parsed) return;
  const clean = (v: string | null | undefined): string | undefined => v?.replace(/\s+/g, ' ').trim() || undefined;
  const title = clean(parsed.title);
  if (title && (!meta.title || isBareSiteTitle(meta.title, meta.outlet))) meta.title = title;
  const byline = clean(parsed.byline);
  if (!meta.byline && byline && byline.length <= 200) meta.byline = byline.replace(/^by\s+/i, '');
  const site = clean(parsed.siteName);
  if (!meta.outlet && site) meta.outlet = site;
  const date = toIsoDate(clean(parsed.publishedTime));
  if (!meta.published && date) meta.published = date;
}

/** A "title" that is only the outlet's name (some pages put the site in og:title) is no headline. */
function isBareSiteTitle(title: string, outlet: string | undefined): boolean {
  return !!outlet && title.toLowerCase() === outlet.toLowerCase();
}

/** The body never repeats the headline (Article.text contract): drop a first line that equals it. */
function dropLeadingHeadline(text: string, title: string | undefined): string {
  if (!title) return text;
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(first) === norm(title) ? (nl < 0 ? '' : text.slice(nl + 1)) : text;
}

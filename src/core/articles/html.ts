import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import { OnRecordError } from '../errors.js';
import { readabilityBudgetExceeded, type BudgetNode } from './html-budget.js';
import { measurePage, stripHtmlToText } from './html-guard.js';
import { readHtmlMeta, toIsoDate, type MetaDocument } from './html-meta.js';
import { elementToParagraphs, type TextNode } from './html-text.js';
import type { Article, ArticleMeta } from './model.js';
import { splitParagraphs } from './paragraphs.js';

/**
 * The DOM and Readability load on the first HTML page, not at import: plain-text runs (`onrecord extract` over
 * thousands of files, one process per batch) would otherwise pay their start-up for nothing.
 */
const requireLazily = createRequire(import.meta.url);
let dom: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;
function loadDom() {
  dom ??= {
    parseHTML: (requireLazily('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
    Readability: (requireLazily('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
  };
  return dom;
}
const parseHTML: typeof ParseHtml = (...args) => loadDom().parseHTML(...args);

/** Beyond these, even building the DOM is too slow (see `measurePage` in html-guard.ts); corpus peaks: 49, 33, ~1,000, 4,689. */
const DOM_LIMITS = { nesting: 1000, entities: 10_000, maxTagTokens: 10_000, tags: 100_000 } as const;
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
  if (!domSafe(html)) return parseWithoutDom(html, source);
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
  const meta = head && domSafe(head) ? readHtmlMeta(parseHTML(wrapFragment(`${head}</head><body></body></html>`)).document as unknown as MetaDocument, source) : {};
  const text = dropLeadingHeadline(stripHtmlToText(headEnd > 0 ? html.slice(headEnd) : html), meta.title);
  if (!text.trim()) throw new OnRecordError('BAD_ARTICLE', `${source}: no article text in the page`);
  return { text, paragraphs: splitParagraphs(text), meta, source };
}

/** True when linkedom can build this page's DOM quickly. */
function domSafe(html: string): boolean {
  const shape = measurePage(html);
  return shape.nesting <= DOM_LIMITS.nesting && shape.entities <= DOM_LIMITS.entities && shape.maxTagTokens <= DOM_LIMITS.maxTagTokens && shape.tags <= DOM_LIMITS.tags;
}

type Parsed = ReturnType<ReadabilityClass<TextNode>['parse']>;

/** Readability over the DOM, or null when the page is beyond its budget or it gives up (the body is used). */
function runReadability(document: ReturnType<typeof parseHTML>['document']): Parsed {
  if (readabilityBudgetExceeded(document.documentElement as unknown as BudgetNode) !== null) return null;
  try {
    // The serializer hands back the content element itself, so no second HTML parse is needed.
    const { Readability } = loadDom();
    return new Readability<TextNode>(document as never, { serializer: (n) => n as unknown as TextNode }).parse();
  } catch {
    // Readability can trip on odd markup: the body is used as it is.
    return null;
  }
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

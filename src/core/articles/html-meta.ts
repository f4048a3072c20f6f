import { decodeEntities } from './html-guard.js';
import type { ArticleMeta } from './model.js';

/**
 * The smallest slice of a DOM the metadata reader needs; linkedom's document satisfies it. Kept structural so
 * the core does not depend on DOM typings (tsconfig has no "dom" lib).
 */
export interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
export interface MetaDocument {
  querySelectorAll(selector: string): Iterable<MetaElement> & { length: number };
  querySelector(selector: string): MetaElement | null;
}

/** Schema.org types that describe a news story; the first JSON-LD node of one of these wins. */
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|LiveBlogPosting|BlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

type Json = Record<string, unknown>;

/**
 * Reads headline, byline, outlet, canonical URL and published date from a page's head, in the order a
 * newsroom can trust: JSON-LD (what the publisher tells search engines), then OpenGraph / `article:*`, then
 * plain meta tags, then `<link rel=canonical>` and `<title>`. `baseUrl` (the page's own URL, when it came
 * from the web) resolves relative canonical links. Never throws on malformed markup or JSON.
 */
export function readHtmlMeta(doc: MetaDocument, baseUrl?: string): ArticleMeta {
  const metas = collectMetaTags(doc);
  const ld = findArticleJsonLd(doc);
  const pick = (...names: string[]): string | undefined => {
    for (const n of names) {
      const v = metas.get(n);
      if (v) return v;
    }
    return undefined;
  };

  const meta: ArticleMeta = {};
  const title = str(ld?.headline) ?? str(ld?.name) ?? pick('og:title', 'twitter:title', 'dc.title', 'parsely-title', 'sailthru.title', 'title') ?? titleTag(doc);
  if (title) meta.title = title;

  const byline = authorNames(ld?.author) ?? nonUrl(pick('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'byline'));
  if (byline) meta.byline = byline.replace(/^by\s+/i, '');

  const outlet = orgName(ld?.publisher) ?? pick('og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:site');
  if (outlet) meta.outlet = outlet.replace(/^@/, '');

  const published = firstDate(
    str(ld?.datePublished),
    pick('article:published_time', 'datepublished', 'og:published_time', 'published_time', 'article.published', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'cxenseparse:recs:publishtime'),
    timeTag(doc),
    str(ld?.dateCreated),
  );
  if (published) meta.published = published;

  // A canonical naming the site's home page is a CMS misconfiguration, not the article: trusting it would
  // merge every story of that site into one (articles are identified by canonical URL).
  const canonical = [linkHref(doc, 'canonical'), pick('og:url'), jsonLdUrl(ld)]
    .map((u) => absoluteHttpUrl(u, baseUrl))
    .find((u) => u !== undefined && !isSiteRoot(u));
  if (canonical) meta.url = canonical;
  return meta;
}

/** All `<meta>` values keyed by lower-cased property/name/itemprop; the first occurrence wins. */
function collectMetaTags(doc: MetaDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const content = clean(el.getAttribute('content') ?? el.getAttribute('value'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      // One tag may carry several names ("og:title twitter:title").
      for (const k of key ? key.split(/\s+/) : []) if (!out.has(k)) out.set(k, content);
    }
  }
  return out;
}

/** The first JSON-LD node typed as an article, looking inside arrays and `@graph`. */
function findArticleJsonLd(doc: MetaDocument): Json | undefined {
  let fallback: Json | undefined;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"], script[type="application/ld+json; charset=utf-8"]')) {
    // Some publishers wrap the JSON in a comment or CDATA section (with or without a `//` before it).
    const raw = (script.textContent ?? '').replace(/^\s*(<!--|(\/\/\s*)?<!\[CDATA\[)/, '').replace(/(-->|(\/\/\s*)?\]\]>)\s*$/, '');
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue; // publishers ship broken JSON-LD often enough; the meta tags still count
    }
    const stack: unknown[] = [data];
    let guard = 0;
    while (stack.length > 0 && guard++ < 500) {
      const node = stack.shift();
      if (Array.isArray(node)) {
        stack.push(...node);
        continue;
      }
      if (!isObject(node)) continue;
      const types = ([] as unknown[]).concat(node['@type'] ?? []).filter((t): t is string => typeof t === 'string');
      if (types.some((t) => ARTICLE_TYPES.test(t))) return node;
      if (!fallback && types.includes('WebPage') && (node.headline || node.datePublished)) fallback = node;
      if (node['@graph']) stack.push(node['@graph']);
      if (isObject(node.mainEntity)) stack.push(node.mainEntity);
    }
  }
  return fallback;
}

function authorNames(author: unknown): string | undefined {
  const names = ([] as unknown[])
    .concat(author ?? [])
    .map((a) => (typeof a === 'string' ? nonUrl(clean(a)) : isObject(a) ? str(a.name) : undefined))
    .filter((n): n is string => !!n);
  const unique = [...new Set(names)];
  if (unique.length === 0) return undefined;
  if (unique.length === 1) return unique[0];
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

function orgName(pub: unknown): string | undefined {
  const first = Array.isArray(pub) ? pub[0] : pub;
  if (typeof first === 'string') return clean(first);
  return isObject(first) ? str(first.name) : undefined;
}

function jsonLdUrl(ld: Json | undefined): string | undefined {
  if (!ld) return undefined;
  const main = ld.mainEntityOfPage;
  return str(ld.url) ?? (typeof main === 'string' ? main : isObject(main) ? str(main['@id']) ?? str(main.url) : undefined);
}

function titleTag(doc: MetaDocument): string | undefined {
  return clean(doc.querySelector('title')?.textContent);
}

function timeTag(doc: MetaDocument): string | undefined {
  const el = doc.querySelector('article time[datetime], time[pubdate], time[itemprop="datePublished"]');
  return clean(el?.getAttribute('datetime'));
}

function linkHref(doc: MetaDocument, rel: string): string | undefined {
  for (const el of doc.querySelectorAll('link[href]')) {
    const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes(rel)) return clean(el.getAttribute('href'));
  }
  return undefined;
}

/** The first candidate that parses as a date, as an ISO string (date-only values stay date-only). */
function firstDate(...candidates: (string | undefined)[]): string | undefined {
  for (const c of candidates) {
    const iso = toIsoDate(c);
    if (iso) return iso;
  }
  return undefined;
}

/**
 * Normalizes a published date to ISO 8601. A plain `YYYY-MM-DD` stays a date (no invented time); values that
 * already are ISO date-times keep their offset; anything else `Date.parse` reads becomes UTC. Years outside
 * 1900..2200 are treated as garbage.
 */
export function toIsoDate(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return Number.isNaN(Date.parse(v)) ? undefined : v;
  const ms = /^\d{10,13}$/.test(v) ? Number(v.length === 10 ? Number(v) * 1000 : v) : Date.parse(v);
  if (Number.isNaN(ms)) return undefined;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1900 || year > 2200) return undefined;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(v)) return v;
  return new Date(ms).toISOString();
}

/** An absolute http(s) URL, resolving `u` against `base`; undefined for anything else. */
function absoluteHttpUrl(u: string | undefined, base: string | undefined): string | undefined {
  if (!u) return undefined;
  try {
    const url = base && /^https?:/i.test(base) ? new URL(u, base) : new URL(u);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

function isSiteRoot(u: string): boolean {
  const url = new URL(u);
  return (url.pathname === '/' || url.pathname === '') && !url.search;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v) && typeof v[0] === 'string') return clean(v[0]);
  return undefined;
}

function nonUrl(v: string | undefined): string | undefined {
  return v && !/^(https?:)?\/\//i.test(v) ? v : undefined;
}

function clean(v: string | null | undefined): string | undefined {
  const t = v?.replace(/\s+/g, ' ').trim();
  // JSON-LD and meta content sometimes carry entities escaped twice ("&amp;#8217;" arrives as "&#8217;").
  return t ? decodeEntities(t) : undefined;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

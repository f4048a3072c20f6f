import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toIsoDate } from '../../core/articles/html-meta.js';
import { OnRecordError } from '../../core/errors.js';

/** One entry of a feed: the article to fetch. */
export interface FeedItem {
  /** Stable identity: the RSS guid or Atom id, else the link. */
  id: string;
  /** Absolute http(s) URL of the article. */
  url: string;
  title?: string;
  /** ISO 8601, when the feed gives a readable date. */
  published?: string;
}

/** Items read from one feed document, beyond which the rest is ignored (a feed is a window, not an archive). */
export const MAX_FEED_ITEMS = 500;

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true, // dc:date -> date, atom:link -> link, feedburner:origLink -> origLink
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // fast-xml-parser's entity limits stay on: a "billion laughs" DOCTYPE cannot blow up memory.
  processEntities: true,
});

/**
 * Parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed into items. `source` is the feed's URL: it names the feed in
 * messages and resolves relative links. Items without a usable http(s) link are skipped. Throws
 * `BAD_INPUT` with one line when the document is not well-formed XML or not a feed.
 */
export function parseFeed(xml: string, source: string): FeedItem[] {
  const text = xml.replace(/^\uFEFF/, '').trim();
  if (!text) throw new OnRecordError('BAD_INPUT', `${source}: empty feed`);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new OnRecordError('BAD_INPUT', `${source}: not well-formed XML (${valid.err.msg}, line ${valid.err.line})`);
  }
  let doc: Node;
  try {
    doc = parser.parse(text) as Node;
  } catch (err) {
    throw new OnRecordError('BAD_INPUT', `${source}: feed could not be read (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  }
  const rss = obj(doc.rss);
  const atom = obj(doc.feed);
  const rdf = obj(doc.RDF);
  let items: FeedItem[];
  if (rss) items = rssItems(obj(rss.channel)?.item, source);
  else if (atom) items = atomEntries(atom.entry, source, attr(atom, 'base'));
  else if (rdf) items = rssItems(rdf.item ?? obj(rdf.channel)?.item, source);
  else throw new OnRecordError('BAD_INPUT', `${source}: not an RSS or Atom feed`);
  // The same story listed twice in one feed is one item.
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.id) && seen.add(i.id));
}

function rssItems(list: unknown, source: string): FeedItem[] {
  const out: FeedItem[] = [];
  for (const raw of arr(list).slice(0, MAX_FEED_ITEMS)) {
    const it = obj(raw);
    if (!it) continue;
    const guid = it.guid;
    const guidText = text(guid);
    const guidIsLink = attr(obj(guid), 'isPermaLink') !== 'false';
    const link = text(it.origLink) ?? arr(it.link).map(text).find(Boolean) ?? (guidIsLink ? guidText : undefined);
    const url = absolute(link, source);
    if (!url) continue;
    out.push(item(guidText ?? url, url, text(it.title), text(it.pubDate) ?? text(it.date) ?? text(it.published)));
  }
  return out;
}

function atomEntries(list: unknown, source: string, feedBase: string | undefined): FeedItem[] {
  const out: FeedItem[] = [];
  const base = absolute(feedBase, source) ?? source;
  for (const raw of arr(list).slice(0, MAX_FEED_ITEMS)) {
    const e = obj(raw);
    if (!e) continue;
    const links = arr(e.link).map(obj).filter((l): l is Node => !!l);
    const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
    const href = alternate ? attr(alternate, 'href') : undefined;
    const url = absolute(text(e.origLink) ?? href, absolute(attr(e, 'base'), base) ?? base);
    if (!url) continue;
    out.push(item(text(e.id) ?? url, url, text(e.title), text(e.published) ?? text(e.updated) ?? text(e.issued)));
  }
  return out;
}

function item(id: string, url: string, title: string | undefined, date: string | undefined): FeedItem {
  const out: FeedItem = { id, url };
  // [^<>] rather than [^>]: stays linear on a title of "<<<<...".
  const t = title?.replace(/<[^<>]*>/g, '').replace(/\s+/g, ' ').trim();
  if (t) out.title = t;
  const published = toIsoDate(date);
  if (published) out.published = published;
  return out;
}

/** An absolute http(s) URL from `u` resolved against `base`, or undefined. */
function absolute(u: string | undefined, base: string): string | undefined {
  if (!u) return undefined;
  try {
    const url = /^https?:/i.test(base) ? new URL(u, base) : new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  const o = obj(v);
  if (o && '#text' in o) return text(o['#text']);
  return undefined;
}

function attr(o: Node | undefined, name: string): string | undefined {
  const v = o?.[`@_${name}`];
  return typeof v === 'string' ? v.trim() : undefined;
}

function obj(v: unknown): Node | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Node) : undefined;
}

function arr(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

import { createHash } from 'node:crypto';
import { assertParagraphs } from './articles/limits.js';
import type { Article } from './articles/model.js';
import type { IngestResult } from './api.js';
import type { Extractor, ExtractedQuote } from './extraction/model.js';
import { QuoteSpans, type QuoteSpan } from './lead-in.js';
import { Neighbourhood } from './neighbourhood.js';
import { quoteIdFor } from './quote-id.js';
import { indexTerms, words } from './search/tokenize.js';
import { speakerIdFor } from './speakers/names.js';
export { sentenceAround } from './neighbourhood.js';
import type { QuoteStore, ReplaceResult, StoredArticle, StoredQuote } from './store/port.js';

const sha = (s: string, n = 24) => createHash('sha256').update(s).digest('hex').slice(0, n);

/** Canonical form of a URL for identity: no fragment, no tracking parameters, no trailing slash. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^(utm_|fbclid|gclid|mc_|ref$|cmpid)/i.test(k)) u.searchParams.delete(k);
    u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
    return u.toString().replace(/\/$/, '');
  } catch {
    return url.trim();
  }
}

/**
 * Article identity: its canonical URL when it has one; else its exact body text together with its metadata
 * (headline, outlet, date, byline). Re-ingesting the same article (same URL, or same text and metadata) in the
 * same collection therefore updates it in place, or finds it unchanged. Two inputs that would store different
 * content never share an identity: known by their words alone, two copies of a story under different
 * headlines, or with its paragraphs broken differently, overwrote each other on every re-ingest and only the
 * last survived. Their quotes still meet through the quote fingerprint (one answer, every version named).
 */
export function articleIdFor(article: Article, collection: string): string {
  if (article.meta.url) return sha(`${collection}\nurl:${canonicalUrl(article.meta.url)}`);
  const m = article.meta;
  const described = [m.title, m.outlet, m.published, m.byline].map((v) => v ?? '');
  return sha(`${collection}\nmeta:${JSON.stringify(described)}\ntext:${article.text}`);
}

/** The best ISO day for a quote: when it was said if the article says so fully, else the article's date. */
function sortDateOf(q: ExtractedQuote, published: string | undefined): string | undefined {
  const d = q.saidOn?.date;
  if (d && /^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  if (d && /^\d{4}-\d{2}$/.test(d)) return `${d}-01`;
  if (published && /^\d{4}-\d{2}-\d{2}/.test(published)) return published.slice(0, 10);
  return undefined;
}

/** Builds the stored records of one article and its extracted quotes. Pure apart from the clock. */
export function buildRecords(article: Article, quotes: ExtractedQuote[], collection: string, now: Date): { stored: StoredArticle; records: StoredQuote[] } {
  const id = articleIdFor(article, collection);
  // One record per span and kind, whatever the extractor returned: ids must be unique within the article.
  const seen = new Set<string>();
  const unique = quotes.filter((q) => {
    const key = `${q.start}|${q.end}|${q.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const around = new Neighbourhood(article.text, article.paragraphs, article.meta.title ?? '');
  const speakerIds = unique.map((q) => (q.speaker && !q.speaker.anonymous ? speakerIdFor(q.speaker.name, q.speaker.isOrganisation ?? false) : null));
  const spans: QuoteSpan[] = unique.map((q, i) => ({ start: q.start, end: q.end, speaker: speakerIds[i] ?? null, confidence: q.confidence }));
  const spanIndex = new QuoteSpans(spans);
  const records: StoredQuote[] = unique.map((q, i) => {
    const para = article.paragraphs[q.paragraph] ?? { start: q.start, end: q.end };
    const sp = q.speaker;
    const r: StoredQuote = {
      id: quoteIdFor(id, q.start, q.end, q.kind),
      articleId: id,
      collection,
      text: q.text,
      kind: q.kind,
      speakerId: speakerIds[i] ?? null,
      speakerName: sp?.name ?? null,
      paragraph: q.paragraph,
      // What a quote is "about" often sits around it: first its own sentence, then its paragraph, the paragraphs
      // either side and the headline (each weighted below the quote's own words by the ranker). Computed once
      // per paragraph or sentence: a paragraph of many quotes would otherwise cost its length for each.
      context: around.paragraphText(q.paragraph, para),
      start: q.start,
      end: q.end,
      confidence: q.confidence,
      fingerprint: sha(words(q.text).join(' '), 20),
      terms: indexTerms(q.text).join(' '),
      contextTerms: around.contextTerms(q.paragraph, para, q.start, q.end),
      nearTerms: around.nearTerms(q.paragraph, para),
    };
    // The reporter's sentence before the quote often says what it is about (lead-in.ts).
    const lead = around.leadTerms(q.paragraph, para, spans[i] as QuoteSpan, spanIndex);
    if (lead) r.leadTerms = lead;
    if (sp?.role) r.role = sp.role;
    if (sp?.organisation) r.organisation = sp.organisation;
    if (q.cue) r.cue = q.cue;
    if (q.audience) r.audience = q.audience;
    if (q.setting) r.setting = q.setting;
    if (q.saidOn?.text) r.saidOnText = q.saidOn.text;
    if (q.saidOn?.date) r.saidOn = q.saidOn.date;
    const sd = sortDateOf(q, article.meta.published);
    if (sd) r.sortDate = sd;
    return r;
  });
  const stored: StoredArticle = {
    id,
    collection,
    bodyHash: sha(words(article.text).join(' ')),
    // Changes when the text, the metadata or what extraction makes of them changes: then the article is rewritten.
    contentHash: contentHashOf(article, records),
    meta: article.meta,
    ingestedAt: now.toISOString(),
  };
  if (article.source) stored.source = article.source;
  return { stored, records };
}

/**
 * Hash of the metadata, the body and the records, without each record's paragraph text and neighbourhood terms
 * (the body, the headline and the paragraph index already fix them): copying a long paragraph into the hash
 * once per quote made it quadratic.
 */
function contentHashOf(article: Article, records: readonly StoredQuote[]): string {
  const h = createHash('sha256').update(JSON.stringify(article.meta)).update('\n').update(article.text);
  for (const { context: _context, nearTerms: _near, ...rest } of records) h.update('\n').update(JSON.stringify(rest));
  return h.digest('hex').slice(0, 24);
}

/** An article made ready to write: extracted, attributed and turned into stored records. */
export interface PreparedArticle {
  article: Article;
  stored: StoredArticle;
  records: StoredQuote[];
}

/** Extracts and attributes one article's quotes and builds its records (no write). */
export function prepareArticle(article: Article, collection: string, deps: { extract: Extractor; now: () => Date }): PreparedArticle {
  // Parsed documents were checked already; an Article handed in directly meets the same cap here.
  assertParagraphs(article, article.source ?? 'article');
  const quotes = deps.extract(article.text, article.paragraphs, article.meta);
  return { article, ...buildRecords(article, quotes, collection, deps.now()) };
}

/** What ingesting an article did, from the store's result. */
export function ingestResult(prepared: PreparedArticle, r: ReplaceResult): IngestResult {
  const { article, records } = prepared;
  const counts = new Map<string, number>();
  for (const q of records) if (q.speakerName && q.speakerId) counts.set(q.speakerName, (counts.get(q.speakerName) ?? 0) + 1);
  const speakers = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  const result: IngestResult = { status: r.status, articleId: r.articleId, quotes: records.length, speakers };
  if (article.meta.title) result.title = article.meta.title;
  if (article.source) result.source = article.source;
  return result;
}

/** Extracts, attributes and writes one article atomically. */
export async function ingestArticle(article: Article, collection: string, deps: { store: QuoteStore; extract: Extractor; now: () => Date }): Promise<IngestResult> {
  const prepared = prepareArticle(article, collection, deps);
  return ingestResult(prepared, await deps.store.replaceArticle(prepared.stored, prepared.records));
}

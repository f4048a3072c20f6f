import { createHash } from 'node:crypto';
import { indexTerms, words } from '../../src/core/search/tokenize.js';
import { speakerIdFor } from '../../src/core/speakers/names.js';
import type { StoredArticle, StoredQuote } from '../../src/core/store/port.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 20);

/** A quote to put in a test article: words, who said them, when. */
export interface QuoteSpec {
  text: string;
  speaker?: string | null;
  org?: boolean;
  role?: string;
  organisation?: string;
  sortDate?: string;
  paragraph?: number;
  context?: string;
}

/** An article with quotes, built the way the core builds records (ids, terms and fingerprints alike). */
export function articleWith(
  id: string,
  specs: QuoteSpec[],
  opts: { collection?: string; version?: string; published?: string; source?: string; title?: string } = {},
): { article: StoredArticle; quotes: StoredQuote[] } {
  const collection = opts.collection ?? 'default';
  const article: StoredArticle = {
    id,
    collection,
    contentHash: sha(`${id}|${opts.version ?? 'v1'}|${JSON.stringify(specs)}`),
    bodyHash: sha(specs.map((s) => s.text).join(' ')),
    meta: { title: opts.title ?? `Article ${id}`, ...(opts.published ? { published: opts.published } : {}) },
    ingestedAt: '2024-01-01T00:00:00.000Z',
    ...(opts.source ? { source: opts.source } : {}),
  };
  const quotes = specs.map((s, i): StoredQuote => {
    const context = s.context ?? `Paragraph ${s.paragraph ?? i} of ${id}: ${s.text}`;
    const name = s.speaker === undefined ? 'John Kirby' : s.speaker;
    const q: StoredQuote = {
      id: sha(`${id}|${i}|${s.text}`),
      articleId: id,
      collection,
      text: s.text,
      kind: 'direct',
      speakerId: name ? speakerIdFor(name, s.org ?? false) : null,
      speakerName: name,
      paragraph: s.paragraph ?? i,
      context,
      start: i * 100,
      end: i * 100 + s.text.length,
      confidence: 0.9,
      fingerprint: sha(words(s.text).join(' ')),
      terms: indexTerms(s.text).join(' '),
      contextTerms: indexTerms(context).join(' '),
      nearTerms: indexTerms(`Article ${id}`).join(' '),
    };
    if (s.role) q.role = s.role;
    if (s.organisation) q.organisation = s.organisation;
    if (s.sortDate) q.sortDate = s.sortDate;
    return q;
  });
  return { article, quotes };
}

/** Document frequencies recomputed from the quotes themselves: what `termStats` must agree with. */
export function dfOf(quotes: { terms: string }[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const q of quotes) for (const t of new Set(q.terms ? q.terms.split(' ') : [])) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/** Sorted copy of a map's entries, for comparing maps whatever their insertion order. */
export function sortedEntries(m: Map<string, number>): [string, number][] {
  return [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

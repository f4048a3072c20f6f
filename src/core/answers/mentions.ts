import { indexTerms } from '../search/tokenize.js';
import type { QuoteFilter, QuoteStore, RankRow } from '../store/port.js';

/** Articles read at most to count where a name is mentioned: the count is then "at least". */
const MENTION_POOL = 40;

/** Where a name that is nobody's speaker appears: the number of articles, and whether that is only a lower bound. */
export interface Mentions {
  articles: number;
  atLeast: boolean;
}

/**
 * Counts the articles that mention a name without quoting it: quotes whose own words or surroundings hold its
 * rarest term (one full-text look-up, which reads a quote's words and what its sentence and lead-in say), and the already ranked candidates whose surroundings hold it (no further scan). Bounded
 * by MENTION_POOL, so it costs one small look-up at any archive size.
 */
export async function mentionsOf(name: string, store: QuoteStore, filter: QuoteFilter, nearby: readonly RankRow[] = []): Promise<Mentions> {
  const terms = indexTerms(name);
  const surname = terms.at(-1);
  if (!surname) return { articles: 0, atLeast: false };
  const own = await store.quotesByTerms([surname], filter, MENTION_POOL);
  const around = nearby.filter((r) => hasToken(r.contextTerms, surname) || hasToken(r.nearTerms, surname)).slice(0, MENTION_POOL);
  // The look-up also finds a quote by its sentence and lead-in (store/about-terms.ts): a mention there counts too.
  const known = new Set(own.filter((q) => [q.terms, q.contextTerms, q.leadTerms ?? '', q.nearTerms].some((t) => hasToken(t, surname))).map((q) => q.articleId));
  const missing = around.map((r) => r.id).filter((id) => !own.some((q) => q.id === id));
  for (const q of missing.length ? await store.getQuotes(missing) : []) known.add(q.articleId);
  return { articles: known.size, atLeast: own.length >= MENTION_POOL || around.length >= MENTION_POOL };
}

/** "1 article", "3 articles", "40 or more articles". */
export function articlesPhrase(m: Mentions): string {
  return `${m.articles}${m.atLeast ? ' or more' : ''} article${m.articles === 1 && !m.atLeast ? '' : 's'}`;
}

function hasToken(terms: string, term: string): boolean {
  return ` ${terms} `.includes(` ${term} `);
}

import type { StoredQuote } from './port.js';

/*
 * What a quote is about in words it does not say itself: the rest of its own sentence (the attribution, "said
 * Ghannouchi after the Bardo museum attack") and its lead-in (the reporter's sentence before it, often the
 * question put to the speaker). The full-text index holds these as a second field, weighted below the quote's own
 * words (`TERM_FIELDS` in term-search.ts), so a topic-only question finds a quote whose topic is only there.
 */

/** The distinct terms of the quote's sentence and lead-in that its own words do not hold, space-separated ('' for none). */
export function aboutTerms(q: Pick<StoredQuote, 'terms' | 'contextTerms' | 'leadTerms'>): string {
  const own = new Set(q.terms ? q.terms.split(' ') : []);
  const out = new Set<string>();
  for (const list of [q.contextTerms, q.leadTerms ?? '']) {
    for (const t of list ? list.split(' ') : []) if (t && !own.has(t)) out.add(t);
  }
  return [...out].join(' ');
}

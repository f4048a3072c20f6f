import { indexTerms } from '../search/tokenize.js';
import type { StoredQuote } from './port.js';

/*
 * What a quote is about in words it does not say itself: the rest of its own sentence (the attribution, "said
 * Ghannouchi after the Bardo museum attack") and its lead-in (the reporter's sentence before it, often the
 * question put to the speaker). The full-text index holds these as a second field, weighted below the quote's own
 * words (`TERM_FIELDS` in term-search.ts), so a topic-only question finds a quote whose topic is only there.
 * The speaker's own name, role and organisation are left out: they say who spoke, not about what (the speaker
 * look-up and the role index answer those), and they are most of an attribution's words.
 */

/** What the about terms are computed from: a stored quote's term lists and its speaker's stated details. */
export type AboutSource = Pick<StoredQuote, 'terms' | 'contextTerms' | 'leadTerms'> & {
  speakerName?: string | null;
  role?: string | null;
  organisation?: string | null;
};

/** The distinct terms of the quote's sentence and lead-in that neither its words nor its speaker's details hold, space-separated ('' for none). */
export function aboutTerms(q: AboutSource): string {
  const skip = new Set(q.terms ? q.terms.split(' ') : []);
  for (const t of indexTerms([q.speakerName, q.role, q.organisation].filter(Boolean).join(' '))) skip.add(t);
  const out = new Set<string>();
  for (const list of [q.contextTerms, q.leadTerms ?? '']) {
    for (const t of list ? list.split(' ') : []) if (t && !skip.has(t)) out.add(t);
  }
  return [...out].join(' ');
}

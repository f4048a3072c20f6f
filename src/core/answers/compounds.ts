import { countToken } from '../search/bm25.js';
import type { Compound } from '../questions/understand.js';
import type { RankRow } from '../store/port.js';

type Fields = Pick<RankRow, 'terms' | 'contextTerms' | 'leadTerms' | 'nearTerms'>;

/**
 * A hyphenated compound names one thing ("self-driving cars", "a four-day week", "Wal-Mart"): its parts apart are
 * other things ("a car they won't drive", "three or four times a day"). A quote holds it only when its terms stand
 * together, in order, in the quote, its sentence, its lead-in or the text around it (issue 14: "quote on self-driving
 * cars", on record nowhere, was answered with a car buyer's "won't drive"). Spelt apart ("self driving"), with the
 * hyphen, or as one word ("email" for "e-mail") it is the same compound.
 */
export function holdsCompound(q: Fields, compound: Compound): boolean {
  const phrase = ` ${compound.terms.join(' ')} `;
  return [q.terms, q.contextTerms, q.leadTerms ?? '', q.nearTerms ?? ''].some((field) => ` ${field} `.includes(phrase) || countToken(field, compound.joined) > 0);
}

/** The quote holds every compound of the question whole (`holdsCompound`). */
export function holdsCompounds(q: Fields, compounds: readonly Compound[] | undefined): boolean {
  return (compounds ?? []).every((c) => holdsCompound(q, c));
}

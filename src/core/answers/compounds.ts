import type { RankRow } from '../store/port.js';

/**
 * A hyphenated compound names one thing ("self-driving cars", "a four-day week", "Wal-Mart"): its parts apart are
 * other things ("a car they won't drive", "three or four times a day"). A quote holds it only when its terms stand
 * together, in order, in the quote, its sentence, its lead-in or the text around it (issue 14: "quote on self-driving
 * cars", on record nowhere, was answered with a car buyer's "won't drive"). Spelt apart ("self driving") or
 * together with the hyphen the terms are the same; only a compound written as one word ("underage") is not found.
 */
export function holdsCompound(q: Pick<RankRow, 'terms' | 'contextTerms' | 'leadTerms' | 'nearTerms'>, compound: readonly string[]): boolean {
  const phrase = ` ${compound.join(' ')} `;
  return [q.terms, q.contextTerms, q.leadTerms ?? '', q.nearTerms ?? ''].some((field) => ` ${field} `.includes(phrase));
}

/** The quote holds every compound of the question whole (`holdsCompound`). */
export function holdsCompounds(q: Pick<RankRow, 'terms' | 'contextTerms' | 'leadTerms' | 'nearTerms'>, compounds: readonly (readonly string[])[] | undefined): boolean {
  return (compounds ?? []).every((c) => holdsCompound(q, c));
}

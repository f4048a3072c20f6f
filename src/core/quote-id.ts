import { createHash } from 'node:crypto';

/**
 * A stored quote's id: its article and span. Derived, not drawn, so the quote at a known span of an article can
 * be read by id (answers/whole-quote.ts finds the other half of a split quotation so).
 */
export function quoteIdFor(articleId: string, start: number, end: number, kind: string): string {
  return createHash('sha256').update(`${articleId}|${start}|${end}|${kind}`).digest('hex').slice(0, 20);
}

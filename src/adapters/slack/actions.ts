import { z } from 'zod';
import { SLACK_LIMITS } from './mrkdwn.js';

/**
 * The buttons' action ids and what their values carry. Values are stateless (the question and the page
 * offset, or a quote id) so any replica can serve a click; tenancy is never read from a value, always from
 * the clicking workspace.
 */
export const ACTION = {
  share: 'onrecord_share',
  more: 'onrecord_more',
  prev: 'onrecord_prev',
  context: 'onrecord_context',
  open: 'onrecord_open',
  cite: 'onrecord_cite',
  /** "Wrong speaker?" (value: the shown quotes' ids, comma-separated) and the Undo of a correction. */
  correct: 'onrecord_correct',
  undoCorrection: 'onrecord_undo_correction',
} as const;

/** What Share in channel and More results need to ask the same question again. */
export interface PageRef {
  /** The question as asked. */
  q: string;
  /** First result of the page to show. */
  o: number;
}

const pageSchema = z.object({ q: z.string().min(1).max(SLACK_LIMITS.buttonValue), o: z.number().int().min(0).max(10_000) });
const quoteIdSchema = z.string().min(1).max(200).regex(/^[\x21-\x7e]+$/);

/** Encodes a page reference, or returns undefined when it would not fit a button value. */
export function encodePage(ref: PageRef): string | undefined {
  const v = JSON.stringify({ q: ref.q, o: ref.o });
  return v.length <= SLACK_LIMITS.buttonValue ? v : undefined;
}

/** Decodes a button value back into a page reference; undefined when it is not one of ours. */
export function decodePage(value: string | undefined): PageRef | undefined {
  if (!value) return undefined;
  try {
    const r = pageSchema.safeParse(JSON.parse(value));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

/** A quote id as a button value, or undefined when it is not a plain id (never trust what comes back). */
export function checkQuoteId(value: string | undefined): string | undefined {
  const r = quoteIdSchema.safeParse(value);
  return r.success ? r.data : undefined;
}

/** The quote ids of a "Wrong speaker?" button, or undefined when the value is not a list of plain ids. */
export function decodeQuoteIds(value: string | undefined): string[] | undefined {
  const ids = (value ?? '').split(',').map((v) => checkQuoteId(v));
  return ids.length > 0 && ids.length <= 10 && ids.every((x): x is string => x !== undefined) ? (ids as string[]) : undefined;
}

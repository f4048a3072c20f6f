import { withoutInvisible } from '../text/invisible.js';

/** Questions longer than this are cut: no reporter's question is longer, and parsing stays fast. */
export const MAX_QUESTION_CHARS = 500;

/**
 * Drops invisible characters (so "Kir\u200Bby" is Kirby), turns control and direction characters into spaces,
 * collapses whitespace and cuts at `max` characters. A very long line is cut first, so cleaning it is cheap.
 * A command word typed in front ("/quote ...", "!quote ...") is platform syntax: the adapter that received the
 * text drops it. The core reads the question as typed ("quote on Y" is a topic-only question).
 */
export function cleanQuestion(q: string, max = MAX_QUESTION_CHARS): string {
  return withoutInvisible(q.slice(0, MAX_QUESTION_CHARS * 8))
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

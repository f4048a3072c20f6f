/** Days, months and periods, for "on Thursday", "last month" and for skipping time adjuncts. */

/** Weekday names, for "on Thursday". */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);

/** A weekday name, lower-cased ("thursday"). */
export function isWeekday(lw: string): boolean {
  return WEEKDAY_SET.has(lw);
}

/** Month names and short forms, 1-based. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Periods of time ("last week", "this morning"). */
export const PERIODS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'afternoon', 'evening']);

/** Parts of a day written after a weekday or "yesterday" ("said Monday night that", "told CNN Tuesday morning"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/** A day's name as a time adjunct: a weekday, "yesterday", "today" or "tonight" ("told reporters Tuesday"). */
export function isDayWord(lw: string): boolean {
  return WEEKDAY_SET.has(lw) || lw === 'yesterday' || lw === 'today' || lw === 'tonight';
}

/** Time adverbs skipped between a verb and what it governs ("said yesterday that"). */
export const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'recently', 'previously', 'again', 'also', 'then', 'now', 'once', 'repeatedly', 'publicly', 'privately', 'separately']);

/** Last words of a relative time phrase that opens a sentence ("Hours later,", "Two weeks earlier,", "A year ago,"). */
export const RELATIVE_TIME_ENDS: ReadonlySet<string> = new Set(['later', 'earlier', 'ago', 'afterwards', 'afterward']);

/** Words that make a period a fronted time phrase ("Last year,", "This week,", "That night,"). */
export const PERIOD_DEICTICS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'that', 'each', 'every', 'later', 'earlier']);

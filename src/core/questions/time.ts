/** A time window named in a question, as inclusive ISO days. */
export interface TimeWindow {
  text: string;
  from?: string;
  to?: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** A possessive right after a time phrase ("year's", "week’s"). */
const POSSESSIVE = /^['\u2019]s\b/i;

const day = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const monthIndex = (m: string) => MONTHS.findIndex((name) => name.startsWith(m.toLowerCase().slice(0, 3)));
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

/** The most recent occurrence of month `m` not after `now` (asking "in September" in May means last year). */
function recentMonthYear(m: number, now: Date): number {
  return m <= now.getUTCMonth() ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

/**
 * Finds a time expression ("yesterday", "last week", "in September", "2016", "since March", "before 2015") and
 * returns the window and the question without it. Relative expressions resolve against `now`.
 */
export function extractTime(question: string, now: Date): { window?: TimeWindow; rest: string } {
  const rules: [RegExp, (m: RegExpExecArray) => Omit<TimeWindow, 'text'> | undefined][] = [
    [/\b(?:from\s+|on\s+)?yesterday\b/i, () => ({ from: day(addDays(now, -1)), to: day(addDays(now, -1)) })],
    [/\b(?:from\s+|on\s+)?today\b/i, () => ({ from: day(now), to: day(now) })],
    [/\b(?:in\s+|during\s+|over\s+)?(?:the\s+)?(?:last|past)\s+(\d{1,3})\s+(day|week|month|year)s?\b/i, (m) => {
      const n = Number(m[1]);
      const unit = { day: 1, week: 7, month: 30, year: 365 }[(m[2] as string).toLowerCase() as 'day'] ?? 1;
      return { from: day(addDays(now, -n * unit)), to: day(now) };
    }],
    [/\b(?:in\s+|during\s+|over\s+)?(?:the\s+)?(?:last|past)\s+(week|month|year)\b/i, (m) => {
      const unit = { week: 7, month: 31, year: 366 }[(m[1] as string).toLowerCase() as 'week'] ?? 7;
      return { from: day(addDays(now, -unit)), to: day(now) };
    }],
    [/\bthis\s+(week|month|year)\b/i, (m) => {
      const u = (m[1] as string).toLowerCase();
      if (u === 'year') return { from: `${now.getUTCFullYear()}-01-01`, to: day(now) };
      if (u === 'month') return { from: day(now).slice(0, 8) + '01', to: day(now) };
      return { from: day(addDays(now, -((now.getUTCDay() + 6) % 7))), to: day(now) };
    }],
    [new RegExp(`\\b(since|after|before|until)\\s+${MONTH_RE}(?:\\s+(\\d{4}))?\\b`, 'i'), (m) => {
      const mi = monthIndex(m[2] as string);
      const y = m[3] ? Number(m[3]) : recentMonthYear(mi, now);
      const first = `${y}-${String(mi + 1).padStart(2, '0')}-01`;
      const kw = (m[1] as string).toLowerCase();
      return kw === 'since' || kw === 'after' ? { from: first, to: day(now) } : { to: day(addDays(new Date(first + 'T00:00:00Z'), -1)) };
    }],
    [/\b(since|after|before|until)\s+((?:19|20)\d{2})\b/i, (m) => {
      const kw = (m[1] as string).toLowerCase();
      const y = Number(m[2]);
      if (kw === 'since') return { from: `${y}-01-01` };
      if (kw === 'after') return { from: `${y + 1}-01-01` };
      if (kw === 'before') return { to: `${y - 1}-12-31` };
      return { to: `${y}-12-31` };
    }],
    [new RegExp(`\\b(?:in|during|from)\\s+${MONTH_RE}(?:\\s+(\\d{4}))?\\b`, 'i'), (m) => {
      const mi = monthIndex(m[1] as string);
      const y = m[2] ? Number(m[2]) : recentMonthYear(mi, now);
      const mm = String(mi + 1).padStart(2, '0');
      return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(lastDayOf(y, mi)).padStart(2, '0')}` };
    }],
    [/\b(?:in|during|from)?\s*((?:19|20)\d{2})\b/i, (m) => ({ from: `${m[1]}-01-01`, to: `${m[1]}-12-31` })],
    [/\blast\s+year\b/i, () => ({ from: `${now.getUTCFullYear() - 1}-01-01`, to: `${now.getUTCFullYear() - 1}-12-31` })],
  ];
  for (const [re, make] of rules) {
    const m = re.exec(question);
    if (!m) continue;
    // "this year's GOP candidates", "last week's vote": a possessive makes the time part of a noun phrase, what the
    // quote is about, not when it was said. The words stay in the question, as topic.
    if (POSSESSIVE.test(question.slice(m.index + m[0].length))) continue;
    const w = make(m);
    // Nothing is said in the future: "the population in 2050" is what a quote is about, not when it was said, and
    // read as a window it found no quote at all. The words stay in the question, as topic.
    if (!w || (w.from !== undefined && w.from > day(now))) continue;
    const rest = (question.slice(0, m.index) + ' ' + question.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim();
    return { window: { text: m[0].trim(), ...w }, rest };
  }
  return { rest: question };
}

/**
 * When a quote was said: finds the time words of its sentence ("on Thursday", "September 20", "last month")
 * and resolves them against the article's published date when there is one. Without a published date a
 * day and month stay yearless (`--09-20`), as the article leaves them; nothing is invented.
 */
import type { SaidOn } from './model.js';
import { MONTHS, WEEKDAYS } from './lexicon/index.js';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
// Bounded alternatives, no nested quantifiers: linear on any input.
const TIME = new RegExp(
  `\\b(?:${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?|\\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?: \\d{4})?|${DAY}(?: night| morning| afternoon| evening)?|yesterday|today|last (?:week|month|year|night|weekend|${DAY})|earlier this (?:week|month|year)|in (?:19|20)\\d\\d)\\b`,
  'g',
);

/** The time words nearest the speech verb at `cueAt` inside `text[from, to)`, resolved when possible. */
export function findSaidOn(text: string, from: number, to: number, cueAt: number, published?: string): SaidOn | undefined {
  if (to <= from) return undefined;
  const slice = text.slice(from, Math.min(to, from + 2000));
  TIME.lastIndex = 0;
  let best: { t: string; at: number } | undefined;
  let bestDist = Infinity;
  for (let m = TIME.exec(slice); m; m = TIME.exec(slice)) {
    const at = from + m.index;
    // Words after the verb describe its time more often than words before it.
    const dist = at >= cueAt ? at - cueAt : (cueAt - at) * 2;
    if (dist < bestDist) { best = { t: m[0], at }; bestDist = dist; }
  }
  if (!best) return undefined;
  const t = best.t.replace(/^in (?=\d)/, '');
  const out: SaidOn = { text: t };
  const date = resolveDate(t, published);
  if (date) out.date = date;
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Resolves time words to `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `--MM-DD`; undefined when it cannot. */
export function resolveDate(words: string, published?: string): string | undefined {
  const pub = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? new Date(`${published.slice(0, 10)}T00:00:00Z`) : undefined;
  const valid = pub && !Number.isNaN(pub.getTime()) ? pub : undefined;
  const lw = words.toLowerCase().replace(/\./g, '');
  const year = /^(?:19|20)\d\d$/.exec(lw);
  if (year) return year[0];
  const md = /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?:, (\d{4}))?$/.exec(lw) ?? null;
  const dm = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)(?: (\d{4}))?$/.exec(lw) ?? null;
  if (md || dm) {
    const month = MONTHS.get(md ? md[1]! : dm![2]!);
    const day = Number(md ? md[2] : dm![1]);
    const y = md ? md[3] : dm![3];
    if (!month || day < 1 || day > 31) return undefined;
    if (y) return `${y}-${pad(month)}-${pad(day)}`;
    if (!valid) return `--${pad(month)}-${pad(day)}`;
    // The latest such date not far after publication (a story in January about "December 30").
    let yy = valid.getUTCFullYear();
    if (Date.UTC(yy, month - 1, day) > valid.getTime() + 7 * 86400000) yy--;
    return `${yy}-${pad(month)}-${pad(day)}`;
  }
  if (!valid) return undefined;
  const dayIdx = WEEKDAYS.findIndex((d) => lw.startsWith(d) || lw === `last ${d}`);
  if (dayIdx >= 0) {
    const back = (valid.getUTCDay() - dayIdx + 7) % 7;
    return iso(new Date(valid.getTime() - back * 86400000));
  }
  if (lw === 'yesterday') return iso(new Date(valid.getTime() - 86400000));
  if (lw === 'today') return iso(valid);
  if (lw === 'last month') {
    const d = new Date(Date.UTC(valid.getUTCFullYear(), valid.getUTCMonth() - 1, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  if (lw === 'earlier this month') return `${valid.getUTCFullYear()}-${pad(valid.getUTCMonth() + 1)}`;
  if (lw === 'last year') return String(valid.getUTCFullYear() - 1);
  if (lw === 'earlier this year') return String(valid.getUTCFullYear());
  return undefined;
}

import { withoutInvisible } from '../text/invisible.js';

/**
 * Picks what to verify out of a posted chat message ("Verify quote" on a message): the passages it quotes, or
 * the whole text when it quotes nothing worth checking. Pure text logic, one linear scan, no regular expression
 * that could backtrack: a message of any length and any run of marks costs time in proportion to its length.
 *
 * A passage is
 * - the words between a pair of quotation marks: "...", “...”, „...“ or „...”, «...», »...«, and ‘...’ where the
 *   opening mark starts a word and the closing one ends it (so "don’t" is no quote). Straight single marks are
 *   left alone: in chat they are apostrophes far more often than quotes. Only the outermost pair counts (a quote
 *   inside a quote belongs to it); a mark left open runs to the end of its line, as a quote continued over
 *   paragraphs opens each one without closing it;
 * - or a block quote line (`> ...`, as Slack and Discord both write them) that holds no quotation marks: the
 *   reporter marked the words as somebody's by quoting the block.
 * Fewer than `minWords` words between marks is a scare quote ("a “spoiler”"), not a quote to check.
 */
export const PASSAGE_LIMITS = {
  /** Characters of a message read; the rest is ignored and the answer says so. */
  maxChars: 4000,
  /** Passages checked per message; more are counted and named as skipped. */
  maxPassages: 5,
  /** Characters of one passage checked (a verification reads one question of at most 500 characters). */
  passageChars: 480,
  /** Words a quoted span needs to be checked. */
  minWords: 3,
} as const;

export interface PickedPassage {
  /** The words to verify, without their marks, whitespace folded. */
  text: string;
  /** True when the passage was longer than `passageChars` and only its start is checked. */
  cut: boolean;
}

export interface PickedPassages {
  /** Where the passages came from: quotation marks or block quotes, the whole message, or nothing to check. */
  from: 'quoted' | 'whole' | 'empty';
  passages: PickedPassage[];
  /** Passages found beyond `maxPassages`, not checked. */
  skipped: number;
  /** True when the message was longer than `maxChars` and only its start was read. */
  truncated: boolean;
}

/** Opening mark -> the marks that close it. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['“', '”'],
  ['„', '“”'],
  ['«', '»'],
  ['»', '«'],
  ['‘', '’'],
]);

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Control and direction characters become spaces; invisible ones go (as in questions). */
function cleanMessage(raw: string): string {
  return withoutInvisible(raw)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (const c of s) {
    const w = isWordChar(c);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

const EDGE = ' ,;:–—-';

/**
 * Folds whitespace and trims the punctuation a quote's words keep before their closing mark ("...,”). Trimmed by
 * a scan from each end: an end-anchored character-class run would backtrack on a long run of commas.
 */
function tidy(s: string): string {
  const folded = s.replace(/\s+/g, ' ');
  let a = 0;
  let b = folded.length;
  while (a < b && EDGE.includes(folded[a] as string)) a++;
  while (b > a && EDGE.includes(folded[b - 1] as string)) b--;
  return folded.slice(a, b);
}

/** The spans between quotation marks in one line, outermost only; an open mark runs to the end of the line. */
function quotedSpans(line: string): string[] {
  const spans: string[] = [];
  let open: string | undefined;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (open === undefined) {
      if (!PAIRS.has(c)) continue;
      // ‘ opens only at the start of a word; the others open anywhere.
      if (c === '‘' && (isWordChar(line[i - 1]) || !isWordChar(line[i + 1]))) continue;
      open = c;
      start = i + 1;
    } else if ((PAIRS.get(open) as string).includes(c)) {
      // ’ closes only at the end of a word: an apostrophe has a letter after it.
      if (c === '’' && isWordChar(line[i + 1])) continue;
      spans.push(line.slice(start, i));
      open = undefined;
    }
  }
  if (open !== undefined) spans.push(line.slice(start));
  return spans;
}

/** Cuts a passage to `max` characters at a word boundary. */
function cutPassage(text: string, max: number): PickedPassage {
  if (text.length <= max) return { text, cut: false };
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return { text: (space > max / 2 ? head.slice(0, space) : head).trim(), cut: true };
}

/** The passages of a chat message to verify, as plain text (the adapter has already decoded its markup). */
export function pickPassages(message: string, limits: typeof PASSAGE_LIMITS = PASSAGE_LIMITS): PickedPassages {
  const truncated = message.length > limits.maxChars;
  const text = cleanMessage(truncated ? message.slice(0, limits.maxChars) : message);
  const lines = text.split('\n');
  const found: string[] = [];
  let block: string[] = [];
  const endBlock = () => {
    if (block.length) found.push(block.join(' '));
    block = [];
  };
  let restQuoted = false;
  for (const raw of lines) {
    const line = raw.trim();
    // ">>> " quotes the rest of the message (Discord); "> " one line.
    const marker = restQuoted ? '' : line.startsWith('>>>') ? '>>>' : line.startsWith('>') ? '>' : undefined;
    if (marker === '>>>') restQuoted = true;
    const spans = quotedSpans(line).map(tidy).filter((s) => wordCount(s) >= limits.minWords);
    if (spans.length) {
      endBlock();
      found.push(...spans);
      continue;
    }
    if (marker !== undefined) {
      const words = tidy(line.slice(marker.length));
      if (words) block.push(words);
      else endBlock();
    } else endBlock();
  }
  endBlock();
  const quoted = dedupe(found.filter((p) => wordCount(p) >= limits.minWords));
  if (quoted.length) {
    return {
      from: 'quoted',
      passages: quoted.slice(0, limits.maxPassages).map((p) => cutPassage(p, limits.passageChars)),
      skipped: Math.max(0, quoted.length - limits.maxPassages),
      truncated,
    };
  }
  const whole = tidy(lines.map((l) => l.trim().replace(/^>(?:>>)?/, '')).join(' '));
  if (wordCount(whole) === 0) return { from: 'empty', passages: [], skipped: 0, truncated };
  return { from: 'whole', passages: [cutPassage(whole, limits.passageChars)], skipped: 0, truncated };
}

function dedupe(passages: string[]): string[] {
  const seen = new Set<string>();
  return passages.filter((p) => {
    const key = p.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

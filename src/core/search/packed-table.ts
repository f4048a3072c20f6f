/**
 * A generated look-up table kept as its packed source string, `key:value;key:value;...` with keys in code-unit
 * order, read by binary search on the string itself. Parsing a whole table into a Map cost 70-80 ms each
 * (WordNet's 900 kB, the corpus neighbours' 160 kB) and fell on whichever question first needed it: on a loaded
 * machine a process's first question took about a second. A look-up costs log2(entries) probes instead, and
 * answers already read are kept.
 */
export class PackedTable {
  private readonly read = new Map<string, string | undefined>();

  constructor(private readonly source: string) {}

  /** The value text of `key`, or undefined when the table has no such entry. */
  get(key: string): string | undefined {
    if (this.read.has(key)) return this.read.get(key);
    const value = findEntry(this.source, key);
    // Bounded: a long-running process looks up the words of every question it is asked.
    if (this.read.size >= MAX_REMEMBERED) this.read.clear();
    this.read.set(key, value);
    return value;
  }
}

const MAX_REMEMBERED = 50_000;

/** Binary search over entry boundaries; `lo` and `hi` are always the start of an entry (or the end). */
export function findEntry(s: string, key: string): string | undefined {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = s.lastIndexOf(';', mid - 1) + 1;
    let end = s.indexOf(';', start);
    if (end < 0 || end > hi) end = hi;
    const colon = s.indexOf(':', start);
    const entryKey = colon < 0 || colon > end ? s.slice(start, end) : s.slice(start, colon);
    if (entryKey === key) return colon < 0 || colon > end ? '' : s.slice(colon + 1, end);
    if (entryKey < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

/** True when the entries' keys are in strictly increasing code-unit order (what `findEntry` needs). */
export function isSortedTable(s: string): boolean {
  let prev: string | undefined;
  for (const entry of s.split(';')) {
    const key = entry.slice(0, entry.indexOf(':') < 0 ? entry.length : entry.indexOf(':'));
    if (prev !== undefined && !(prev < key)) return false;
    prev = key;
  }
  return true;
}

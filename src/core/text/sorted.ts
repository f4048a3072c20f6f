/**
 * Binary search over a sorted sequence, written once: the extractor, the indexer's lead-in and neighbourhood readers
 * and the invisible-character map look up positions (mentions, quote marks, cues, sentences, offsets) in arrays
 * sorted by position, and each lookup must stay logarithmic so an article of any length is read in linear time.
 * (search/packed-table.ts searches entry boundaries in a string, not indices: its own.)
 */

/**
 * The first index in `[0, n)` at which `before(i)` is false, for a `before` that is true on a prefix and false after
 * it (`n` when it is true everywhere).
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The one quote a judge takes from a page (scripts/judge-candidates.mjs --pick; the twenty-eighth judge, session 42):
 * of a page's direct quotes on main's run, numbered 0.. in the run's order, the one whose SHA-1(SALT + ":" + path +
 * ":" + index) is smallest, so that no long page fills a judge with its own quotes and the choice is fixed by the
 * salt, not by the reader.
 */
import crypto from 'node:crypto';

const sha1 = (s) => crypto.createHash('sha1').update(s).digest('hex');

/** The index (0-based, run order) of the direct quote a judge salted `salt` takes from `path`, or -1 when it has none. */
export function pickQuoteIndex(salt, path, directCount) {
  let best = -1;
  let bestHash = '';
  for (let i = 0; i < directCount; i++) {
    const h = sha1(`${salt}:${path}:${i}`);
    if (best < 0 || h < bestHash) [best, bestHash] = [i, h];
  }
  return best;
}

/*
 * A quote's term signature: a 64-bit Bloom filter of its distinct terms, stored on each of its posting rows and
 * in the postings key (schema 14). An all-of look-up walks the rarest term's posting list newest first; before,
 * every posting it passed cost an index probe per other term (three or four buffers each), so a look-up grew with
 * the rarest term's frequency times the terms asked. Now a posting whose quote cannot hold every asked term is
 * dropped from the key entry alone (`sig & mask = mask` fails), and only the few that pass are probed exactly.
 * A Bloom filter has false positives, never false negatives: the answers are the same, the probes fewer.
 *
 * Two bits a term (a quote holds about 10 distinct terms, 25 at the 99th percentile of the bench's archives:
 * about a quarter to a half of the 64 bits set, so one absent term passes the test 6-25% of the time and two
 * absent terms well under 5%). The hash is computed here, never by the server, so the bits cannot change with a
 * PostgreSQL upgrade (its internal hash functions are not promised stable) or be refused by a FIPS build (md5).
 */

/** The hash of one term: FNV-1a of its UTF-8 bytes (encoded here, no buffer per term), finalised (murmur3 fmix32). */
export function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    let c = term.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < term.length) {
      const low = term.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) {
      h = Math.imul(h ^ c, 0x01000193);
    } else if (c < 0x800) {
      h = Math.imul(h ^ (0xc0 | (c >> 6)), 0x01000193);
      h = Math.imul(h ^ (0x80 | (c & 63)), 0x01000193);
    } else if (c < 0x10000) {
      h = Math.imul(h ^ (0xe0 | (c >> 12)), 0x01000193);
      h = Math.imul(h ^ (0x80 | ((c >> 6) & 63)), 0x01000193);
      h = Math.imul(h ^ (0x80 | (c & 63)), 0x01000193);
    } else {
      h = Math.imul(h ^ (0xf0 | (c >> 18)), 0x01000193);
      h = Math.imul(h ^ (0x80 | ((c >> 12) & 63)), 0x01000193);
      h = Math.imul(h ^ (0x80 | ((c >> 6) & 63)), 0x01000193);
      h = Math.imul(h ^ (0x80 | (c & 63)), 0x01000193);
    }
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The signature of a set of terms (a quote's own terms, or the terms a look-up asks for): two bits a term, at
 * positions `h & 63` and `(h >>> 6) & 63`, as PostgreSQL's signed `bigint` in decimal: what the `sig` column
 * holds and what a mask is passed as. Built in two 32-bit halves (no BigInt per term: a bulk load signs millions).
 */
export function termSignature(terms: Iterable<string>): string {
  let lo = 0;
  let hi = 0;
  for (const t of terms) {
    if (!t) continue;
    const h = termHash(t);
    const b1 = h & 63;
    const b2 = (h >>> 6) & 63;
    if (b1 < 32) lo |= 1 << b1;
    else hi |= 1 << (b1 - 32);
    if (b2 < 32) lo |= 1 << b2;
    else hi |= 1 << (b2 - 32);
  }
  return BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0)).toString();
}

/** A stored term string's signature (its tokens split on spaces, as the posting rows are). */
export function signatureOfTerms(terms: string): string {
  return termSignature(terms.split(' '));
}

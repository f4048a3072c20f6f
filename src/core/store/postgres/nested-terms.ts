/*
 * A quote's three term lists nest: its sentence's terms (`context_terms`) hold the quote's own terms as a run,
 * and its neighbourhood's terms (`near_terms`: the paragraph, the ones either side, the headline) hold the
 * sentence's. PostgreSQL keeps each outer list with one marker token where the inner run stands (schema 11), so
 * the run is stored once; readers put it back, and hand the core exactly the strings it wrote.
 *
 * The marker is a token no term can be (terms are letters and digits, see `search/tokenize.ts`), so the
 * speaker pool's token test over the three lists together still finds every term, and no query term ever
 * matches the marker. The SQL twin (`nestSql`) nests lists already in the table when the schema is upgraded;
 * both take the first occurrence of the run, and decoding does not depend on which one was taken.
 */

/** The token that stands for the inner list. */
export const INNER_MARK = '^';

const MARK = ` ${INNER_MARK} `;

/** `outer` with its first run of `inner`'s tokens replaced by the marker; `outer` itself when there is none. */
export function nestTerms(outer: string, inner: string): string {
  if (!inner || !outer) return outer;
  const padded = ` ${outer} `;
  // A list that already holds the marker token is kept as it is (never produced by the tokenizer; defensive).
  if (padded.includes(MARK)) return outer;
  const at = padded.indexOf(` ${inner} `);
  if (at < 0) return outer;
  const nested = padded.slice(0, at) + MARK + padded.slice(at + inner.length + 2);
  return nested.slice(1, -1);
}

/**
 * The full list of a stored (nested) one, given its inner list already in full. Runs for every term list of
 * every candidate row, so it slices the stored string rather than padding and searching a copy of it.
 */
export function unnestTerms(stored: string, inner: string): string {
  if (stored === INNER_MARK) return inner;
  if (!inner) return unnestEmpty(stored);
  if (stored.startsWith(START)) return inner + stored.slice(1);
  if (stored.endsWith(END)) return stored.slice(0, -1) + inner;
  const at = stored.indexOf(MARK);
  return at < 0 ? stored : stored.slice(0, at + 1) + inner + stored.slice(at + 2);
}

const START = `${INNER_MARK} `;
const END = ` ${INNER_MARK}`;

/** The marker standing for an empty inner list (never written so; a damaged row still reads as a list). */
function unnestEmpty(stored: string): string {
  return stored
    .split(' ')
    .filter((t) => t !== INNER_MARK)
    .join(' ');
}

/**
 * The same nesting in SQL, for lists already stored (the schema 11 upgrade): `$outer` and `$inner` are SQL
 * expressions. Tokens never hold spaces, so a run of tokens is a substring of the space-padded list.
 */
export function nestSql(outer: string, inner: string): string {
  const padded = `(' ' || ${outer} || ' ')`;
  const needle = `(' ' || ${inner} || ' ')`;
  return `CASE WHEN ${inner} = '' OR ${outer} = '' OR strpos(${padded}, '${MARK}') > 0 OR strpos(${padded}, ${needle}) = 0 THEN ${outer}
    ELSE substr(overlay(${padded} PLACING '${MARK}' FROM strpos(${padded}, ${needle}) FOR length(${inner}) + 2), 2,
      length(${outer}) - length(${inner}) + 1) END`;
}

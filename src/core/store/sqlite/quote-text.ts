/*
 * A quote's words are nearly always a span of its paragraph, which the index keeps anyway (it is the context an
 * answer shows). Since schema 8 such a quote stores where the span is (`text_at`, `text_len`, in characters as
 * SQLite's substr counts them) and an empty `text`; a quote whose words are not in its paragraph keeps them.
 */

/** The SQL of a quote's words, from the quote row `q` and its paragraph row `p`. */
export const QUOTE_TEXT_SQL = 'CASE WHEN q.text_at IS NULL THEN q.text ELSE substr(p.text, q.text_at + 1, q.text_len) END';

/** Where `text` is in `paragraph` (characters, as substr counts them), or null when it is not there. */
export function spanIn(paragraph: string, text: string): { at: number; len: number } | null {
  if (!text) return null;
  const i = paragraph.indexOf(text);
  if (i < 0) return null;
  return { at: codePoints(paragraph.slice(0, i)), len: codePoints(text) };
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { spanIn } from '../../src/core/store/sqlite/quote-text.js';

describe('quote words as a span of the paragraph (SQLite schema 8)', () => {
  it('gives the span in characters as SQLite substr counts them, astral characters included', () => {
    const db = new Database(':memory:');
    const substr = db.prepare('SELECT substr(?, ? + 1, ?)').pluck();
    for (const [para, text] of [
      ['Kirby said: “The ceasefire must hold.”', 'The ceasefire must hold.'],
      ['😀 Emoji first, then 𝒮cript: “We will fund the tram 🚋.” Done.', 'We will fund the tram 🚋.'],
      ['Café owners said “très bien”.', 'très bien'],
    ] as const) {
      const span = spanIn(para, text);
      expect(span).not.toBeNull();
      expect(substr.get(para, span!.at, span!.len)).toBe(text);
    }
    db.close();
  });

  it('keeps the words when they are not in the paragraph', () => {
    expect(spanIn('Kirby spoke.', 'Something else.')).toBeNull();
    expect(spanIn('Kirby spoke.', '')).toBeNull();
  });
});

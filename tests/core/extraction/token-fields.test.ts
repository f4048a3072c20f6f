import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/core/extraction/marks.js';
import { isNameWord, runEndingAt, runStartingAt } from '../../../src/core/extraction/names.js';
import { tokenize, type Token } from '../../../src/core/extraction/tokens.js';

// Texts written for these tests. Session 40 (h-speed40) made `tokenize` skip a plain space before any call, read the
// place-before-owner set only at a possessive, and let the name-run readers answer a token that is not capitalised
// without calls: these pin the fields those paths set, so a later speed-up keeps them.
function tokens(text: string): Token[] {
  const spans = findQuoteSpans(text, [{ start: 0, end: text.length }]);
  const byOpen = new Map<number, number>();
  spans.forEach((s, i) => byOpen.set(s.open, i));
  return tokenize(text, 0, text.length, spans, byOpen);
}

describe('token fields', () => {
  it('skips every kind of space between words, the plain one and the wide ones alike', () => {
    const text = 'Ula\u00a0Brisk\tsaid\n\u2003it\u3000was \ufefffine.';
    const ts = tokens(text);
    expect(ts.map((t) => t.w)).toEqual(['Ula', 'Brisk', 'said', 'it', 'was', 'fine', '.']);
    for (const t of ts) expect(text.slice(t.s, t.e)).toBe(t.w);
  });

  it('splits a possessive into its own token with its offsets, and a name\'s "\'s" before a verb into "has"', () => {
    const text = "Kirby's claim stood. Hale's been fine.";
    const ts = tokens(text);
    expect(ts.map((t) => [t.w, t.kind, t.s, t.e])).toEqual([
      ['Kirby', 'word', 0, 5], ["'s", 'punct', 5, 7], ['claim', 'word', 8, 13], ['stood', 'word', 14, 19], ['.', 'punct', 19, 20],
      ['Hale', 'word', 21, 25], ['has', 'word', 25, 27], ['been', 'word', 28, 32], ['fine', 'word', 33, 37], ['.', 'punct', 37, 38],
    ]);
  });

  it('reads a capitalised preposition of place before a possessive as no name word, and one before a plain word as before', () => {
    const owned = tokens("Outside Varden's a guard said so.");
    expect(owned[1]!.w).toBe('Varden');
    expect(owned[2]!.w).toBe("'s");
    expect(isNameWord(owned[0])).toBe(false);
    const plain = tokens('Outside Varden Hall a guard said so.');
    expect(plain[0]!.nameWord).toBeUndefined();
  });

  it('marks capitals and particles glued to a capital as capitalised, and nothing else', () => {
    const caps = (text: string): boolean[] => tokens(text).map((t) => t.cap);
    expect(caps("al-Varsi d'Orvan o’Brisk abu-Tamar ex-wife d'accord go Émile élan")).toEqual([true, true, true, true, false, false, false, true, false]);
  });
});

describe('name runs at lower-case words and marks', () => {
  it('ends a run at a lower-case word, a comma or a quote, and reads particles and initials inside it', () => {
    const ts = tokens('Jock A. Finlayson, Bank of Orvania, Anna van der Stel said "yes" to Mr. Hale.');
    const runs: string[] = [];
    for (let i = 0; i < ts.length; i++) {
      const end = runStartingAt(ts, i, ts.length);
      if (end > i) runs.push(ts.slice(i, end).map((t) => t.w).join(' '));
      i = Math.max(i, end - 1);
    }
    expect(runs).toEqual(['Jock A . Finlayson', 'Bank of Orvania', 'Anna van der Stel', 'Mr . Hale']);
    const last = ts.findIndex((t) => t.w === 'Stel');
    expect(ts[runEndingAt(ts, last, 0)]!.w).toBe('Anna');
    expect(ts[runEndingAt(ts, ts.findIndex((t) => t.w === 'Finlayson'), 0)]!.w).toBe('Jock');
    const comma = ts.findIndex((t) => t.w === ',');
    expect(runEndingAt(ts, comma, 0)).toBe(-1);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/core/articles/paragraphs.js';
import { extractQuotes } from '../../src/core/extraction/index.js';

// Pieces that stress the extractor: every kind of mark, unbalanced on purpose, speech verbs, names,
// emoji, right-to-left text, control and binary-looking characters.
const pieces = [
  '"', '“', '”', "''", '``', '«', '»', '„', "'", '‘', '’', ' ', '\n', '\n\n', ',', '.', ':', ';', '—', '(', ')',
  'said', 'says', 'told', 'according to', 'he', 'she', 'they', 'the spokesman', 'Mr', 'Dr.', 'Gen',
  'Anna Varga', 'Kirby', 'State Department', 'the ministry', 'on Monday', 'September 20', 'in a statement',
  '😀', '👩‍👩‍👧', 'שלום', 'مرحبا', '\u202e', '\u200f', '\u0000', '\ufffd', '\ud800', 'é', 'ﬁ', '\t',
];
const textArb = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 200 }).map((xs) => xs.join(' '));

function checkInvariants(text: string): void {
  const quotes = extractQuotes(text, splitParagraphs(text), {});
  for (const q of quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.text.length).toBeGreaterThan(0);
    expect(['direct', 'indirect']).toContain(q.kind);
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
  }
}

describe('extractQuotes on any text', () => {
  it('never throws and returns only verbatim substrings', () => {
    fc.assert(fc.property(textArb, (text) => checkInvariants(text)), { numRuns: 400 });
  });

  it('survives paragraph offsets that do not fit the text', () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.record({ start: fc.integer({ min: -5, max: 500 }), end: fc.integer({ min: -5, max: 500 }) }), { maxLength: 8 }), (text, paras) => {
        const quotes = extractQuotes(text, paras, {});
        for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
      }),
      { numRuns: 200 },
    );
  });

  it('handles a 1 MB paragraph of unbalanced marks and speech verbs', () => {
    const unit = 'He said "the plan, Kirby said, is “fine, according to the ministry ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const cpu0 = process.cpuUsage().user;
    checkInvariants(text);
    // Not a speed target (speed is measured apart): a guard that nothing is quadratic, which would take
    // many minutes here. CPU time, so a busy machine does not make it flaky.
    expect((process.cpuUsage().user - cpu0) / 1e6).toBeLessThan(60);
  });

  it('reads a long run of spaces between a quote and its cue in linear time', () => {
    // The subject-of-quoted-words check (marks.ts) once matched the tail after a quote with `[ ]*,?[ ]+`, which tries
    // every split of a run of spaces: 100,000 spaces before a "he" took 8.5 s; 150,000 would take about 20.
    const text = `Mr Sullivan "made accounting decisions,"${' '.repeat(150_000)}x he told the court.`;
    const cpu0 = process.cpuUsage().user;
    checkInvariants(text);
    expect((process.cpuUsage().user - cpu0) / 1e6).toBeLessThan(5);
  });

  it('handles a 1 MB article of short quoted paragraphs', () => {
    const para = '"We will not stop," said Anna Varga, the mayor. She told reporters that "nothing" changed on Monday.\n';
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const quotes = extractQuotes(text, splitParagraphs(text), {});
    expect(quotes.length).toBeGreaterThan(10_000);
    for (let i = 0; i < quotes.length; i += 997) expect(text.slice(quotes[i]!.start, quotes[i]!.end)).toBe(quotes[i]!.text);
  });

  it('handles binary bytes decoded as text', () => {
    const bytes = new Uint8Array(200_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    checkInvariants(new TextDecoder('utf-8').decode(bytes));
    checkInvariants(new TextDecoder('latin1').decode(bytes));
  });

  it('returns nothing for empty or missing input', () => {
    expect(extractQuotes('', [], {})).toEqual([]);
    expect(extractQuotes(undefined as unknown as string, [], {})).toEqual([]);
    expect(extractQuotes('text', undefined as unknown as [], {})).toEqual([]);
  });
});

describe('extractQuotes output shape', () => {
  it('never returns the same span twice and keeps text order', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const quotes = extractQuotes(text, splitParagraphs(text), {});
        const keys = quotes.map((q) => `${q.kind}:${q.start}:${q.end}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (let i = 1; i < quotes.length; i++) expect(quotes[i]!.start).toBeGreaterThanOrEqual(quotes[i - 1]!.start);
      }),
      { numRuns: 200 },
    );
  });
});

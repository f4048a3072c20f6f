import { describe, expect, it } from 'vitest';
import { MAX_FRONT_MATTER_CHARS, MAX_FRONT_MATTER_KEYS, MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS } from '../../src/core/articles/limits.js';
import { parseDocument } from '../../src/core/articles/load.js';
import { splitParagraphs } from '../../src/core/articles/paragraphs.js';
import { findQuoteSpans } from '../../src/core/extraction/marks.js';
import { extractQuotes } from '../../src/core/extraction/index.js';
import { buildRecords, prepareArticle } from '../../src/core/ingest.js';
import { NEAR_TERMS_PER_PARAGRAPH, SENTENCE_REACH } from '../../src/core/neighbourhood.js';
import { isOnRecordError } from '../../src/core/index.js';
import { indexTerms } from '../../src/core/search/tokenize.js';

/** The BAD_ARTICLE message `fn` throws (fails the test when it throws nothing or something else). */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(isOnRecordError(err, 'BAD_ARTICLE')).toBe(true);
    return (err as Error).message;
  }
  throw new Error('expected a BAD_ARTICLE refusal');
}

const prepare = (content: string, source = 'story.txt') =>
  prepareArticle(parseDocument({ content, source }), 'default', { extract: extractQuotes, now: () => new Date(0) });

describe('caps on one article', () => {
  it('refuses a paragraph past the cap, naming the file, the paragraph and the cap', () => {
    const long = 'word '.repeat(MAX_PARAGRAPH_CHARS / 5 + 10).trim();
    const msg = refusal(() => parseDocument({ content: `Headline here\n\nA first paragraph.\n${long}`, source: 'wire/long.txt' }));
    expect(msg).toMatch(/^wire\/long\.txt: paragraph 2 is too long \([\d,]+ characters, at most 100,000 a paragraph\)$/);
    // An Article handed to the core directly meets the same cap.
    const article = { text: long, paragraphs: splitParagraphs(long), meta: {}, source: 'api-article' };
    expect(refusal(() => buildAndPrepare(article))).toMatch(/^api-article: paragraph 1 is too long/);
  });

  it('accepts a paragraph just under the cap', () => {
    const text = `"Fine," said Ann Lee. ${'word '.repeat((MAX_PARAGRAPH_CHARS - 40) / 5)}`.trim();
    expect(text.length).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS);
    expect(prepare(text).records.length).toBeGreaterThan(0);
  });

  it('refuses more paragraphs than the cap', () => {
    const msg = refusal(() => parseDocument({ content: 'x\n'.repeat(MAX_PARAGRAPHS + 1), source: 'many.txt' }));
    expect(msg).toBe(`many.txt: too many paragraphs (${(MAX_PARAGRAPHS + 1).toLocaleString('en-US')}, at most ${MAX_PARAGRAPHS.toLocaleString('en-US')})`);
  });

  it('refuses front matter with too many keys, nested ones included, before reading the body', () => {
    const keys = Array.from({ length: MAX_FRONT_MATTER_KEYS }, (_, i) => `k${i}: ${i}`).join('\n');
    const msg = refusal(() => parseDocument({ content: `---\ntitle: T\n${keys}\n---\nBody "words here," said Ann Lee.\n`, source: 'fm.md' }));
    expect(msg).toBe(`fm.md: front matter has too many keys (${(MAX_FRONT_MATTER_KEYS + 1).toLocaleString('en-US')}, at most ${MAX_FRONT_MATTER_KEYS.toLocaleString('en-US')})`);
    const nested = `extra:\n${Array.from({ length: MAX_FRONT_MATTER_KEYS }, (_, i) => `  n${i}: ${i}`).join('\n')}`;
    expect(refusal(() => parseDocument({ content: `---\ntitle: T\n${nested}\n---\nBody.\n`, source: 'nested.md' }))).toMatch(/^nested\.md: front matter has too many keys/);
  });

  it('refuses front matter larger than the cap without parsing it', () => {
    const big = `summary: ${'a'.repeat(MAX_FRONT_MATTER_CHARS)}`;
    const msg = refusal(() => parseDocument({ content: `---\ntitle: T\n${big}\n---\nBody.\n`, source: 'big.md' }));
    expect(msg).toMatch(/^big\.md: front matter is too large \([\d,]+ characters, at most 65,536\)$/);
  });

  it('still reads ordinary front matter, and names a key given twice', () => {
    const fields = Array.from({ length: 200 }, (_, i) => `custom_${i}: value`).join('\n');
    const a = parseDocument({ content: `---\ntitle: Budget row\noutlet: The Courier\n${fields}\n---\n"We will look again," said Mayor Ann Lee.\n`, source: 'ok.md' });
    expect(a.meta).toEqual({ title: 'Budget row', outlet: 'The Courier' });
    expect(refusal(() => parseDocument({ content: '---\ntitle: A\ntitle: B\n---\nBody.\n', source: 'dup.md' }))).toBe('dup.md: front matter key "title" is given twice');
    expect(refusal(() => parseDocument({ content: '---\ntitle: [unclosed\n---\nBody.\n', source: 'bad.md' }))).toBe('bad.md: front matter is not valid YAML');
  });
});

function buildAndPrepare(article: Parameters<typeof prepareArticle>[0]) {
  return prepareArticle(article, 'default', { extract: extractQuotes, now: () => new Date(0) });
}

describe('long inputs keep their quotes', () => {
  it('extracts every quote of one long paragraph, each with its speaker', () => {
    const n = 800;
    const para = Array.from({ length: n }, (_, i) => `"We will look again at item ${i} of the budget," said ${i % 2 ? 'Mayor Ann Lee' : 'councillor Bo Park'}.`).join(' ');
    expect(para.length).toBeGreaterThan(50_000);
    const { records } = prepare(`Council budget row\n\n${para}`);
    const direct = records.filter((r) => r.kind === 'direct');
    expect(direct).toHaveLength(n);
    expect(direct[0]!.text).toBe('We will look again at item 0 of the budget,');
    expect(direct[n - 1]!.text).toBe(`We will look again at item ${n - 1} of the budget,`);
    expect(direct.filter((r) => r.speakerName === 'Ann Lee')).toHaveLength(n / 2);
    // Each quote's sentence is its own, not the whole paragraph.
    expect(direct[5]!.contextTerms.split(' ')).toContain('5');
    expect(direct[5]!.contextTerms.split(' ')).not.toContain('6');
  });

  it('stores a bounded neighbourhood per quote when a paragraph never ends a sentence', () => {
    // 500 quotes in one sentence of 40,000 characters: the sentence, the paragraph and its terms once cost
    // their whole length per quote (quadratic memory; 200,000 characters ran out of string length).
    const para = Array.from({ length: 500 }, (_, i) => `and the mayor said "item ${i} goes back to committee" before the clerk wrote it down`).join(' ');
    const article = parseDocument({ content: `Minutes\n\n${para}`, source: 'minutes.txt' });
    const quotes = extractQuotes(article.text, article.paragraphs, article.meta);
    expect(quotes.length).toBeGreaterThan(400);
    const { records } = buildRecords(article, quotes, 'default', new Date(0));
    for (const r of records) {
      expect(r.nearTerms.split(' ').length).toBeLessThanOrEqual(3 * NEAR_TERMS_PER_PARAGRAPH + 1);
      // Terms of at most the quote and SENTENCE_REACH characters either side (a term is at least one character and a space).
      expect(r.contextTerms.length).toBeLessThanOrEqual(r.end - r.start + 2 * SENTENCE_REACH + 2);
    }
    // Terms near the quote are still there.
    const r = records.find((x) => x.text === 'item 250 goes back to committee')!;
    expect(r.contextTerms.split(' ')).toEqual(expect.arrayContaining(['mayor', 'clerk', '249', '251']));
  });

  it('finds the one quote after thousands of paragraphs without a mark', () => {
    const plain = Array.from({ length: 5_000 }, (_, i) => `Line ${i} records a vote and nothing else.`).join('\n');
    const text = `${plain}\nThen the chair said "this meeting is closed for today".`;
    const spans = findQuoteSpans(text, splitParagraphs(text));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['this meeting is closed for today']);
    expect(spans[0]!.paragraph).toBe(5_000);
  });

  it('joins a quote that runs over paragraphs by the opening-mark convention, after many plain paragraphs', () => {
    const plain = Array.from({ length: 2_000 }, (_, i) => `Paragraph ${i} is background with no quotation.`).join('\n');
    const text =
      `${plain}\nThe minister, Lena Holt, said: "We have made mistakes and we will put them right.\n` +
      '"We will publish every report and answer every question in the chamber.\n' +
      '"Nobody should doubt our resolve on this."\n' +
      'The opposition was not convinced.';
    const spans = findQuoteSpans(text, splitParagraphs(text));
    // One span per paragraph, the first two left open (the quote goes on), the last closed.
    expect(spans.map((s) => [s.paragraph, s.closed])).toEqual([[2_000, false], [2_001, false], [2_002, true]]);
    const quotes = extractQuotes(text, splitParagraphs(text), {});
    const holt = quotes.filter((q) => q.kind === 'direct' && q.speaker?.name === 'Lena Holt').map((q) => q.text);
    expect(holt).toEqual([
      'We have made mistakes and we will put them right.',
      'We will publish every report and answer every question in the chamber.',
      'Nobody should doubt our resolve on this.',
    ]);
  });
});

describe('punctuation and sentence ends', () => {
  it('reads a run of thousands of marks as one sentence end', () => {
    // The splitter once rescanned the rest of the run from each mark: 8,000 "!" took 6 s, 50,000 minutes.
    const text = `"It passed" said Ann Lee${'!'.repeat(50_000)} and then the room emptied.`;
    const quotes = extractQuotes(text, splitParagraphs(text), {});
    expect(quotes.find((q) => q.kind === 'direct')).toMatchObject({ text: 'It passed', speaker: { name: 'Ann Lee' } });
  });

  it('gives each quote of paragraphs that never end a sentence its own paragraph as sentence', () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => `"Item ${i} goes back to committee" said councillor Ann Vale`);
    const { records } = prepare(lines.join('\n'));
    const direct = records.filter((r) => r.kind === 'direct');
    expect(direct).toHaveLength(3_000);
    for (const i of [0, 1_500, 2_999]) {
      const r = direct.find((x) => x.text === `Item ${i} goes back to committee`)!;
      // Its sentence is its whole line: the search for the sentence's end stops at the paragraph.
      expect(r.contextTerms).toBe(indexTerms(lines[i]!).join(' '));
    }
  });
});

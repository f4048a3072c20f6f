import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../src/core/articles/paragraphs.js';
import { findQuoteSpans } from '../../../src/core/extraction/marks.js';

function spans(text: string): string[] {
  return findQuoteSpans(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));
}

describe('findQuoteSpans', () => {
  it('reads straight, curly, doubled-apostrophe, backtick and guillemet marks', () => {
    expect(spans('He said "straight words" here.')).toEqual(['straight words']);
    expect(spans('She said “curly words” there.')).toEqual(['curly words']);
    // NYT style: two apostrophes used as a double quotation mark.
    expect(spans("''Doubled apostrophes,'' he said.")).toEqual(['Doubled apostrophes,']);
    expect(spans('``Backticks opened this,\'\' she said.')).toEqual(['Backticks opened this,']);
    expect(spans('Il a dit « des guillemets » hier.')).toEqual(['des guillemets']);
  });

  it('keeps a quote split around its attribution as two spans', () => {
    expect(spans('"First part," the mayor said. "Second part."')).toEqual(['First part,', 'Second part.']);
  });

  it('ends an unclosed quote at its paragraph so the next paragraph is read normally', () => {
    const text = 'She said: "This quote never closes.\nA later paragraph with "a real quote" in it.';
    expect(spans(text)).toEqual(['This quote never closes.', 'a real quote']);
  });

  it('gives one span per paragraph for a British multi-paragraph quote', () => {
    const text = '"The first paragraph of the speech goes on.\n"The second paragraph ends it," he said.';
    expect(spans(text)).toEqual(['The first paragraph of the speech goes on.', 'The second paragraph ends it,']);
  });

  it('splits a paragraph where a quote reopens without closing', () => {
    expect(spans('He said: "We will rethink the bill. "Unless it moves, it fails."')).toEqual(['We will rethink the bill.', 'Unless it moves, it fails.']);
  });

  it('keeps a quote inside a quote with the outer one', () => {
    expect(spans('“He told me “no way” and left,” she said.')).toEqual(['He told me “no way” and left,']);
    expect(spans('"We heard the word \'never\' twice," he said.')).toEqual(["We heard the word 'never' twice,"]);
  });

  it('ignores apostrophes and single quotes', () => {
    expect(spans("It's the players' ball and 'scare' words.")).toEqual([]);
  });

  it('accepts an opening mark followed by a space', () => {
    expect(spans('He told her. " You have done a good job."')).toEqual(['You have done a good job.']);
  });
});

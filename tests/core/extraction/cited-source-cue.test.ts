import { describe, expect, it } from 'vitest';
import { findCues } from '../../../src/core/extraction/cues.js';
import { findQuoteSpans } from '../../../src/core/extraction/marks.js';
import { splitSentences, tokenize } from '../../../src/core/extraction/tokens.js';

// Every text here is written for these tests; names are invented (issue 13).
// Session 41 (h-speed42): the cue reader marks a name cited as a relayed source where it reads the cue ("according to
// X", "X first reported"), instead of reader.ts reading the raw text around every resolved name again with regexes.

/** The cues of `text` read as one paragraph of one sentence. */
function cuesOf(text: string) {
  const spans = findQuoteSpans(text, [{ start: 0, end: text.length }]);
  const byOpen = new Map<number, number>();
  spans.forEach((s, i) => byOpen.set(s.open, i));
  const tokens = tokenize(text, 0, text.length, spans, byOpen);
  const [sentence] = splitSentences(tokens, text);
  return findCues(text, tokens, sentence!.from, sentence!.to);
}

/** The subject of the one cue of `text`, with whether it is marked cited. */
function subjectOf(text: string): { text: string | undefined; cited: boolean } {
  const cues = cuesOf(text);
  expect(cues).toHaveLength(1);
  return { text: cues[0]!.mention?.text, cited: cues[0]!.mention?.cited === true };
}

describe('the cue reader marks a name cited as a relayed source', () => {
  it('marks the name right after "according to", at the end or opening the sentence', () => {
    expect(subjectOf('The campaign hired three new aides last week, according to Dunmore Ledger.')).toEqual({ text: 'Dunmore Ledger', cited: true });
    expect(subjectOf('According to Dunmore Ledger, the campaign hired three new aides last week.')).toEqual({ text: 'Dunmore Ledger', cited: true });
  });

  it('marks the name right before "reported", with one adverb such as "first" between or none', () => {
    expect(subjectOf('The pastor attacked the club on his show, Quillfeather Watch first reported.')).toEqual({ text: 'Quillfeather Watch', cited: true });
    expect(subjectOf('Quillfeather Watch originally reported that the club had closed.').cited).toBe(true);
    expect(subjectOf('Quillfeather Watch reported that the club had closed.').cited).toBe(true);
  });

  it('leaves a name that speaks with another verb, or with an adverb the list lacks before "reported"', () => {
    expect(subjectOf('Quillfeather Watch said that the club had closed.').cited).toBe(false);
    expect(subjectOf('Quillfeather Watch later reported that the club had closed.').cited).toBe(false);
    // (A name after "reported" is its inverted subject, read as a speaker like any other.)
    expect(subjectOf('"We will open again in the spring," reported Quillfeather Watch.')).toEqual({ text: 'Quillfeather Watch', cited: false });
  });

  it('leaves a name after an office that follows "according to" (the name does not stand right after it)', () => {
    expect(subjectOf('The team trained twice a day in May, according to coach Ann Vell.')).toEqual({ text: 'Ann Vell', cited: false });
  });

  it('marks no description: an unnamed source after "according to" is no name', () => {
    expect(subjectOf('The talks stalled on Monday, according to two officials.').cited).toBe(false);
  });
});

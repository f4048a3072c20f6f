import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/core/extraction/marks.js';
import { splitSentences, tokenize } from '../../../src/core/extraction/tokens.js';
import { extract, speakerOfQuoteStarting } from './helpers.js';

/** The sentences `splitSentences` reads in `text` (one paragraph), as text. */
function sentences(text: string): string[] {
  const spans = findQuoteSpans(text, [{ start: 0, end: text.length }]);
  const byOpen = new Map<number, number>();
  spans.forEach((s, i) => byOpen.set(s.open, i));
  const ts = tokenize(text, 0, text.length, spans, byOpen);
  return splitSentences(ts, text).map((s) => text.slice(ts[s.from]!.s, ts[s.to - 1]!.e));
}

// Every text here is written for these tests; names and bodies are invented (session 36, h-attr91).
describe('the sentence splitter after a quote whose words end their sentence', () => {
  it('breaks before a name and an aside that no speech verb closes', () => {
    expect(sentences('"We built it for everyone." Dana Pruitt, a builder from the coast, then left the hall.')).toEqual([
      '"We built it for everyone."',
      'Dana Pruitt, a builder from the coast, then left the hall.',
    ]);
  });

  it('breaks before a fronted adverb or phrase and its comma', () => {
    expect(sentences('"We lost the final." Overall, the club fell to ninth.')).toHaveLength(2);
    expect(sentences('"We lost the final." On Friday, the club sacked its coach.')).toHaveLength(2);
  });

  it('breaks before an aside set off by dashes or brackets with no speech verb after it', () => {
    expect(sentences('"It rolls on." Tarlo Mews - a maker of chairs - sells them in six towns.')).toHaveLength(2);
    expect(sentences('"It rolls on." The Harbour Board (HB) is testing the pier.')).toHaveLength(2);
  });

  it('breaks before a contraction and before a colon label', () => {
    expect(sentences('"That was our year." That\'s why the club hired him.')).toHaveLength(2);
    expect(sentences('"We will win." Brandt: "We will not."')).toHaveLength(2);
  });

  it('breaks before a sentence whose speech verb follows its own pronoun ("Now, he said, ...")', () => {
    expect(sentences('"It is a fad." Now, he said, the trade rivals the cinema.')).toHaveLength(2);
  });

  it('keeps the quote with its attribution past an aside: commas, a bracket, an abbreviation, no closing comma', () => {
    expect(sentences('"Stop." Kirby Vance, the spokesman, said.')).toHaveLength(1);
    expect(sentences('"It is done." Marta Velez (D-Ohio) said.')).toHaveLength(1);
    expect(sentences('"We won." Rep. Tom Hale, R-Pa., said of the result.')).toHaveLength(1);
    expect(sentences('"We won." Lena Ortiz, an economist at Fairfield Bank said.')).toHaveLength(1);
    expect(sentences('"How are you?" Nell Harker, a retired nurse from the valley, asked pleasantly into the phone.')).toHaveLength(1);
  });

  it('breaks where the verb past the aside governs a clause of its own', () => {
    expect(sentences('"We won." Tom Hale, the captain, said the cup would stay home.')).toHaveLength(2);
  });

  it('never breaks after a comma inside the quote', () => {
    expect(sentences('"We built it for everyone," Dana Pruitt, a builder from the coast, said.')).toHaveLength(1);
  });

  it('the pronoun after the new sentence goes to its subject', () => {
    const text = 'Ivo Marsh, a grocer, said prices had doubled. "We cannot keep up," he said. "Nobody can." Dana Pruitt, a builder from the coast and a critic of the plan, then spoke to the crowd. "It will not last," she said.';
    expect(speakerOfQuoteStarting(extract(text), 'It will not last')).toBe('Dana Pruitt');
  });
});

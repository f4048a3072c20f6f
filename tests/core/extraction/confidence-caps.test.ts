import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ceilingOf, confidenceFeatures, confidenceOf, type QuoteEvidence } from '../../../src/core/extraction/confidence.js';
import { CONFIDENCE_CAPS } from '../../../src/core/extraction/confidence-caps.js';
import { extractWithEvidence } from '../../../src/core/extraction/index.js';
import { splitParagraphs } from '../../../src/core/articles/paragraphs.js';

/** A pronoun read ("he said" beside the quote) as a person named in full earlier. */
const pronoun: QuoteEvidence = {
  how: 'cue-after', kind: 'direct', cueVia: 'before', mention: 'pronoun', mentionWords: 1, cueGap: 1, mentionDistance: 3,
  rivals: 0, quoteWords: 14, splitHalf: false, partial: false, speaker: 'person', speakerNameWords: 2, nameShaped: true,
  speakerNamed: 3, speakerQuotes: 4, articleQuotes: 5, strongOthers: 2, namedNear: true, pronounChoices: 1,
};
const veryFar = Math.log1p(4.5);
const near = Math.log1p(1);

describe('confidence ceilings (session 29, scripts/fit-confidence-caps.ts)', () => {
  const cap = CONFIDENCE_CAPS.pronoun_very_far!;

  it('caps a pronoun read as a person last mentioned 400 characters or more back, and nothing else', () => {
    expect(cap).toBeGreaterThan(0.5);
    expect(cap).toBeLessThan(0.9);
    expect(ceilingOf({ ...pronoun, pronounDistance: veryFar })).toBe(cap);
    expect(ceilingOf({ ...pronoun, pronounDistance: near })).toBe(1);
    expect(ceilingOf({ ...pronoun, mention: 'name', pronounDistance: veryFar })).toBe(1);
    expect(confidenceOf({ ...pronoun, pronounDistance: veryFar })).toBeLessThanOrEqual(cap);
    // The nearer read of the same evidence keeps the model's own confidence, above the ceiling here.
    expect(confidenceOf({ ...pronoun, pronounDistance: near })).toBeGreaterThan(cap);
  });

  it('never raises a confidence: capped is the lower of the model and the ceiling', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 3, noNaN: true }), fc.boolean(), (d, named) => {
      const e = { ...pronoun, pronounDistance: d, namedNear: named };
      const c = confidenceOf(e);
      expect(c).toBeLessThanOrEqual(ceilingOf(e));
      expect(ceilingOf(e) < 1).toBe(confidenceFeatures(e).pronoun_very_far === 1);
    }));
  });

  it('reads the distance from the article: "he said" long after the person was named is capped, right after is not', () => {
    const filler = 'The tram line along the canal has been closed twice this year, with the late service moved to eleven and the early one cut on Sundays, while the fares for prams and bicycles stayed where they were after a long winter of letters from the traders of the old market square.';
    const quoteOf = (text: string, words: string) => {
      const seen: { text: string; confidence: number; e: QuoteEvidence; speaker: string | null }[] = [];
      extractWithEvidence(text, splitParagraphs(text), {}, (q, e) => seen.push({ text: q.text, confidence: q.confidence, e, speaker: q.speaker?.name ?? null }));
      return seen.find((s) => s.text.includes(words))!;
    };
    const far = quoteOf([`Transport chief Ottilie Brannagh opened the new depot at Kesterby on Monday. ${filler} ${filler}`, '"We waited eleven years for a depot of our own at last," she said.'].join('\n\n'), 'eleven years');
    expect(far.speaker).toBe('Ottilie Brannagh');
    expect(far.e.pronounDistance).toBeGreaterThanOrEqual(Math.log1p(4));
    expect(far.confidence).toBeLessThanOrEqual(cap);
    const close = quoteOf(['Transport chief Ottilie Brannagh opened the new depot at Kesterby on Monday.', '"We waited eleven years for a depot of our own at last," she said.'].join('\n\n'), 'eleven years');
    expect(close.speaker).toBe('Ottilie Brannagh');
    expect(close.e.pronounDistance).toBeLessThan(Math.log1p(4));
    expect(close.confidence).toBeGreaterThan(cap);
  });
});

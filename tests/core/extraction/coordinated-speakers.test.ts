import { describe, expect, it } from 'vitest';
import { coordinatedMention } from '../../../src/core/extraction/coordinated.js';
import { CONFIDENCE_CAPS } from '../../../src/core/extraction/confidence-caps.js';
import { directWithEvidence } from './helpers.js';

// Every text here is written for these tests; the people are invented (session 35, h-attr86).
describe('words several people said together are given to one of them, never at high confidence', () => {
  it('names joined by "and" before or after the verb, or a list closed by "and", mark the speaker as one of several', () => {
    for (const text of [
      'Tom Hale and Ann Cole said: "The plan is unworkable."',
      '"The plan is unworkable," said Tom Hale and Ann Cole.',
      'Tom Hale, Ann Cole and Ben Ray said the plan was "unworkable".',
      'Mr Hale and Ms Cole said they found the plan "unworkable".',
    ]) {
      const [q] = directWithEvidence(text);
      expect(q?.evidence.coordinatedSpeaker, text).toBe(true);
      expect(q!.confidence, text).toBeLessThan(0.9);
      expect(q!.confidence, text).toBeLessThanOrEqual(CONFIDENCE_CAPS.coordinated_speakers!);
    }
  });

  it('one named speaker, or a second clause after a comma ("said Hale, and Cole agreed"), is no group', () => {
    for (const text of ['Tom Hale said: "The plan is unworkable."', '"The plan is unworkable," said Tom Hale, and Ann Cole agreed.']) {
      const [q] = directWithEvidence(text);
      expect(q?.evidence.coordinatedSpeaker, text).toBe(false);
      expect(q!.confidence, text).toBeGreaterThan(0.9);
    }
  });

  it('reads the text around a mention: "and" after it, a comma list, "and" before it; not a possessive', () => {
    const at = (s: string, name: string): boolean => coordinatedMention(s, s.indexOf(name), name.length);
    expect(at('Hale and Cole said', 'Hale')).toBe(true);
    expect(at('Hale and Cole said', 'Cole')).toBe(true);
    expect(at('Hale, Cole, and Ray said', 'Hale')).toBe(true);
    expect(at('said Hale, and Cole agreed', 'Cole')).toBe(false);
    expect(at('said Hale, and Cole agreed', 'Hale')).toBe(false);
    expect(at("Hale's and Cole's plans", 'Hale')).toBe(false);
    expect(at('prices rose and Hale said', 'Hale')).toBe(false);
    // A clause joined by "and" after another clause's object, and an appositive's offices, name no fellow speaker.
    expect(at('The clubs met the league on Monday and Hale added:', 'Hale')).toBe(false);
    expect(at('said Ann Cole, CEO and Founder of Velmora Labs.', 'Ann Cole')).toBe(false);
    expect(at('According to analyst Ann Cole, U.S. and Dutch rates have moved', 'Ann Cole')).toBe(false);
    expect(at('wrote Ann Cole, Ben Ray and Tam Brisk.', 'Ann Cole')).toBe(true);
    // The sentence's full stop after the last name closes the names (not read as an abbreviation's).
    expect(at('"It works," said Ann Cole and Ben Ray. The study ran for a year.', 'Ann Cole')).toBe(true);
    expect(at('said Ann Cole and Dr. J. Ray.', 'Ann Cole')).toBe(true);
  });
});

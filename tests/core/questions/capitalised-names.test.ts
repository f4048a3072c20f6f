import { describe, expect, it } from 'vitest';
import { capitalisedWords } from '../../../src/core/questions/capitalised.js';
import { understand } from '../../../src/core/questions/understand.js';
import { Vocabulary } from '../../../src/core/search/vocabulary.js';
import { SpeakerRegistry } from '../../../src/core/speakers/registry.js';

/**
 * A name the quotes never say is no typo (session 42, h-qa107): "workers in Lille" stood only in the paragraph around
 * the wanted quote, so "lille" was not a term of any quote and the typo repair read it as "bill" at full weight; a
 * football manager's "fits the bill" ranked first and the right quote was never a candidate. A word the question
 * capitalises (after its first word) is left as typed; a lower-case word is still repaired. Words invented here.
 */
const vocab = new Vocabulary({ quotes: 1000, avgLength: 8, df: new Map([['bill', 40], ['worker', 30], ['europ', 50], ['see', 80], ['harbour', 10], ['clear', 60]]) });
const registry = new SpeakerRegistry([]);
const now = new Date('2024-06-01T12:00:00Z');
const readingsOf = (question: string, word: string) => understand(question, registry, vocab, () => true, now).groups.find((g) => g.word === word)?.alternatives;

describe('a capitalised word the quotes never say', () => {
  it('is read as itself, never repaired into a common word', () => {
    const parsed = understand('quote saying workers in Lille do not see what Europe does for them', registry, vocab, () => true, now);
    expect(parsed.groups.find((g) => g.word === 'lille')?.alternatives).toEqual([['lill']]);
    expect(parsed.unknownWords).toContain('lille');
    expect(readingsOf('what did the union chairman say Blears was doing', 'blears')).toEqual([['blear']]);
  });

  it('is still repaired when typed in lower case (a misspelt word)', () => {
    expect(readingsOf('quote saying workers in lille do not see what Europe does for them', 'lille')).toContainEqual(['bill']);
    expect(readingsOf('quote on the harbor dues', 'harbor')).toContainEqual(['harbour']);
  });
});

describe('capitalisedWords', () => {
  it('holds the words written with a capital after the first word, in pieces', () => {
    const names = capitalisedWords('Quote on whether Blears was "Right" about Bush\'s AIPAC plan');
    expect([...names].sort()).toEqual(['aipac', 'blears', 'bush', 'right']);
    expect(capitalisedWords('what did the mayor say')).toEqual(new Set());
    expect(capitalisedWords('')).toEqual(new Set());
  });
});

import { describe, expect, it } from 'vitest';
import { EXPANSION_SOURCES, commonerThanWord, expandWord } from '../../../src/core/search/expansion.js';
import { BROADER_WEIGHT, DERIVED_WEIGHT, SYNONYM_WEIGHT, baseForms, lexicalRelated } from '../../../src/core/search/lexical.js';
import { stem } from '../../../src/core/search/tokenize.js';
import { Vocabulary } from '../../../src/core/search/vocabulary.js';

const vocabOf = (words: string[]) => new Vocabulary({ quotes: 100, avgLength: 10, df: new Map(words.map((w) => [stem(w), 3])) });

describe('dictionary forms of a typed word', () => {
  it('undoes plural, past and -ing endings, doubled consonants included', () => {
    expect(baseForms('lifts')).toContain('lift');
    expect(baseForms('worries')).toContain('worry');
    expect(baseForms('worrying')).toContain('worry');
    expect(baseForms('getting')).toContain('get');
    expect(baseForms('stopped')).toContain('stop');
    expect(baseForms('promised')).toContain('promise');
    expect(baseForms('missed')).toContain('miss');
  });

  it('undoes an adjective\'s comparative and superlative ("riskier" -> "risky", "safer" -> "safe", "bigger" -> "big")', () => {
    expect(baseForms('riskier')).toContain('risky');
    expect(baseForms('easiest')).toContain('easy');
    expect(baseForms('safer')).toContain('safe');
    expect(baseForms('largest')).toContain('large');
    expect(baseForms('bigger')).toContain('big');
    expect(baseForms('hottest')).toContain('hot');
  });

  it('leaves short words alone', () => {
    expect(baseForms('is')).toEqual([]);
    expect(baseForms('bus')).toEqual([]);
  });
});

describe('WordNet relatives of a question word', () => {
  it('reads a comparative through its adjective ("riskier" -> "risk", "safer" -> "safe"), the stemmer joining neither', () => {
    expect(stem('riskier')).not.toBe(stem('risk'));
    expect(lexicalRelated('riskier', 'derived')).toContain(stem('risk'));
    expect(lexicalRelated('safer', 'derived')).toContain(stem('safe'));
  });

  it('finds synonyms of an inflected word through its dictionary form ("rivals" -> "rival" -> "competitor")', () => {
    expect(lexicalRelated('rival', 'synonym')).toContain(stem('competitor'));
    expect(lexicalRelated('rivals', 'synonym')).toContain(stem('competitor'));
  });

  it('takes the synonyms of the word\'s two most frequent senses ("stomach" - "abdomen", "forecast" - "estimate")', () => {
    // "stomach" is first the organ (tummy, breadbasket), then the belly (abdomen, venter); "forecast" is first a
    // prognosis, then a reckoning (estimate, figure).
    expect(lexicalRelated('stomach', 'synonym')).toEqual(expect.arrayContaining([stem('tummy'), stem('abdomen')]));
    expect(lexicalRelated('forecasts', 'synonym')).toEqual(expect.arrayContaining([stem('prognosis'), stem('estimate')]));
  });

  it('finds derived forms the stemmer does not join ("guilty" - "guilt", "Europe" - "european", "decide" - "decision")', () => {
    expect(stem('guilty')).not.toBe(stem('guilt'));
    expect(lexicalRelated('guilty', 'derived')).toContain(stem('guilt'));
    expect(lexicalRelated('europe', 'derived')).toContain(stem('european'));
    expect(lexicalRelated('decide', 'derived')).toContain(stem('decision'));
    expect(lexicalRelated('angry', 'derived')).toContain(stem('anger'));
  });

  it('keeps the derived forms of a word never sense-tagged that open with its letters ("captaincy" - "captain"), read only as typed', () => {
    expect(stem('captaincy')).not.toBe(stem('captain'));
    expect(lexicalRelated('captaincy', 'derived')).toContain(stem('captain'));
    // ... but takes no synonyms from it: too rare a word to trust its senses.
    expect(lexicalRelated('captaincy', 'synonym')).toEqual([]);
    // A rare word is never reached through a dictionary form: "captaincies" is not looked up as "captaincy".
    expect(lexicalRelated('captaincies', 'derived')).toEqual([]);
  });

  it('finds a noun\'s broader word ("proof" - "evidence", "firearms" - "gun"), never a verb\'s ("regain" - "get")', () => {
    expect(lexicalRelated('proof', 'broader')).toContain(stem('evidence'));
    expect(lexicalRelated('firearms', 'broader')).toContain(stem('gun'));
    expect(lexicalRelated('regain', 'broader')).toEqual([]);
  });

  it('never returns the word\'s own stem, and nothing for a word WordNet does not hold', () => {
    expect(lexicalRelated('guilty', 'derived')).not.toContain(stem('guilty'));
    expect(lexicalRelated('zzxqv', 'synonym')).toEqual([]);
  });
});

describe('expandWord', () => {
  it('spells out newsroom abbreviations at full weight', () => {
    const e = expandWord('govt', vocabOf(['government']));
    expect(e).toContainEqual({ terms: [stem('government')], weight: 1, source: 'abbreviation' });
    expect(expandWord('email', vocabOf(['e', 'mail']))).toContainEqual({ terms: ['e', 'mail'], weight: 1, source: 'abbreviation' });
    expect(expandWord('wmd', vocabOf(['weapons', 'mass', 'destruction']))).toContainEqual({ terms: ['weapons', 'mass', 'destruction'].map(stem), weight: 1, source: 'abbreviation' });
  });

  it('weights lexical relatives below the question\'s own words, each marked with its source', () => {
    const e = expandWord('guilty', vocabOf(['guilt']));
    expect(e).toContainEqual({ terms: [stem('guilt')], weight: DERIVED_WEIGHT, source: 'derived' });
    expect(DERIVED_WEIGHT).toBeLessThan(1);
    expect(SYNONYM_WEIGHT).toBeLessThan(1);
  });

  it('reads no broader word in the app (session 21: off, fewer wrong speakers and no answer lost)', () => {
    const rare = new Vocabulary({ quotes: 3000, avgLength: 10, df: new Map([[stem('evidence'), 12]]) });
    expect(EXPANSION_SOURCES.broader).toBe(false);
    expect(expandWord('proof', rare).map((e) => e.source)).not.toContain('broader');
  });

  it('when turned on for a measurement, reads a broader word below the word itself, and only when few quotes use it', () => {
    EXPANSION_SOURCES.broader = true;
    try {
      const rare = new Vocabulary({ quotes: 3000, avgLength: 10, df: new Map([[stem('evidence'), 12]]) });
      expect(expandWord('proof', rare)).toContainEqual({ terms: [stem('evidence')], weight: BROADER_WEIGHT, source: 'broader' });
      expect(BROADER_WEIGHT).toBeLessThan(1);
      // In one quote in 100: too common to stand for the question's narrower word.
      const common = new Vocabulary({ quotes: 3000, avgLength: 10, df: new Map([[stem('evidence'), 30]]) });
      expect(expandWord('proof', common).map((e) => e.source)).not.toContain('broader');
    } finally {
      EXPANSION_SOURCES.broader = false;
    }
  });

  it('reads no synonym used in more quotes than the word itself, when the word is on record (session 15)', () => {
    const counts = (wager: number, bet: number) =>
      new Vocabulary({ quotes: 3000, avgLength: 10, df: new Map([[stem('wager'), wager], [stem('bet'), bet]].filter(([, n]) => (n as number) > 0) as [string, number][]) });
    const synonyms = (v: Vocabulary) => expandWord('wager', v).filter((e) => e.source === 'synonym').map((e) => e.terms[0]);
    // "bet" in 40 quotes, "wager" in 2: the commoner word is not read for the rarer one.
    expect(synonyms(counts(2, 40))).not.toContain(stem('bet'));
    // As common or rarer: read.
    expect(synonyms(counts(40, 40))).toContain(stem('bet'));
    expect(synonyms(counts(40, 2))).toContain(stem('bet'));
    // "wager" on no quote: its synonyms are all the question has, so they are read however common.
    expect(synonyms(counts(0, 40))).toContain(stem('bet'));
    expect(commonerThanWord(5, 0)).toBe(false);
    expect(commonerThanWord(5, 4)).toBe(true);
  });

  it('keeps only relatives some quote on record uses', () => {
    expect(expandWord('guilty', vocabOf(['ferry']))).toEqual([]);
  });
});

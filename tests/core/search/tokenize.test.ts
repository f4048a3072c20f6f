import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../../src/core/search/edit-distance.js';
import { expansions } from '../../../src/core/search/synonyms.js';
import { indexTerms, stem, words } from '../../../src/core/search/tokenize.js';
import { Vocabulary } from '../../../src/core/search/vocabulary.js';

describe('words', () => {
  it('lower-cases, strips accents and splits on punctuation', () => {
    expect(words('Président Hollande, al-Assad!')).toEqual(['president', 'hollande', 'al', 'assad']);
  });
  it('collapses dotted acronyms so "U.S." meets "US"', () => {
    expect(words('The U.S. and the U.N. met')).toEqual(['the', 'us', 'and', 'the', 'un', 'met']);
  });
  it('drops possessive s and joins contractions', () => {
    expect(words("Kirby's claim: don't")).toEqual(['kirby', 'claim', 'dont']);
  });
});

describe('stem and index terms', () => {
  it('conflates inflections ("sharing" and "share")', () => {
    expect(stem('sharing')).toBe(stem('share'));
    expect(stem('evacuation')).toBe(stem('evacuate'));
  });
  it('folds British spellings to American ones', () => {
    expect(stem('defence')).toBe(stem('defense'));
    expect(stem('organised')).toBe(stem('organized'));
    expect(stem('labour')).toBe(stem('labor'));
  });
  it('keeps a word of three letters as written, and an irregular form whose base has three letters meets it', () => {
    expect(stem('pay')).toBe('pay');
    expect(stem('paid')).toBe(stem('pay'));
    expect(stem('got')).toBe(stem('get'));
    expect(stem('won')).toBe(stem('win'));
    expect(indexTerms('The union got its members paid')).toEqual(indexTerms('the unions get their members pay'));
  });
  it('joins irregular forms to their base through the generated WordNet exceptions ("got" / "get", "paid" / "pay")', () => {
    for (const [form, base] of [['got', 'get'], ['paid', 'pay'], ['ran', 'run'], ['met', 'meet'], ['won', 'win'], ['learnt', 'learn'], ['bought', 'buy'], ['children', 'child'], ['thought', 'think']]) {
      expect(stem(form as string), form).toBe(stem(base as string));
    }
    // "won" is a word of its own, no stop word: "who won the vote" keeps it
    expect(indexTerms('The mayor won the vote')).toContain(stem('win'));
  });
  it('keeps homographs apart: a form that is a word of its own is not read as a past tense', () => {
    // "found" (to found a firm), "ground", "wound", "rose" (the flower), "bit", "might" are left out of the table
    for (const [form, base] of [['found', 'find'], ['ground', 'grind'], ['wound', 'wind'], ['rose', 'rise'], ['bit', 'bite'], ['might', 'may']]) {
      expect(stem(form as string), form).not.toBe(stem(base as string));
    }
  });
  it('drops stop words and speech scaffolding', () => {
    expect(indexTerms('What did he say about the ceasefire?')).toEqual([stem('ceasefire')]);
  });
});

describe('abbreviations', () => {
  it('expands newsroom shorthand to index terms', () => {
    expect(expansions('intel')).toContainEqual([stem('intelligence')]);
    expect(expansions('pm')).toContainEqual([stem('prime'), stem('minister')]);
    expect(expansions('govt')).toContainEqual([stem('government')]);
    expect(expansions('ceasefire')).toContainEqual([stem('cease'), stem('fire')]);
  });
});

describe('edit distance', () => {
  it('counts a transposition as one edit', () => {
    expect(boundedEditDistance('dunfrod', 'dunford', 2)).toBe(1);
    expect(boundedEditDistance('kirbi', 'kirby', 2)).toBe(1);
  });
  it('gives up past the bound', () => {
    expect(boundedEditDistance('lavrov', 'kirby', 1)).toBe(2);
  });
});

describe('vocabulary typo repair', () => {
  const vocab = new Vocabulary({ quotes: 100, avgLength: 10, df: new Map([['ceasefir', 5], ['evacu', 3], ['sanction', 7], ['sanctuari', 1]]) });
  it('corrects to the closest known term', () => {
    expect(vocab.correct('ceasfir')).toBe('ceasefir');
    expect(vocab.correct('sanctoin')).toBe('sanction');
  });
  it('leaves short or distant words alone', () => {
    expect(vocab.correct('cat')).toBeUndefined();
    expect(vocab.correct('parliament')).toBeUndefined();
  });
  it('gives rare terms a higher IDF', () => {
    expect(vocab.idf('sanctuari')).toBeGreaterThan(vocab.idf('sanction'));
  });
});

describe('fuzzy lexicon', async () => {
  const { FuzzyLexicon } = await import('../../../src/core/search/fuzzy-lexicon.js');
  const lex = new FuzzyLexicon(['dunford', 'kirby', 'lavrov', 'okafor', 'cook', 'carey']);
  it('finds transpositions, substitutions, insertions and deletions within the bound', () => {
    expect(lex.within('dunfrod', 1).map((x) => x.word)).toEqual(['dunford']);
    expect(lex.within('kirbi', 1).map((x) => x.word)).toEqual(['kirby']);
    expect(lex.within('lavrof', 1).map((x) => x.word)).toEqual(['lavrov']);
    expect(lex.within('okafr', 1).map((x) => x.word)).toEqual(['okafor']);
    expect(lex.within('cok', 1).map((x) => x.word)).toEqual(['cook']);
  });
  it('does not take a substring for a name ("care" is not "carey" at zero edits)', () => {
    expect(lex.within('care', 0)).toEqual([]);
    expect(lex.within('xyzzy', 2)).toEqual([]);
  });
});

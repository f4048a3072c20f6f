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

import { describe, expect, it } from 'vitest';
import { CORPUS_NEIGHBOURS } from '../../../src/core/search/corpus-neighbours.js';
import { corpusNeighbours } from '../../../src/core/search/neighbours.js';
import { findEntry, isSortedTable, PackedTable } from '../../../src/core/search/packed-table.js';
import { WORDNET_BROADER, WORDNET_DERIVED, WORDNET_DERIVED_RARE, WORDNET_SYNONYMS } from '../../../src/core/search/wordnet-synonyms.js';

// An invented table: fruit words and made-up relations, in code-unit order as the generators write them.
const TABLE = 'apple:pomme,pippin;banana:plantain;cherry:morello;damson:plum,sloe;elder:berry;fig:sycamore;grape:vine';

describe('a packed table read in place', () => {
  it('finds every entry, the first and last included, as a parsed map would', () => {
    const parsed = new Map(TABLE.split(';').map((e) => [e.slice(0, e.indexOf(':')), e.slice(e.indexOf(':') + 1)]));
    for (const [key, value] of parsed) expect(findEntry(TABLE, key)).toBe(value);
  });

  it('answers undefined for a key it does not hold, before, between and after the entries', () => {
    for (const key of ['aardvark', 'apples', 'app', 'coconut', 'zucchini', '', 'grapes']) expect(findEntry(TABLE, key)).toBeUndefined();
  });

  it('remembers what it read and gives the same answer again', () => {
    const t = new PackedTable(TABLE);
    expect(t.get('damson')).toBe('plum,sloe');
    expect(t.get('damson')).toBe('plum,sloe');
    expect(t.get('quince')).toBeUndefined();
  });

  it('holds a one-entry table and an empty one', () => {
    expect(findEntry('kiwi:fuzzy', 'kiwi')).toBe('fuzzy');
    expect(findEntry('', 'kiwi')).toBeUndefined();
  });

  it('tells a sorted table from an unsorted one', () => {
    expect(isSortedTable(TABLE)).toBe(true);
    expect(isSortedTable('pear:perry;apple:pomme')).toBe(false);
  });

  // The binary search is only right on sorted tables: every generated table the core reads must be one.
  it('every generated table the core reads is sorted by key', () => {
    for (const source of [WORDNET_SYNONYMS, WORDNET_DERIVED, WORDNET_DERIVED_RARE, WORDNET_BROADER, CORPUS_NEIGHBOURS]) expect(isSortedTable(source)).toBe(true);
  });

  it('reads the corpus neighbours of a term through the packed table', () => {
    const some = CORPUS_NEIGHBOURS.slice(0, CORPUS_NEIGHBOURS.indexOf(':'));
    expect(corpusNeighbours(some).length).toBeGreaterThan(0);
  });
});

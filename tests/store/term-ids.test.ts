import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { codeOf, countIds, holdsAnyCode, idsOf, TermIds } from '../../src/core/store/sqlite/term-ids.js';
import { bm25 } from '../../src/core/store/term-search.js';
import { Statements } from '../../src/core/store/sqlite/statements.js';

describe('term-id lists (SQLite schema 8)', () => {
  it('round-trips ids across the surrogate gap and past the single code points (escaped ids)', () => {
    const ids = [1, 2, 127, 128, 0xd7ff, 0xd800, 0xffff, 0x10000, 1_112_062, 1_112_063, 1_112_064, 5_000_000_000];
    const code = ids.map(codeOf).join('');
    expect(idsOf(code)).toEqual(ids);
    // Each single id is one code point, so SQLite's instr finds a term only where it is.
    expect([...codeOf(0xd800)]).toHaveLength(1);
    expect([...codeOf(1_112_063)]).toHaveLength(3);
  });

  it('encodes term lists with their order and repeats, and finds a term with instr only where it is', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE term_ids (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE)');
    const st = new Statements(db);
    const writer = new TermIds(st);
    writer.sync();
    const list = 'aleppo ceasefir hold aleppo kirbi';
    const code = writer.encode(list);
    expect([...code]).toHaveLength(5);
    expect(writer.decode(code)).toBe(list);
    // Another connection's dictionary reads the terms it has not seen when it first meets them.
    const reader = new TermIds(new Statements(db));
    expect(reader.decode(code)).toBe(list);
    const has = (t: string) => db.prepare('SELECT instr(?, ?) > 0').pluck().get(code, reader.codeOfTerm(t) ?? '\u0000') === 1;
    expect(has('kirbi')).toBe(true);
    expect(has('hold')).toBe(true);
    expect(reader.codeOfTerm('moscow')).toBeUndefined();
    // Ids past the single code points (escaped) and past the surrogate gap decode too.
    db.prepare("INSERT INTO term_ids (id, term) VALUES (55296, 'gap'), (1112063, 'far'), (5000000000, 'farther')").run();
    const far = `${code}${codeOf(1112063)}${codeOf(55296)}${codeOf(5000000000)}${codeOf(1)}`;
    expect(reader.decode(far)).toBe(`${list} far gap farther aleppo`);
    db.close();
  });

  it('stores an inner list (the quote in its sentence, the sentence in its neighbourhood) once, and gives every list back whole', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE term_ids (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE)');
    const ids = new TermIds(new Statements(db));
    ids.sync();
    const terms = 'ceasefir must hold';
    const context = 'kirbi said ceasefir must hold aleppo';
    const near = 'russia warn kirbi said ceasefir must hold aleppo moscow talk';
    const c = ids.encode(context, terms);
    const n = ids.encode(near, c ? context : '');
    expect([...c]).toHaveLength(4);
    expect([...n]).toHaveLength(5);
    expect(ids.decode(c, terms)).toBe(context);
    expect(ids.decode(n, ids.decode(c, terms))).toBe(near);
    // Not a run of the outer list (order differs, or a word between): stored whole.
    expect(ids.decode(ids.encode('hold must ceasefir', terms), terms)).toBe('hold must ceasefir');
    expect([...ids.encode('ceasefir must not hold', terms)]).toHaveLength(4);
    // A term of any field is found in the three stored lists taken together.
    const all = `${c}${n}`;
    expect(db.prepare('SELECT instr(?, ?) > 0').pluck().get(all, ids.codeOfTerm('moscow'))).toBe(1);
    expect(db.prepare('SELECT instr(?, ?) > 0').pluck().get(all, ids.codeOfTerm('aleppo'))).toBe(1);
    db.close();
  });

  it('forgets ids of a write that rolled back', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE term_ids (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE)');
    const st = new Statements(db);
    const ids = new TermIds(st);
    ids.sync();
    const kept = ids.encode('tram');
    expect(() =>
      db.transaction(() => {
        ids.encode('rolled back');
        throw new Error('boom');
      })(),
    ).toThrow('boom');
    // Another writer takes the rolled-back ids for other terms.
    db.prepare("INSERT INTO term_ids (term) VALUES ('budget'), ('levy')").run();
    ids.reset();
    ids.sync();
    expect(ids.decode(kept + codeOf(2) + codeOf(3))).toBe('tram budget levy');
    expect(ids.decode(ids.encode('rolled'))).toBe('rolled');
    db.close();
  });

  it('counts a list\'s terms and the looked-up ones on the ids, as BM25 over the words counts them', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE term_ids (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE)');
    const ids = new TermIds(new Statements(db));
    ids.sync();
    const list = 'ceasefir aleppo hold ceasefir kirbi';
    const code = ids.encode(list);
    // An escaped id (past the single code points) and an id past the surrogate gap count as one term each.
    db.prepare("INSERT INTO term_ids (id, term) VALUES (55296, 'gap'), (5000000000, 'farther')").run();
    const far = `${code}${codeOf(5000000000)}${codeOf(55296)}`;
    const words = `${list} farther gap`;
    const wanted = ids.idsOfTerms(['ceasefir', 'farther', 'gap', 'moscow']);
    expect([...wanted.values()]).toEqual(['ceasefir', 'farther', 'gap']);
    const own = countIds(far, wanted);
    expect(own.length).toBe(7);
    expect(own.counts).toEqual(new Map([['ceasefir', 2], ['farther', 1], ['gap', 1]]));
    const idfs = new Map([['ceasefir', 1.5], ['farther', 2.25], ['gap', 0.5], ['moscow', 3]]);
    expect(bm25(own, idfs, 6)).toBe(bm25(words, idfs, 6));
    expect(countIds('', wanted)).toEqual({ length: 0, counts: new Map() });
    db.close();
  });

  it('tests a row for any of the codes in one GLOB class, the rows an instr per code finds, GLOB\'s own characters too', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE quotes (terms TEXT, context_terms TEXT, near_terms TEXT)');
    // Ids 93, 94 and 45 are "]", "^" and "-", which a class reads specially; 91 "[", 42 "*" and 63 "?" are GLOB's too.
    const close = codeOf(93);
    const caret = codeOf(94);
    const dash = codeOf(45);
    const open = codeOf(91);
    const star = codeOf(42);
    const ask = codeOf(63);
    const far = codeOf(5000000000);
    const rows: [string, string, string | null][] = [
      [codeOf(7), codeOf(8), codeOf(9)],
      [codeOf(7), close, codeOf(9)],
      [caret, codeOf(8), codeOf(9)],
      [codeOf(7), codeOf(8), dash],
      [open + star, ask, ''],
      [codeOf(7), codeOf(8), far],
      // No neighbourhood list: the joined lists are NULL and hold nothing (as with instr on them).
      [codeOf(300), codeOf(8), null],
      [`${codeOf(1)}${codeOf(2)}`, codeOf(3), codeOf(300)],
    ];
    const insert = db.prepare('INSERT INTO quotes VALUES (?, ?, ?)');
    for (const r of rows) insert.run(...r);
    const byInstr = (codes: string[]) =>
      db.prepare(`SELECT rowid FROM quotes q WHERE ${codes.map(() => 'instr(q.terms || q.context_terms || q.near_terms, ?) > 0').join(' OR ')}`).pluck().all(...codes);
    const byClass = (codes: string[]) => {
      const h = holdsAnyCode(codes);
      return db.prepare(`SELECT rowid FROM quotes q WHERE 1 ${h.sql}`).pluck().all(...h.args);
    };
    const cases = [[codeOf(300)], [close], [caret], [dash], [caret, dash], [close, dash], [close, caret, dash, codeOf(9)], [open], [star, ask], [far], [far, codeOf(2)], [codeOf(8), codeOf(8)]];
    for (const codes of cases) expect(byClass(codes), JSON.stringify(codes)).toEqual(byInstr(codes));
    expect(byClass([caret])).toEqual([3]);
    expect(byClass([dash, caret])).toEqual([3, 4]);
    expect(byClass([codeOf(300)])).toEqual([8]);
    expect(byClass([])).toEqual([]);
    // One class for the one-point codes; an escaped code (two points past the escape) keeps its instr.
    expect(holdsAnyCode([codeOf(8), close, far]).args).toEqual([`*[${close}${codeOf(8)}]*`, far]);
    db.close();
  });
});

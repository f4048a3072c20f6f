#!/usr/bin/env node
// Census (session 38, h-attr96): person speakers with no role on any quote although the article states one beside a
// mention of the full name, by construction (h-qa91's role misses with no role stored, docs/DESIGN.md session 37).
// Each speaker (article + name) is counted once per construction it shows at some mention; "first" counts it once,
// under the first construction of the list below that it shows. PolNeAR dev is counted, never shown.
// usage: node scripts/role-beside-name-census.mjs RUN.jsonl [--examples N]   (needs `npm run build`: reads dist lexicon)
import { readFileSync } from 'node:fs';
import { ROLE_NOUNS, ORG_WORDS, isRole, COURTESY, PEERAGE, OFFICE_TITLES, HONORIFICS, RANKS } from '../dist/core/extraction/lexicon/index.js';

const [run, ...rest] = process.argv.slice(2);
const exIdx = rest.indexOf('--examples');
const examples = exIdx >= 0 ? Number(rest[exIdx + 1]) : 0;
if (!run) { console.error('usage: role-beside-name-census.mjs RUN.jsonl [--examples N]'); process.exit(2); }

const CAP = "\\p{Lu}[\\p{L}\\p{N}.&'’-]*";
const LOW = "\\p{Ll}[\\p{Ll}-]*";
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isOffice = (w) => ROLE_NOUNS.has(w.toLowerCase()) || isRole(w.toLowerCase());
const isBody = (run) => run.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase().replace(/[.,]$/, ''))) || /^\p{Lu}{3,6}$/u.test(run.trim());

/** Constructions, in order: [name, test(before, after) -> string | null]. `before` ends at the name, `after` starts after it. */
const CONSTRUCTIONS = [
  // "Professor Joni Lovenduski", "Ambassador Chris Stevens": a title the cast keeps but `ref` does not show as a role.
  ['title word before the name (not an OFFICE_TITLES office, not courtesy/peerage)', (b) => {
    const m = b.match(new RegExp(`(?:^|[^\\p{L}])(${CAP})\\s+$`, 'u'));
    if (!m) return null;
    const lw = m[1].toLowerCase().replace(/\.$/, '');
    if (!HONORIFICS.has(lw) && !HONORIFICS.has(`${lw}.`) && !RANKS.has(lw)) return null;
    if (COURTESY.has(lw) || PEERAGE.has(lw) || OFFICE_TITLES.has(lw)) return null;
    return lw;
  }],
  // "China's ambassador to Britain NAME", "Zambia's technical director, NAME"
  ['possessive body + lower-case office (+ to/of/for Place) before the name', (b) => {
    const m = b.match(new RegExp(`(${CAP}(?:\\s+${CAP}){0,3})['’]s\\s+((?:${LOW}\\s+){0,4}${LOW})((?:\\s+(?:to|of|for|in|at)\\s+(?:the\\s+)?${CAP}(?:\\s+${CAP}){0,2})?),?\\s+$`, 'u'));
    if (!m || !isOffice(m[2].split(/\s+/).at(-1))) return null;
    return `${m[1]}'s ${m[2]}${m[3]}`;
  }],
  // "The Fabian Society's NAME"
  ['possessive body right before the name', (b) => {
    const m = b.match(new RegExp(`(${CAP}(?:\\s+${CAP}){0,3})['’]s\\s+$`, 'u'));
    if (!m || !isBody(m[1])) return null;
    return `${m[1]}'s`;
  }],
  // "his lawyer, NAME", "her spokesman NAME"
  ['his/her/their + office before the name', (b) => {
    const m = b.match(new RegExp(`\\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+((?:${LOW}\\s+){0,2}${LOW}),?\\s+$`, 'u'));
    if (!m || !isOffice(m[2].split(/\s+/).at(-1))) return null;
    return `${m[1]} ${m[2]}`;
  }],
  // "NAME, Time's Assistant Managing Editor,"
  ["NAME, BODY's office", (_b, a) => {
    const m = a.match(new RegExp(`^,\\s+(?:the\\s+)?(${CAP}(?:\\s+${CAP}){0,3})['’]s\\s+((?:[\\p{L}-]+\\s+){0,4}[\\p{L}-]+)\\s*[,.;]`, 'u'));
    if (!m || !isOffice(m[2].split(/\s+/).at(-1))) return null;
    return `${m[1]}'s ${m[2]}`;
  }],
  // "NAME, UK managing director of filtering firm Ciphertrust,"
  ['NAME, Capitalised + office of/at BODY', (_b, a) => {
    const m = a.match(new RegExp(`^,\\s+((?:${CAP}\\s+)+)((?:${LOW}\\s+){0,3}${LOW})\\s+(?:of|at|for)\\s+`, 'u'));
    if (!m || !isOffice(m[2].split(/\s+/).at(-1))) return null;
    return `${m[1]}${m[2]} of/at ...`;
  }],
  // "Carl Emmerson, from the Institute for Fiscal Studies,"; a town ("from London") is counted apart.
  ['NAME, from the BODY (organisation word or acronym)', (_b, a) => {
    const m = a.match(new RegExp(`^,?\\s+from\\s+(?:the\\s+)?(${CAP}(?:\\s+(?:of|for|and|&|${CAP}))*)`, 'u'));
    if (!m || !isBody(m[1])) return null;
    return `from ${m[1]}`;
  }],
  ['NAME, from PLACE (no body word: not to be read)', (_b, a) => {
    const m = a.match(new RegExp(`^,?\\s+from\\s+(?:the\\s+)?(${CAP}(?:\\s+(?:of|for|and|&|${CAP}))*)`, 'u'));
    if (!m || isBody(m[1])) return null;
    return `from ${m[1]}`;
  }],
];

const per = new Map(CONSTRUCTIONS.map(([n]) => [n, { speakers: 0, quotes: 0, first: 0, firstQuotes: 0, ex: [], words: new Map() }]));
let speakers = 0;
for (const line of readFileSync(run, 'utf8').split('\n')) {
  if (!line.startsWith('{')) continue;
  const d = JSON.parse(line);
  let text;
  try { text = readFileSync(d.file, 'utf8'); } catch { continue; }
  const bySpeaker = new Map();
  for (const q of d.quotes) {
    if (!q.speaker || q.speaker_is_organisation || q.anonymous) continue;
    const s = bySpeaker.get(q.speaker) ?? { n: 0, role: false };
    s.n++;
    if (q.role) s.role = true;
    bySpeaker.set(q.speaker, s);
  }
  for (const [name, s] of bySpeaker) {
    if (s.role || name.split(' ').length < 2) continue;
    speakers++;
    const hidden = d.file.includes('/polnear/data/dev/');
    let firstDone = false;
    for (const [cname, test] of CONSTRUCTIONS) {
      let hit = null;
      for (let at = text.indexOf(name); at >= 0 && !hit; at = text.indexOf(name, at + 1)) {
        hit = test(text.slice(Math.max(0, at - 100), at), text.slice(at + name.length, at + name.length + 100));
      }
      if (!hit) continue;
      const c = per.get(cname);
      c.speakers++; c.quotes += s.n;
      const w = cname.startsWith('title') ? hit : '';
      if (w) c.words.set(w, (c.words.get(w) ?? 0) + 1);
      if (!firstDone) { c.first++; c.firstQuotes += s.n; firstDone = true; }
      if (c.ex.length < examples && !hidden) c.ex.push(`${d.file.replace('/work/shared/corpus/', '')}: ${name} | ${hit}`);
    }
  }
}
console.log(`${speakers} person speakers (article + full name of two words or more) with no role on any quote`);
console.log('| construction | speakers | their quotes | first-class speakers | first-class quotes |');
console.log('|---|---|---|---|---|');
for (const [n, c] of per) console.log(`| ${n} | ${c.speakers} | ${c.quotes} | ${c.first} | ${c.firstQuotes} |`);
for (const [n, c] of per) {
  if (!c.ex.length && !c.words.size) continue;
  console.log(`\n${n}`);
  if (c.words.size) console.log(`  words: ${[...c.words].sort((a, b) => b[1] - a[1]).map(([w, k]) => `${w} ${k}`).join(', ')}`);
  for (const e of c.ex) console.log(`  ${e}`);
}

#!/usr/bin/env node
// Census (session 39, h-attr102): person speakers whose full name the article writes right after "his/her/its/their +
// office" with no comma ("His spokesman Dale Hume said", "her chief of staff Ann Vell"), and the role their quotes
// show. Each speaker (article + name) is counted once; "kin" when a word of the phrase is a relation (wife, son ...).
// PolNeAR dev is counted, never shown.
// usage: node scripts/owned-office-no-comma-census.mjs RUN.jsonl [--examples N]   (needs `npm run build`: dist lexicon)
import { readFileSync } from 'node:fs';
import { isRole, ROLE_NOUNS, RELATIONS } from '../dist/core/extraction/lexicon/index.js';

const [run, ...rest] = process.argv.slice(2);
const exIdx = rest.indexOf('--examples');
const examples = exIdx >= 0 ? Number(rest[exIdx + 1]) : 0;
if (!run) { console.error('usage: owned-office-no-comma-census.mjs RUN.jsonl [--examples N]'); process.exit(2); }
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LOW = "\\p{Ll}[\\p{Ll}-]*";
const PHRASE = new RegExp(`\\b([Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\s+((?:${LOW}\\s+){0,3}${LOW})\\s+$`, 'u');
const isOffice = (w) => ROLE_NOUNS.has(w) || isRole(w);

const rows = { office: [], kin: [] };
let dev = { speakers: 0, quotes: 0 };
for (const line of readFileSync(run, 'utf8').split('\n')) {
  if (!line.startsWith('{')) continue;
  const a = JSON.parse(line);
  let text;
  try { text = readFileSync(a.file, 'utf8'); } catch { continue; }
  const bySpeaker = new Map();
  for (const q of a.quotes ?? []) {
    if (q.speaker_is_organisation || q.anonymous || !q.speaker || !q.speaker.includes(' ')) continue;
    const s = bySpeaker.get(q.speaker) ?? { n: 0, roles: new Set() };
    s.n++; s.roles.add(q.role);
    bySpeaker.set(q.speaker, s);
  }
  for (const [name, s] of bySpeaker) {
    const re = new RegExp(`${esc(name)}\\b`, 'g');
    let m;
    while ((m = re.exec(text))) {
      const before = text.slice(Math.max(0, m.index - 80), m.index);
      const b = before.match(PHRASE);
      if (!b) continue;
      const words = b[2].split(/\s+/);
      if (!isOffice(words.at(-1)) && !RELATIONS.has(words.at(-1))) continue;
      const kin = words.some((w) => RELATIONS.has(w));
      if (a.file.includes('/polnear/data/dev/')) { dev.speakers++; dev.quotes += s.n; break; }
      rows[kin ? 'kin' : 'office'].push({ file: a.file.split('/corpus/').pop(), name, n: s.n, phrase: `${b[1]} ${b[2]}`, roles: [...s.roles] });
      break;
    }
  }
}
for (const k of ['office', 'kin']) {
  const r = rows[k];
  console.log(`${k}: ${r.length} speakers / ${r.reduce((t, x) => t + x.n, 0)} quotes`);
  for (const x of r.slice(0, examples || r.length)) console.log(`  ${x.file} | ${x.phrase} ${x.name} | quotes ${x.n} | roles ${JSON.stringify(x.roles)}`);
}
console.log(`PolNeAR dev (counted, not shown): ${dev.speakers} speakers / ${dev.quotes} quotes`);

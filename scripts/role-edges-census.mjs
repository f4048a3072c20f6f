// Census of stored roles written right before the speaker's name, by what precedes the role in the text (session 37,
// h-attr93): a thousands separator, a title's contraction ("That's"), a possessive, a capitalised word; roles holding a verb.
// usage: node scripts/role-edges-census.mjs RUN.jsonl [--examples N]   (PolNeAR dev counted, never shown)
import fs from 'node:fs';
const [run, ...rest] = process.argv.slice(2);
const N = rest.includes('--examples') ? +rest[rest.indexOf('--examples') + 1] : 5;
const classes = new Map();
const add = (c, ex) => { const e = classes.get(c) ?? { n: 0, quotes: 0, ex: [] }; e.n++; if (e.ex.length < N && !/polnear.*dev/i.test(ex.file)) e.ex.push(ex); classes.set(c, e); };
const seen = new Set();
for (const line of fs.readFileSync(run, 'utf8').split('\n')) {
  if (!line.startsWith('{')) continue;
  const a = JSON.parse(line);
  let text; try { text = fs.readFileSync(a.file, 'utf8'); } catch { continue; }
  const dev = /polnear.*dev/i.test(a.file);
  for (const q of a.quotes) {
    if (!q.role || !q.speaker) continue;
    const k = `${a.file}|${q.speaker}|${q.role}`;
    if (seen.has(k)) continue; seen.add(k);
    const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(.{0,30})${esc(q.role)}\\s+${esc(q.speaker.split(' ')[0])}`, 'gs');
    const m = re.exec(text);
    if (!m) continue;
    const pre = m[1];
    const ex = { file: a.file, role: q.role, speaker: q.speaker, pre: dev ? '' : pre.slice(-30) };
    if (/\d,$/.test(pre)) add('number cut at thousands separator', ex);
    else if (/\p{L}['’]s\s$/u.test(pre) && /\b(?:That|It|What|Who|There|Here|Let|He|She|Where)['’]s\s$/.test(pre)) add("contraction 's before role (title)", ex);
    else if (/\p{L}['’]s\s$/u.test(pre)) add("possessive 's before role", ex);
    else if (/\p{Lu}[\p{L}.-]*\s$/u.test(pre)) add('capitalised word right before role', ex);
    else if (/[-–]$/.test(pre)) add('hyphen/dash before role', ex);
    if (/^\p{Lu}\p{Ll}+ \p{Ll}+ed\b/u.test(q.role)) add('Name + -ed word inside role', ex);
    if (/\b\p{Ll}+(?:ed|s)\b \p{Ll}/u.test(q.role) && /^\p{Lu}/u.test(q.role)) add('capitalised + lower -ed/-s word + more', ex);
    if (/^\d/.test(q.role)) add('role starts with digit', ex);
  }
}
for (const [c, e] of [...classes].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`${e.n}\t${c}`);
  for (const x of e.ex) console.log(`\t${x.file.replace('/work/shared/corpus/', '')}\t[${x.pre}] | ${x.role} | ${x.speaker}`);
}

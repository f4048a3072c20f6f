#!/usr/bin/env node
// Census (session 36, h-attr90): quotes whose person speaker has no role although a mention of the speaker's full
// name in the article has describing words right before it ("said NASA planetary geologist Rosaly Lopes") or an
// appositive right after it ("Rosaly Lopes, a planetary geologist,"). Counts by construction over an
// `extract --json` run (corpus-run.sh output); --examples N prints N examples per class.
// usage: node scripts/role-gaps-census.mjs RUN.jsonl [--examples N]
import { readFileSync } from 'node:fs';

const [run, ...rest] = process.argv.slice(2);
const exIdx = rest.indexOf('--examples');
const examples = exIdx >= 0 ? Number(rest[exIdx + 1]) : 0;
if (!run) { console.error('usage: role-gaps-census.mjs RUN.jsonl [--examples N]'); process.exit(2); }

const FUNCTION = new Set(('a an the this that these those his her its their our my your and or but nor of for to in on at by with from as ' +
  'into onto about after before over under than then also not no so if when while who whom which what where why how is are was were be been ' +
  'being has have had do does did will would can could may might must shall should there here he she it they we you i me him them us ' +
  'according told asked says said say saying added adds added explained noted insisted warned claimed argued admitted replied ' +
  'wrote writes stated declared continued suggested agreed believes believed thinks thought quipped joked mused recalled ' +
  'tweeted announced reported acknowledged conceded complained lamented observed remarked commented responded countered').split(/\s+/));
const SPEECH = /^(?:said|says|say|added|adds|explained|noted|insisted|warned|claimed|argued|admitted|replied|wrote|writes|stated|declared|continued|suggested|agreed|quipped|joked|mused|recalled|tweeted|announced|acknowledged|conceded|complained|lamented|observed|remarked|commented|responded|countered|told|asked|according to|cautioned|predicted|urged|concluded)$/i;

const classes = new Map();
// PolNeAR dev is counted, never shown (figures only: docs/EXTRACTION.md, data rules).
const note = (cls, ex) => { const c = classes.get(cls) ?? { n: 0, ex: [] }; c.n++; if (c.ex.length < examples && !ex.includes('/polnear/data/dev/')) c.ex.push(ex); classes.set(cls, c); };
let quotes = 0, noRole = 0;
for (const line of readFileSync(run, 'utf8').split('\n')) {
  if (!line.startsWith('{')) continue;
  const d = JSON.parse(line);
  let text;
  try { text = readFileSync(d.file, 'utf8'); } catch { continue; }
  const seen = new Set();
  for (const q of d.quotes) {
    quotes++;
    if (!q.speaker || q.speaker_is_organisation || q.anonymous || q.role) continue;
    noRole++;
    const name = q.speaker;
    if (name.split(' ').length < 2) { note('single-word name (not looked at)', `${d.file}: ${name}`); continue; }
    // One class per quote: the first construction found over the name's mentions, pre-modifier before appositive.
    let found = null;
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (let at = text.indexOf(name); at >= 0 && !found; at = text.indexOf(name, at + 1)) {
      const head = text.slice(Math.max(0, at - 80), at);
      const tail = text.slice(at + name.length, at + name.length + 80);
      // The words right before the name, back to punctuation, a function word or a speech verb.
      const m = head.match(/(?:^|[,.;:!?"“”()\n—–])([^,.;:!?"“”()\n—–]*)$/u);
      const run = (m ? m[1] : head).trim().split(/\s+/).filter(Boolean);
      const desc = [];
      for (let k = run.length - 1; k >= 0 && desc.length < 5; k--) {
        const w = run[k];
        if (FUNCTION.has(w.toLowerCase()) || SPEECH.test(w)) break;
        desc.unshift(w);
      }
      const opener = run[run.length - 1 - desc.length];
      const last = desc[desc.length - 1];
      const verbAfter = /^\s+(?:has |had |also |later |then )?(?:said|says|told|added|explained|insisted|warned|argued|admitted|wrote|writes|believes|thinks|agreed|stated|tweeted|noted|claimed)\b/.test(tail);
      const atStart = desc.length === run.length && (!m || /[.!?"“”\n]$/.test(head.slice(0, head.length - (m[1] ?? '').length)) || m.index === 0);
      if (desc.length && last && /^\p{Ll}[\p{Ll}-]*$/u.test(last) && !/ly$/.test(last)) {
        const where = opener && SPEECH.test(opener) ? 'after an inverted speech verb' : atStart && verbAfter ? 'sentence start, speech verb after the name' : verbAfter ? `after "${(opener ?? '').toLowerCase()}", speech verb after the name` : null;
        if (where) {
          const shape = desc.some((w) => /['’]s$/.test(w)) ? 'possessive + words' : desc.every((w) => /^\p{Ll}/u.test(w)) ? 'lower-case words' : 'capitalised + lower-case words';
          found = [`before the name, ${where}: ${shape}`, `${d.file}: ${desc.join(' ')} | ${name}`];
          break;
        }
      }
      const app = tail.match(/^,\s+(?:a|an|the)\s+([^,.;:"“”]+)[,.]/u);
      if (app) found = ['appositive after the name', `${d.file}: ${name} | ${app[1]}`];
    }
    if (!found) continue;
    const key = `${d.file}\t${q.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    note(found[0], found[1]);
  }
}
console.log(`${quotes} quotes, ${noRole} with a person speaker and no role`);
for (const [cls, c] of [...classes].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`${String(c.n).padStart(6)}  ${cls}`);
  for (const e of c.ex) console.log(`          ${e}`);
}

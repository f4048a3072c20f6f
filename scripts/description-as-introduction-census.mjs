#!/usr/bin/env node
// Census (session 39, h-attr102): quotes left to an unnamed definite description ("said the Democratic nominee") whose
// article wrote, before the quote, "as the/its/his/her DESCRIPTION" ("Hillary Clinton delivered her acceptance speech
// as the Democratic nominee"): the reading that would bind the description to the sentence's subject. Each article and
// description is shown once, with the sentence up to "as the ...". PolNeAR dev is counted, never shown.
// usage: node scripts/description-as-introduction-census.mjs RUN.jsonl
import { readFileSync } from 'node:fs';

const [run] = process.argv.slice(2);
if (!run) { console.error('usage: description-as-introduction-census.mjs RUN.jsonl'); process.exit(2); }
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let unbound = 0;
let devHits = 0;
const shown = new Set();
for (const line of readFileSync(run, 'utf8').split('\n')) {
  if (!line.startsWith('{')) continue;
  const a = JSON.parse(line);
  let text;
  try { text = readFileSync(a.file, 'utf8'); } catch { continue; }
  const dev = a.file.includes('/polnear/data/dev/');
  for (const q of a.quotes ?? []) {
    const s = q.speaker ?? '';
    if (!q.anonymous || !/^the\s+\S/i.test(s)) continue;
    unbound++;
    const re = new RegExp(`\\bas (?:the|its|their|his|her) ${esc(s.slice(4))}\\b`, 'gi');
    for (const m of text.matchAll(re)) {
      if (m.index > q.start) break;
      if (dev) { devHits++; break; }
      const key = `${a.file}\t${s}`;
      if (shown.has(key)) break;
      shown.add(key);
      const from = Math.max(text.lastIndexOf('. ', m.index), text.lastIndexOf('\n', m.index)) + 1;
      console.log(`${a.file.split('/corpus/').pop()} | ${s} | ${text.slice(from, m.index + m[0].length).trim().slice(-160)}`);
      break;
    }
  }
}
console.log(`unbound definite descriptions: ${unbound} quotes; with "as the DESCRIPTION" before: ${shown.size} shown; PolNeAR dev (counted, not shown): ${devHits}`);

#!/usr/bin/env node
// Census (session 38, h-attr99): an office word, "to"/"for"/"of", capitalised words, then two capitalised words, with
// no comma ("ambassador to Britain Liu Xiaming", "envoy to Ukraine Kurt Volker"): where a place may be glued to its
// holder's name. A wide net by shape (bodies "economist for Wells Fargo Bank" match too): read the list.
// usage: node scripts/office-place-holder-census.mjs FILE_LIST   (one corpus file a line)
import fs from 'node:fs';

const list = process.argv[2];
if (!list) { console.error('usage: office-place-holder-census.mjs FILE_LIST'); process.exit(2); }
const files = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean);
const OFFICE_TO_HOLDER = /\b([a-z]+(?:man|woman|or|er|ist|ent|ant|ary|ster|oy|ive|ief|ee|ate|ic|ain|ess))\s+(of|for|to)\s+((?:[A-Z][\w'.-]*\s+){1,2})([A-Z][a-z]+\s+[A-Z][a-z]+)\b(?!\s+[A-Z])/g;
const byPreposition = {};
let n = 0;
for (const f of files) {
  const t = fs.readFileSync(f, 'utf8');
  for (const m of t.matchAll(OFFICE_TO_HOLDER)) {
    n++;
    byPreposition[m[2]] = (byPreposition[m[2]] ?? 0) + 1;
    console.log(`${m[0].replace(/\s+/g, ' ')}\t${f}`);
  }
}
console.log(`matches ${n}`, JSON.stringify(byPreposition));

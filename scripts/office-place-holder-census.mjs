#!/usr/bin/env node
// Census (session 38, h-attr99): an office word, "to"/"for"/"of", capitalised words, then two capitalised words, with
// no comma ("ambassador to Britain Liu Xiaming", "envoy to Ukraine Kurt Volker"): where a place may be glued to its
// holder's name. A wide net by shape (bodies "economist for Wells Fargo Bank" match too): read the list.
// Session 39 (h-attr100): also "to the Ukraine NAME" ("the" before the place, matched apart) and a count of places of
// two words ("to South Korea NAME"), h-attr99's two cases left.
// usage: node scripts/office-place-holder-census.mjs FILE_LIST   (one corpus file a line)
import fs from 'node:fs';

const list = process.argv[2];
if (!list) { console.error('usage: office-place-holder-census.mjs FILE_LIST'); process.exit(2); }
const files = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean);
const OFFICE_TO_HOLDER = /\b([a-z]+(?:man|woman|or|er|ist|ent|ant|ary|ster|oy|ive|ief|ee|ate|ic|ain|ess))\s+(of|for|to)\s+((?:[A-Z][\w'.-]*\s+){1,2})([A-Z][a-z]+\s+[A-Z][a-z]+)\b(?!\s+[A-Z])/g;
const OFFICE_THE_PLACE_HOLDER = /\b([a-z]+(?:man|woman|or|er|ist|ent|ant|ary|ster|oy|ive|ief|ee|ate|ic|ain|ess))\s+(of|for|to)\s+the\s+((?:[A-Z][\w'.-]*\s+){1,2})([A-Z][a-z]+\s+[A-Z][a-z]+)\b(?!\s+[A-Z])/g;
const byPreposition = {};
let n = 0, twoWordPlace = 0, withThe = 0;
for (const f of files) {
  const t = fs.readFileSync(f, 'utf8');
  // PolNeAR dev is counted, never shown (figures only).
  const show = f.includes('/polnear/data/dev/') ? () => {} : console.log;
  for (const m of t.matchAll(OFFICE_TO_HOLDER)) {
    n++;
    byPreposition[m[2]] = (byPreposition[m[2]] ?? 0) + 1;
    if (m[3].trim().split(/\s+/).length === 2) twoWordPlace++;
    show(`${m[0].replace(/\s+/g, ' ')}\t${f}`);
  }
  for (const m of t.matchAll(OFFICE_THE_PLACE_HOLDER)) {
    withThe++;
    show(`THE\t${m[0].replace(/\s+/g, ' ')}\t${f}`);
  }
}
console.log(`matches ${n} (two capitalised words before the holder: ${twoWordPlace}); with "the" before them: ${withThe}`, JSON.stringify(byPreposition));

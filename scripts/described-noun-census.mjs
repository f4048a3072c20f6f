// Census (session 38, h-attr97): a bare description "the (...) NOUN" (a noun of DESCRIBED_PERSON_NOUNS) as a speech verb's
// subject, in articles that introduced people with NOUN right before a full name; prints counts by noun, class
// (none-introduced / one / rival) and what the run's nearest quote names (unnamed, that-person, other). A regex census:
// read its rows, it also catches objects ("X said the host was"). PolNeAR dev is skipped (figures only).
// usage: node scripts/described-noun-census.mjs RUN.jsonl OUT.tsv
import fs from 'node:fs';
const NOUNS = `host co-host anchor co-anchor champion legend supremo forward lock prop centre hooker flanker keeper seed ally constituent rookie native physio titan magnate tycoon mogul impresario councilmember incumbent agent student resident retiree pensioner graduate chef pilot architect astronaut neighbour neighbor victim survivor sufferer presenter`.split(/\s+/);
const corpus = process.argv[2];
const VERB = '(?:said|says|added|adds|told|explained|insisted|admitted|claimed|claims|continued|stated|warned|recalled|noted|argued|says|replied|asked|wrote|conceded|believes|revealed|joked|explains|insists|admits|went on|commented|remarked)';
const nounAlt = NOUNS.join('|');
const descBefore = new RegExp(`\\b([Tt]he(?:\\s+[\\w'’.,-]+){0,4}?\\s+(${nounAlt}))\\s+(?:has\\s+|had\\s+|also\\s+|then\\s+|later\\s+)?${VERB}\\b`, 'g');
const descAfter = new RegExp(`\\b${VERB}\\s+(the(?:\\s+[\\w'’-]+){0,4}?\\s+(${nounAlt}))\\b(?!\\s+[A-Z])`, 'g');
const intro = new RegExp(`\\b(${nounAlt})\\s+((?:[A-Z][\\p{L}'’.-]+)(?:\\s+(?:de|van|von|da|di|le|la|[A-Z][\\p{L}'’.-]+)){1,3})`, 'gu');
const rows = [];
const stats = {};
for (const line of fs.readFileSync(corpus, 'utf8').split('\n')) {
  if (!line || line.includes("/polnear/data/dev/")) continue;
  const a = JSON.parse(line);
  let text; try { text = fs.readFileSync(a.file, 'utf8'); } catch { continue; }
  const introduced = new Map();
  for (const m of text.matchAll(intro)) {
    const noun = m[1].toLowerCase(); const name = m[2].replace(/['’]s$/, '');
    if (/^(The|A|An|In|On|At|He|She|It|And|But)\b/.test(name)) continue;
    if (!introduced.has(noun)) introduced.set(noun, new Map());
    if (!introduced.get(noun).has(name)) introduced.get(noun).set(name, m.index);
  }
  const found = [];
  for (const m of text.matchAll(descBefore)) found.push({ desc: m[1], noun: m[2].toLowerCase(), pos: m.index });
  for (const m of text.matchAll(descAfter)) found.push({ desc: m[1], noun: m[2].toLowerCase(), pos: m.index + m[0].indexOf(m[1]) });
  for (const f of found) {
    const ppl = [...(introduced.get(f.noun) ?? new Map()).entries()].filter(([, at]) => at < f.pos).map(([n]) => n);
    // nearest quote around the description
    let best, bd = Infinity;
    for (const q of a.quotes) { const d = Math.min(Math.abs(q.end - f.pos), Math.abs(q.start - f.pos)); if (d < bd) { bd = d; best = q; } }
    const sp = best && bd < 400 ? best.speaker : '(no quote)';
    let cls = ppl.length === 0 ? 'none-introduced' : ppl.length === 1 ? 'one' : 'rival';
    let ours = 'nq';
    if (best && bd < 400) {
      if (ppl.length === 1) ours = sp === ppl[0] || ppl[0].endsWith(sp) || sp.endsWith(ppl[0].split(' ').at(-1)) ? 'that-person' : /^(the|a|an)\s/i.test(sp ?? '') ? 'unnamed' : 'other';
      else ours = /^(the|a|an)\s/i.test(sp ?? '') ? 'unnamed' : ppl.some((p) => p === sp) ? 'one-of' : 'other';
    }
    const k = `${f.noun}\t${cls}\t${ours}`; stats[k] = (stats[k] ?? 0) + 1;
    rows.push([a.file.replace('/work/shared/corpus/', ''), f.noun, cls, ours, JSON.stringify(f.desc), ppl.join(' / '), sp, best?.confidence].join('\t'));
  }
}
fs.writeFileSync(process.argv[3], rows.join('\n') + '\n');
for (const [k, v] of Object.entries(stats).sort()) console.log(v + '\t' + k);

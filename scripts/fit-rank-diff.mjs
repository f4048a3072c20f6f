/**
 * What one setting moves, question by question, between two `scripts/fit-rank.ts --verbose` runs over the same
 * questions (session 42, h-qa107). A developer tool: it reads two output files, nothing else.
 *
 *   npx tsx scripts/fit-rank.ts --data DIR --gold ... --verbose > base.txt
 *   npx tsx scripts/fit-rank.ts --data DIR --gold ... --set expansion.synonym=0 --verbose > off.txt
 *   node scripts/fit-rank-diff.mjs base.txt off.txt
 *
 * Issue 14 asks each expansion's effect on both the answer rate and the wrong-speaker rate: `fit-rank.ts` prints the
 * rates rounded, this counts them. Each miss line of `--verbose` is put in one class: `refused` (nothing shown),
 * `other-words` (the wanted speaker's other quote first, by surname), `WRONG` (somebody else first), `NONE-ANSWERED`
 * (a "none" question answered). Prints both runs' counts, then every question gained, lost or moved between classes
 * or first answers. The surname test is the scorer's in spirit only (a first answer under another record of the same
 * surname counts as the same speaker); read the moved lines.
 */
import fs from 'node:fs';

const MISS = /^ {2}([AB]) (@3| {2}) (\S+)\s+\[([^\]]+)\] (.*?) {2}-> (.*?) {2}\[([^\]]*)\]$/;
const surname = (name) => (name ?? '').trim().split(/\s+/).at(-1)?.toLowerCase();

function misses(file) {
  const out = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = MISS.exec(line);
    if (!m) continue;
    const [, , , style, set, question, shown, want] = m;
    const none = want === 'undefined: undefined';
    const refused = shown === '(none)';
    const kind = none ? 'NONE-ANSWERED' : refused ? 'refused' : surname(shown.split(':')[0]) === surname(want.split(':')[0]) ? 'other-words' : 'WRONG';
    out.set(`${set} ${question}`, { style, kind, shown: shown.slice(0, 70), want });
  }
  return out;
}

function counts(m) {
  const t = { misses: m.size };
  for (const v of m.values()) t[v.kind] = (t[v.kind] ?? 0) + 1;
  return JSON.stringify(t);
}

const [baseFile, otherFile] = process.argv.slice(2);
if (!baseFile || !otherFile) {
  console.error('usage: node scripts/fit-rank-diff.mjs BASE.txt OTHER.txt   (two fit-rank.ts --verbose outputs)');
  process.exit(2);
}
const base = misses(baseFile);
const other = misses(otherFile);
console.log(`base  ${counts(base)}\nother ${counts(other)}`);
for (const [k, v] of base) {
  const w = other.get(k);
  if (!w) console.log(`  GAINED  [${v.style}] ${k}  (was ${v.kind}: ${v.shown})`);
  else if (w.kind !== v.kind || w.shown !== v.shown) console.log(`  MOVED   [${v.style}] ${k}  ${v.kind} -> ${w.kind}: ${w.shown}`);
}
for (const [k, w] of other) if (!base.has(k)) console.log(`  LOST    [${w.style}] ${k}  -> ${w.kind}: ${w.shown}  [${w.want}]`);
